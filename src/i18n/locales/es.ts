import type { ArticleLabels, Labels, PlayerLabels, SocialLabels, TweetLabels, TweetStateLabels } from '../labels.js';

const tweet: TweetLabels = {
  showMore: 'Mostrar más',
  replyingTo: 'En respuesta a {handle}',
  parentPost: 'Publicación respondida',
  quotedPost: 'Publicación citada',
  viewOnX: 'Ver en X',
  readOnX: 'Leer en X',
  reply: 'Responder',
  repost: 'Repostear',
  like: 'Me gusta',
  verifiedBlue: 'Cuenta verificada',
  verifiedBusiness: 'Organización verificada',
  verifiedGovernment: 'Cuenta gubernamental verificada',
  image: 'Imagen',
  imageOf: 'Imagen {index} de {count}',
  video: 'Vídeo',
  gif: 'GIF',
  pollVotes: '{count} votos',
  pollFinal: 'Resultados finales',
  pollEnds: 'Termina el {date}',
};

const social: SocialLabels = {
  viewOnBluesky: 'Ver en Bluesky',
  readOnBluesky: 'Leer en Bluesky',
  viewOnMastodon: 'Ver en Mastodon',
  readOnMastodon: 'Leer en Mastodon',
  repostedBy: '{name} lo republicó',
  boostedBy: '{name} lo impulsó',
  contentWarning: 'Advertencia de contenido: {text}',
  labelSexual: 'Contenido para adultos',
  labelNudity: 'Desnudez',
  labelPorn: 'Contenido para adultos',
  labelGraphicMedia: 'Contenido gráfico',
  labelWarn: 'Advertencia de contenido',
  labelSensitive: 'Contenido sensible',
  communityNote: 'Los lectores añadieron contexto que creyeron que a otros les gustaría saber',
  communityNoteLink: 'Notas de la Comunidad',
  audio: 'Sonido',
};

const tweetStates: TweetStateLabels = {
  loading: 'Cargando publicación…',
  unavailableNotFound: 'Esta publicación no existe.',
  unavailableDeleted: 'Esta publicación se eliminó.',
  unavailablePrivate: 'Esta publicación es de una cuenta que limita quién puede ver sus publicaciones.',
  unavailableInvalid: 'Esta publicación no se puede mostrar.',
  unavailableNetwork: 'No se pudo cargar esta publicación. Inténtalo más tarde.',
};

const article: ArticleLabels = {
  skipPost: 'Saltar publicación de {handle}',
  endOfPost: 'Fin de la publicación de {handle}',
  skipEmbed: 'Saltar contenido insertado de {provider}',
  endOfEmbed: 'Fin del contenido insertado',
  pullQuote: 'Cita destacada',
  consentShow: 'Mostrar contenido de {provider}',
  consentNotice:
    'Este contenido está alojado en {provider}. Mostrarlo puede guardar cookies y compartir datos con {provider}.',
  consentAlways: 'Permitir siempre',
  published: 'Publicado',
  updated: 'Actualizado',
  openOn: 'Abrir en {provider}',
  tweetReference: 'Publicación de {handle} en X',
  unknownBlock: 'Tipo de bloque desconocido «{type}» (solo en desarrollo)',
  invalidBlock: 'Bloque «{type}» mal formado omitido: {problem} (solo en desarrollo)',
};

const player: PlayerLabels = {
  listen: 'Escuchar esta noticia',
  play: 'Reproducir',
  pause: 'Pausar',
  resume: 'Reanudar',
  stop: 'Detener',
  speed: 'Velocidad de reproducción',
  seek: 'Posición',
  player: 'Audio de la noticia',
};

/** Every UI string in Spanish: pass it as `labels` with `locale="es"`. */
export const es: Labels = { ...tweet, ...social, ...tweetStates, ...article, ...player };
