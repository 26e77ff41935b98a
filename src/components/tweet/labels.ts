/**
 * The tweet components' UI strings, per language: plain strings with
 * `{placeholders}`, so a publisher can keep translations in JSON and a server
 * component can pass them on. Kept apart from the article strings so a tweet
 * rendered in the browser doesn't bundle the audio player's words.
 */

export interface TweetLabels {
  showMore: string;
  /** `{handle}` is the replied-to account, rendered as a link. */
  replyingTo: string;
  /** Names the compact parent tweet shown above a reply. */
  parentPost: string;
  /** Names the nested card of a quoted tweet. */
  quotedPost: string;
  viewOnX: string;
  readOnX: string;
  reply: string;
  repost: string;
  like: string;
  verifiedBlue: string;
  verifiedBusiness: string;
  verifiedGovernment: string;
  image: string;
  /** Names a photo without alt text in a grid of several: `{index}` and `{count}` are formatted numbers. */
  imageOf: string;
  video: string;
  gif: string;
  /** `{count}` is already formatted for the locale. */
  pollVotes: string;
  pollFinal: string;
  /** `{date}` is a `<time>` element. */
  pollEnds: string;
}

const en: TweetLabels = {
  showMore: 'Show more',
  replyingTo: 'Replying to {handle}',
  parentPost: 'Post being replied to',
  quotedPost: 'Quoted post',
  viewOnX: 'View on X',
  readOnX: 'Read on X',
  reply: 'Reply',
  repost: 'Repost',
  like: 'Like',
  verifiedBlue: 'Verified account',
  verifiedBusiness: 'Verified organization',
  verifiedGovernment: 'Verified government account',
  image: 'Image',
  imageOf: 'Image {index} of {count}',
  video: 'Video',
  gif: 'GIF',
  pollVotes: '{count} votes',
  pollFinal: 'Final results',
  pollEnds: 'Ends {date}',
};

const fa: TweetLabels = {
  showMore: 'نمایش بیشتر',
  replyingTo: 'در پاسخ به {handle}',
  parentPost: 'پستی که به آن پاسخ داده شده',
  quotedPost: 'پست نقل‌شده',
  viewOnX: 'مشاهده در X',
  readOnX: 'خواندن در X',
  reply: 'پاسخ',
  repost: 'بازنشر',
  like: 'پسندیدن',
  verifiedBlue: 'حساب تأییدشده',
  verifiedBusiness: 'سازمان تأییدشده',
  verifiedGovernment: 'حساب دولتی تأییدشده',
  image: 'تصویر',
  imageOf: 'تصویر {index} از {count}',
  video: 'ویدیو',
  gif: 'GIF',
  pollVotes: '{count} رأی',
  pollFinal: 'نتایج نهایی',
  pollEnds: 'پایان: {date}',
};

const ar: TweetLabels = {
  showMore: 'عرض المزيد',
  replyingTo: 'ردًا على {handle}',
  parentPost: 'المنشور الذي تم الرد عليه',
  quotedPost: 'منشور مقتبس',
  viewOnX: 'العرض على X',
  readOnX: 'القراءة على X',
  reply: 'رد',
  repost: 'إعادة نشر',
  like: 'إعجاب',
  verifiedBlue: 'حساب موثّق',
  verifiedBusiness: 'مؤسسة موثّقة',
  verifiedGovernment: 'حساب حكومي موثّق',
  image: 'صورة',
  imageOf: 'الصورة {index} من {count}',
  video: 'فيديو',
  gif: 'GIF',
  pollVotes: '{count} صوت',
  pollFinal: 'النتائج النهائية',
  pollEnds: 'ينتهي {date}',
};

const es: TweetLabels = {
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

const fr: TweetLabels = {
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

const de: TweetLabels = {
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

const ja: TweetLabels = {
  showMore: 'さらに表示',
  replyingTo: '{handle} さんへの返信',
  parentPost: '返信先のポスト',
  quotedPost: '引用されたポスト',
  viewOnX: 'Xで見る',
  readOnX: 'Xで読む',
  reply: '返信',
  repost: 'リポスト',
  like: 'いいね',
  verifiedBlue: '認証済みアカウント',
  verifiedBusiness: '認証済み組織',
  verifiedGovernment: '認証済み政府アカウント',
  image: '画像',
  imageOf: '画像 {index}/{count}',
  video: '動画',
  gif: 'GIF',
  pollVotes: '{count}票',
  pollFinal: '最終結果',
  pollEnds: '終了日時: {date}',
};

export const TWEET_LABELS: Readonly<Record<'en' | 'fa' | 'ar' | 'es' | 'fr' | 'de' | 'ja', TweetLabels>> = {
  en,
  fa,
  ar,
  es,
  fr,
  de,
  ja,
};

/** `fa-IR` → `fa`. */
export function baseLanguage(locale: string | undefined): string {
  return (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
}

/** The table's entry for `locale`'s language, English when it has none. */
export function pickLanguage<T>(table: Readonly<Record<'en', T> & Record<string, T>>, locale: string | undefined): T {
  const base = baseLanguage(locale);
  return Object.hasOwn(table, base) ? (table[base] as T) : table.en;
}

/** The tweet strings for `locale` (unknown languages get English), with overrides on top. */
export function tweetLabelsFor(locale: string | undefined, overrides?: Partial<TweetLabels>): TweetLabels {
  const own = pickLanguage(TWEET_LABELS, locale);
  return overrides ? { ...own, ...overrides } : own;
}

/** Replaces each `{name}` in a label with its value; unknown placeholders stay as written. */
export function fillLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

// Languages written right to left (the ones X and CLDR tag with these codes).
const RTL = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'iw', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The direction of the UI strings for `locale`, so a Persian UI mirrors even on a left-to-right page. */
export function localeDir(locale: string | undefined): 'ltr' | 'rtl' {
  return RTL.has(baseLanguage(locale)) ? 'rtl' : 'ltr';
}
