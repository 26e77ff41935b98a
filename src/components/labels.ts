/**
 * Every UI string Broadsheet renders, per language: the tweet strings (from
 * `tweet/labels.ts`) and the article-body strings (skip links, pull quote,
 * audio player, consent), so the article components translate each phrase in
 * the same place. Plain strings with `{placeholders}`: word order differs by
 * language, so the variable part is a placeholder rather than a prefix.
 */
import { pickLanguage, TWEET_LABELS, type TweetLabels } from './tweet/labels.js';
import { TWEET_STATE_LABELS, type TweetStateLabels } from './tweet/state-labels.js';

export { fillLabel, localeDir, type TweetLabels } from './tweet/labels.js';
export type { TweetStateLabels } from './tweet/state-labels.js';

export interface ArticleBodyLabels {
  skipPost: string;
  endOfPost: string;
  skipEmbed: string;
  endOfEmbed: string;
  pullQuote: string;
  listen: string;
  play: string;
  pause: string;
  resume: string;
  stop: string;
  speed: string;
  consentShow: string;
  consentNotice: string;
  consentAlways: string;
  /** The seek slider's name. */
  seek: string;
  /** Names the player group. */
  player: string;
  published: string;
  updated: string;
  /** An embed card's link text when it has no title. */
  openOn: string;
  /** Development-only placeholder; `{type}` is the block type. */
  unknownBlock: string;
}

export type Labels = TweetLabels & TweetStateLabels & ArticleBodyLabels;

export type LabelKey = keyof Labels;

const en: ArticleBodyLabels = {
  skipPost: 'Skip post by {handle}',
  endOfPost: 'End of post by {handle}',
  skipEmbed: 'Skip embedded content from {provider}',
  endOfEmbed: 'End of embedded content',
  pullQuote: 'Pull quote',
  listen: 'Listen to this story',
  play: 'Play',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  speed: 'Playback speed',
  consentShow: 'Show content from {provider}',
  consentNotice: 'This content is hosted by {provider}. Showing it may set cookies and share data with {provider}.',
  consentAlways: 'Always allow',
  seek: 'Position',
  player: 'Story audio',
  published: 'Published',
  updated: 'Updated',
  openOn: 'Open on {provider}',
  unknownBlock: 'Unknown block type “{type}” (shown in development only)',
};

const fa: ArticleBodyLabels = {
  skipPost: 'رد شدن از پست {handle}',
  endOfPost: 'پایان پست {handle}',
  skipEmbed: 'رد شدن از محتوای جاسازی‌شده از {provider}',
  endOfEmbed: 'پایان محتوای جاسازی‌شده',
  pullQuote: 'نقل‌قول برجسته',
  listen: 'شنیدن این گزارش',
  play: 'پخش',
  pause: 'توقف موقت',
  resume: 'ادامه',
  stop: 'توقف',
  speed: 'سرعت پخش',
  consentShow: 'نمایش محتوا از {provider}',
  consentNotice:
    'این محتوا روی {provider} میزبانی می‌شود. نمایش آن ممکن است کوکی ذخیره کند و داده‌هایی را با {provider} به اشتراک بگذارد.',
  consentAlways: 'همیشه اجازه بده',
  seek: 'موقعیت پخش',
  player: 'صدای گزارش',
  published: 'انتشار',
  updated: 'به‌روزرسانی',
  openOn: 'باز کردن در {provider}',
  unknownBlock: 'نوع بلوک ناشناخته «{type}» (فقط در حالت توسعه)',
};

const ar: ArticleBodyLabels = {
  skipPost: 'تخطي منشور {handle}',
  endOfPost: 'نهاية منشور {handle}',
  skipEmbed: 'تخطي المحتوى المضمّن من {provider}',
  endOfEmbed: 'نهاية المحتوى المضمّن',
  pullQuote: 'اقتباس بارز',
  listen: 'استمع إلى هذه القصة',
  play: 'تشغيل',
  pause: 'إيقاف مؤقت',
  resume: 'استئناف',
  stop: 'إيقاف',
  speed: 'سرعة التشغيل',
  consentShow: 'عرض المحتوى من {provider}',
  consentNotice:
    'هذا المحتوى مستضاف لدى {provider}. قد يؤدي عرضه إلى حفظ ملفات تعريف الارتباط ومشاركة بيانات مع {provider}.',
  consentAlways: 'السماح دائمًا',
  seek: 'موضع التشغيل',
  player: 'صوت القصة',
  published: 'نُشر',
  updated: 'حُدّث',
  openOn: 'افتح في {provider}',
  unknownBlock: 'نوع كتلة غير معروف «{type}» (يظهر أثناء التطوير فقط)',
};

const es: ArticleBodyLabels = {
  skipPost: 'Saltar publicación de {handle}',
  endOfPost: 'Fin de la publicación de {handle}',
  skipEmbed: 'Saltar contenido insertado de {provider}',
  endOfEmbed: 'Fin del contenido insertado',
  pullQuote: 'Cita destacada',
  listen: 'Escuchar esta noticia',
  play: 'Reproducir',
  pause: 'Pausar',
  resume: 'Reanudar',
  stop: 'Detener',
  speed: 'Velocidad de reproducción',
  consentShow: 'Mostrar contenido de {provider}',
  consentNotice:
    'Este contenido está alojado en {provider}. Mostrarlo puede guardar cookies y compartir datos con {provider}.',
  consentAlways: 'Permitir siempre',
  seek: 'Posición',
  player: 'Audio de la noticia',
  published: 'Publicado',
  updated: 'Actualizado',
  openOn: 'Abrir en {provider}',
  unknownBlock: 'Tipo de bloque desconocido «{type}» (solo en desarrollo)',
};

const fr: ArticleBodyLabels = {
  skipPost: 'Passer la publication de {handle}',
  endOfPost: 'Fin de la publication de {handle}',
  skipEmbed: 'Passer le contenu intégré de {provider}',
  endOfEmbed: 'Fin du contenu intégré',
  pullQuote: 'Exergue',
  listen: 'Écouter cet article',
  play: 'Lecture',
  pause: 'Pause',
  resume: 'Reprendre',
  stop: 'Arrêter',
  speed: 'Vitesse de lecture',
  consentShow: 'Afficher le contenu de {provider}',
  consentNotice:
    'Ce contenu est hébergé par {provider}. L’afficher peut déposer des cookies et partager des données avec {provider}.',
  consentAlways: 'Toujours autoriser',
  seek: 'Position',
  player: 'Audio de l’article',
  published: 'Publié',
  updated: 'Mis à jour',
  openOn: 'Ouvrir sur {provider}',
  unknownBlock: 'Type de bloc inconnu « {type} » (affiché en développement seulement)',
};

const de: ArticleBodyLabels = {
  skipPost: 'Beitrag von {handle} überspringen',
  endOfPost: 'Ende des Beitrags von {handle}',
  skipEmbed: 'Eingebettete Inhalte von {provider} überspringen',
  endOfEmbed: 'Ende der eingebetteten Inhalte',
  pullQuote: 'Hervorgehobenes Zitat',
  listen: 'Diesen Artikel anhören',
  play: 'Abspielen',
  pause: 'Pausieren',
  resume: 'Fortsetzen',
  stop: 'Stoppen',
  speed: 'Wiedergabegeschwindigkeit',
  consentShow: 'Inhalte von {provider} anzeigen',
  consentNotice:
    'Dieser Inhalt wird von {provider} bereitgestellt. Beim Anzeigen können Cookies gesetzt und Daten an {provider} übermittelt werden.',
  consentAlways: 'Immer erlauben',
  seek: 'Position',
  player: 'Audio zum Artikel',
  published: 'Veröffentlicht',
  updated: 'Aktualisiert',
  openOn: 'Auf {provider} öffnen',
  unknownBlock: 'Unbekannter Blocktyp „{type}“ (nur in der Entwicklung sichtbar)',
};

const ja: ArticleBodyLabels = {
  skipPost: '{handle} さんのポストをスキップ',
  endOfPost: '{handle} さんのポストの終わり',
  skipEmbed: '{provider} の埋め込みコンテンツをスキップ',
  endOfEmbed: '埋め込みコンテンツの終わり',
  pullQuote: '引用',
  listen: 'この記事を聞く',
  play: '再生',
  pause: '一時停止',
  resume: '再開',
  stop: '停止',
  speed: '再生速度',
  consentShow: '{provider} のコンテンツを表示',
  consentNotice:
    'このコンテンツは {provider} がホストしています。表示すると Cookie が保存され、データが {provider} と共有される場合があります。',
  consentAlways: '常に許可',
  seek: '再生位置',
  player: '記事の音声',
  published: '公開',
  updated: '更新',
  openOn: '{provider} で開く',
  unknownBlock: '不明なブロック「{type}」（開発時のみ表示）',
};

const ARTICLE_LABELS = { en, fa, ar, es, fr, de, ja };

export const LABELS: Readonly<Record<keyof typeof ARTICLE_LABELS, Labels>> = {
  en: { ...TWEET_LABELS.en, ...TWEET_STATE_LABELS.en, ...en },
  fa: { ...TWEET_LABELS.fa, ...TWEET_STATE_LABELS.fa, ...fa },
  ar: { ...TWEET_LABELS.ar, ...TWEET_STATE_LABELS.ar, ...ar },
  es: { ...TWEET_LABELS.es, ...TWEET_STATE_LABELS.es, ...es },
  fr: { ...TWEET_LABELS.fr, ...TWEET_STATE_LABELS.fr, ...fr },
  de: { ...TWEET_LABELS.de, ...TWEET_STATE_LABELS.de, ...de },
  ja: { ...TWEET_LABELS.ja, ...TWEET_STATE_LABELS.ja, ...ja },
};

/**
 * The strings for `locale` (`fa-IR` falls back to `fa`, unknown languages to
 * English), with the publisher's overrides on top.
 */
export function labelsFor(locale: string | undefined, overrides?: Partial<Labels>): Labels {
  const own = pickLanguage(LABELS, locale);
  return overrides ? { ...own, ...overrides } : own;
}
