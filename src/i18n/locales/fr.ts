import type { ArticleLabels, Labels, PlayerLabels, SocialLabels, TweetLabels, TweetStateLabels } from '../labels.js';

const tweet: TweetLabels = {
  showMore: 'Afficher plus',
  replyingTo: 'En réponse à {handle}',
  parentPost: 'Publication à laquelle il est répondu',
  quotedPost: 'Publication citée',
  viewOnX: 'Voir sur X',
  readOnX: 'Lire sur X',
  reply: 'Répondre',
  repost: 'Republier',
  like: 'J’aime',
  verifiedBlue: 'Compte certifié',
  verifiedBusiness: 'Organisation certifiée',
  verifiedGovernment: 'Compte gouvernemental certifié',
  image: 'Image',
  imageOf: 'Image {index} sur {count}',
  video: 'Vidéo',
  gif: 'GIF',
  pollVotes: '{count} votes',
  pollFinal: 'Résultats définitifs',
  pollEnds: 'Se termine le {date}',
};

const social: SocialLabels = {
  viewOnBluesky: 'Voir sur Bluesky',
  readOnBluesky: 'Lire sur Bluesky',
  viewOnMastodon: 'Voir sur Mastodon',
  readOnMastodon: 'Lire sur Mastodon',
  repostedBy: '{name} a republié',
  boostedBy: '{name} a partagé',
  contentWarning: 'Avertissement de contenu : {text}',
  labelSexual: 'Contenu pour adultes',
  labelNudity: 'Nudité',
  labelPorn: 'Contenu pour adultes',
  labelGraphicMedia: 'Images choquantes',
  labelWarn: 'Avertissement de contenu',
  labelSensitive: 'Contenu sensible',
  communityNote: 'Des lecteurs ont ajouté du contexte qu’ils ont jugé utile',
  communityNoteLink: 'Notes de la Communauté',
  audio: 'Son',
};

const tweetStates: TweetStateLabels = {
  loading: 'Chargement de la publication…',
  unavailableNotFound: 'Cette publication n’existe pas.',
  unavailableDeleted: 'Cette publication a été supprimée.',
  unavailablePrivate: 'Cette publication provient d’un compte qui limite qui peut voir ses publications.',
  unavailableInvalid: 'Cette publication ne peut pas être affichée.',
  unavailableNetwork: 'Impossible de charger cette publication. Réessayez plus tard.',
};

const article: ArticleLabels = {
  skipPost: 'Passer la publication de {handle}',
  endOfPost: 'Fin de la publication de {handle}',
  skipEmbed: 'Passer le contenu intégré de {provider}',
  endOfEmbed: 'Fin du contenu intégré',
  pullQuote: 'Exergue',
  consentShow: 'Afficher le contenu de {provider}',
  consentNotice:
    'Ce contenu est hébergé par {provider}. L’afficher peut déposer des cookies et partager des données avec {provider}.',
  consentAlways: 'Toujours autoriser',
  published: 'Publié',
  updated: 'Mis à jour',
  openOn: 'Ouvrir sur {provider}',
  tweetReference: 'Publication de {handle} sur X',
  unknownBlock: 'Type de bloc inconnu « {type} » (affiché en développement seulement)',
  invalidBlock: 'Bloc « {type} » mal formé omis : {problem} (affiché en développement seulement)',
};

const player: PlayerLabels = {
  listen: 'Écouter cet article',
  play: 'Lecture',
  pause: 'Pause',
  resume: 'Reprendre',
  stop: 'Arrêter',
  speed: 'Vitesse de lecture',
  seek: 'Position',
  player: 'Audio de l’article',
};

/** Every UI string in French: pass it as `labels` with `locale="fr"`. */
export const fr: Labels = { ...tweet, ...social, ...tweetStates, ...article, ...player };
