import type { ArticleLabels, Labels, PlayerLabels, SocialLabels, TweetLabels, TweetStateLabels } from '../labels.js';

const tweet: TweetLabels = {
  showMore: 'Mehr anzeigen',
  replyingTo: 'Antwort an {handle}',
  parentPost: 'Beitrag, auf den geantwortet wird',
  quotedPost: 'Zitierter Beitrag',
  viewOnX: 'Auf X ansehen',
  readOnX: 'Auf X lesen',
  reply: 'Antworten',
  repost: 'Reposten',
  like: 'Gefällt mir',
  verifiedBlue: 'Verifiziertes Konto',
  verifiedBusiness: 'Verifizierte Organisation',
  verifiedGovernment: 'Verifiziertes Regierungskonto',
  image: 'Bild',
  imageOf: 'Bild {index} von {count}',
  video: 'Video',
  gif: 'GIF',
  pollVotes: '{count} Stimmen',
  pollFinal: 'Endergebnis',
  pollEnds: 'Endet am {date}',
};

const social: SocialLabels = {
  viewOnBluesky: 'Auf Bluesky ansehen',
  readOnBluesky: 'Auf Bluesky lesen',
  viewOnMastodon: 'Auf Mastodon ansehen',
  readOnMastodon: 'Auf Mastodon lesen',
  repostedBy: '{name} hat es repostet',
  boostedBy: '{name} hat es geteilt',
  contentWarning: 'Inhaltswarnung: {text}',
  labelSexual: 'Inhalte für Erwachsene',
  labelNudity: 'Nacktheit',
  labelPorn: 'Inhalte für Erwachsene',
  labelGraphicMedia: 'Drastische Darstellungen',
  labelWarn: 'Inhaltswarnung',
  labelSensitive: 'Sensible Inhalte',
  communityNote: 'Leser haben Kontext hinzugefügt, der ihrer Meinung nach für andere wissenswert ist',
  communityNoteLink: 'Community Notes',
  audio: 'Ton',
};

const tweetStates: TweetStateLabels = {
  loading: 'Beitrag wird geladen…',
  unavailableNotFound: 'Dieser Beitrag existiert nicht.',
  unavailableDeleted: 'Dieser Beitrag wurde gelöscht.',
  unavailablePrivate: 'Dieser Beitrag stammt von einem Konto, das einschränkt, wer seine Beiträge sehen kann.',
  unavailableInvalid: 'Dieser Beitrag kann nicht angezeigt werden.',
  unavailableNetwork: 'Dieser Beitrag konnte nicht geladen werden. Versuche es später erneut.',
};

const article: ArticleLabels = {
  skipPost: 'Beitrag von {handle} überspringen',
  endOfPost: 'Ende des Beitrags von {handle}',
  skipEmbed: 'Eingebettete Inhalte von {provider} überspringen',
  endOfEmbed: 'Ende der eingebetteten Inhalte',
  pullQuote: 'Hervorgehobenes Zitat',
  consentShow: 'Inhalte von {provider} anzeigen',
  consentNotice:
    'Dieser Inhalt wird von {provider} bereitgestellt. Beim Anzeigen können Cookies gesetzt und Daten an {provider} übermittelt werden.',
  consentAlways: 'Immer erlauben',
  published: 'Veröffentlicht',
  updated: 'Aktualisiert',
  openOn: 'Auf {provider} öffnen',
  tweetReference: 'Beitrag von {handle} auf X',
  unknownBlock: 'Unbekannter Blocktyp „{type}“ (nur in der Entwicklung sichtbar)',
  invalidBlock: 'Fehlerhafter Block „{type}“ ausgelassen: {problem} (nur in der Entwicklung sichtbar)',
};

const player: PlayerLabels = {
  listen: 'Diesen Artikel anhören',
  play: 'Abspielen',
  pause: 'Pausieren',
  resume: 'Fortsetzen',
  stop: 'Stoppen',
  speed: 'Wiedergabegeschwindigkeit',
  seek: 'Position',
  player: 'Audio zum Artikel',
};

/** Every UI string in German: pass it as `labels` with `locale="de"`. */
export const de: Labels = { ...tweet, ...social, ...tweetStates, ...article, ...player };
