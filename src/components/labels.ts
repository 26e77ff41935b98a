/**
 * Every UI string Broadsheet renders, per language. Plain strings with
 * `{placeholders}` (not functions) so a publisher can keep translations in JSON
 * and a server component can pass them on. Word order differs by language, so
 * the variable part is a placeholder rather than a prefix or suffix.
 */

export interface Labels {
  // Tweets
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
  views: string;
  verifiedBlue: string;
  verifiedBusiness: string;
  verifiedGovernment: string;
  image: string;
  video: string;
  gif: string;
  /** `{count}` is already formatted for the locale. */
  pollVotes: string;
  pollFinal: string;
  /** `{date}` is a `<time>` element. */
  pollEnds: string;
  loading: string;
  unavailableNotFound: string;
  unavailableDeleted: string;
  unavailablePrivate: string;
  unavailableInvalid: string;
  unavailableNetwork: string;
  // Article bodies (shared so each phrase is translated in one place)
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
}

export type LabelKey = keyof Labels;

const en: Labels = {
  showMore: 'Show more',
  replyingTo: 'Replying to {handle}',
  parentPost: 'Post being replied to',
  quotedPost: 'Quoted post',
  viewOnX: 'View on X',
  readOnX: 'Read on X',
  reply: 'Reply',
  repost: 'Repost',
  like: 'Like',
  views: 'Views',
  verifiedBlue: 'Verified account',
  verifiedBusiness: 'Verified organization',
  verifiedGovernment: 'Verified government account',
  image: 'Image',
  video: 'Video',
  gif: 'GIF',
  pollVotes: '{count} votes',
  pollFinal: 'Final results',
  pollEnds: 'Ends {date}',
  loading: 'Loading post…',
  unavailableNotFound: 'This post doesn’t exist.',
  unavailableDeleted: 'This post was deleted.',
  unavailablePrivate: 'This post is from an account that limits who can view its posts.',
  unavailableInvalid: 'This post can’t be displayed.',
  unavailableNetwork: 'This post couldn’t be loaded. Try again later.',
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
};

const fa: Labels = {
  showMore: 'نمایش بیشتر',
  replyingTo: 'در پاسخ به {handle}',
  parentPost: 'پستی که به آن پاسخ داده شده',
  quotedPost: 'پست نقل‌شده',
  viewOnX: 'مشاهده در X',
  readOnX: 'خواندن در X',
  reply: 'پاسخ',
  repost: 'بازنشر',
  like: 'پسندیدن',
  views: 'بازدید',
  verifiedBlue: 'حساب تأییدشده',
  verifiedBusiness: 'سازمان تأییدشده',
  verifiedGovernment: 'حساب دولتی تأییدشده',
  image: 'تصویر',
  video: 'ویدیو',
  gif: 'GIF',
  pollVotes: '{count} رأی',
  pollFinal: 'نتایج نهایی',
  pollEnds: 'پایان: {date}',
  loading: 'در حال بارگذاری پست…',
  unavailableNotFound: 'این پست وجود ندارد.',
  unavailableDeleted: 'این پست حذف شده است.',
  unavailablePrivate: 'این پست از حسابی است که دیدن پست‌هایش را محدود کرده است.',
  unavailableInvalid: 'این پست قابل نمایش نیست.',
  unavailableNetwork: 'این پست بارگذاری نشد. بعداً دوباره امتحان کنید.',
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
};

const ar: Labels = {
  showMore: 'عرض المزيد',
  replyingTo: 'ردًا على {handle}',
  parentPost: 'المنشور الذي تم الرد عليه',
  quotedPost: 'منشور مقتبس',
  viewOnX: 'العرض على X',
  readOnX: 'القراءة على X',
  reply: 'رد',
  repost: 'إعادة نشر',
  like: 'إعجاب',
  views: 'مشاهدات',
  verifiedBlue: 'حساب موثّق',
  verifiedBusiness: 'مؤسسة موثّقة',
  verifiedGovernment: 'حساب حكومي موثّق',
  image: 'صورة',
  video: 'فيديو',
  gif: 'GIF',
  pollVotes: '{count} صوت',
  pollFinal: 'النتائج النهائية',
  pollEnds: 'ينتهي {date}',
  loading: 'جارٍ تحميل المنشور…',
  unavailableNotFound: 'هذا المنشور غير موجود.',
  unavailableDeleted: 'تم حذف هذا المنشور.',
  unavailablePrivate: 'هذا المنشور من حساب يقيّد من يمكنه رؤية منشوراته.',
  unavailableInvalid: 'لا يمكن عرض هذا المنشور.',
  unavailableNetwork: 'تعذّر تحميل هذا المنشور. حاول مرة أخرى لاحقًا.',
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
};

const es: Labels = {
  showMore: 'Mostrar más',
  replyingTo: 'En respuesta a {handle}',
  parentPost: 'Publicación respondida',
  quotedPost: 'Publicación citada',
  viewOnX: 'Ver en X',
  readOnX: 'Leer en X',
  reply: 'Responder',
  repost: 'Repostear',
  like: 'Me gusta',
  views: 'Visualizaciones',
  verifiedBlue: 'Cuenta verificada',
  verifiedBusiness: 'Organización verificada',
  verifiedGovernment: 'Cuenta gubernamental verificada',
  image: 'Imagen',
  video: 'Vídeo',
  gif: 'GIF',
  pollVotes: '{count} votos',
  pollFinal: 'Resultados finales',
  pollEnds: 'Termina el {date}',
  loading: 'Cargando publicación…',
  unavailableNotFound: 'Esta publicación no existe.',
  unavailableDeleted: 'Esta publicación se eliminó.',
  unavailablePrivate: 'Esta publicación es de una cuenta que limita quién puede ver sus publicaciones.',
  unavailableInvalid: 'Esta publicación no se puede mostrar.',
  unavailableNetwork: 'No se pudo cargar esta publicación. Inténtalo más tarde.',
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
};

const fr: Labels = {
  showMore: 'Afficher plus',
  replyingTo: 'En réponse à {handle}',
  parentPost: 'Publication à laquelle il est répondu',
  quotedPost: 'Publication citée',
  viewOnX: 'Voir sur X',
  readOnX: 'Lire sur X',
  reply: 'Répondre',
  repost: 'Republier',
  like: 'J’aime',
  views: 'Vues',
  verifiedBlue: 'Compte certifié',
  verifiedBusiness: 'Organisation certifiée',
  verifiedGovernment: 'Compte gouvernemental certifié',
  image: 'Image',
  video: 'Vidéo',
  gif: 'GIF',
  pollVotes: '{count} votes',
  pollFinal: 'Résultats définitifs',
  pollEnds: 'Se termine le {date}',
  loading: 'Chargement de la publication…',
  unavailableNotFound: 'Cette publication n’existe pas.',
  unavailableDeleted: 'Cette publication a été supprimée.',
  unavailablePrivate: 'Cette publication provient d’un compte qui limite qui peut voir ses publications.',
  unavailableInvalid: 'Cette publication ne peut pas être affichée.',
  unavailableNetwork: 'Impossible de charger cette publication. Réessayez plus tard.',
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
};

const de: Labels = {
  showMore: 'Mehr anzeigen',
  replyingTo: 'Antwort an {handle}',
  parentPost: 'Beitrag, auf den geantwortet wird',
  quotedPost: 'Zitierter Beitrag',
  viewOnX: 'Auf X ansehen',
  readOnX: 'Auf X lesen',
  reply: 'Antworten',
  repost: 'Reposten',
  like: 'Gefällt mir',
  views: 'Aufrufe',
  verifiedBlue: 'Verifiziertes Konto',
  verifiedBusiness: 'Verifizierte Organisation',
  verifiedGovernment: 'Verifiziertes Regierungskonto',
  image: 'Bild',
  video: 'Video',
  gif: 'GIF',
  pollVotes: '{count} Stimmen',
  pollFinal: 'Endergebnis',
  pollEnds: 'Endet am {date}',
  loading: 'Beitrag wird geladen…',
  unavailableNotFound: 'Dieser Beitrag existiert nicht.',
  unavailableDeleted: 'Dieser Beitrag wurde gelöscht.',
  unavailablePrivate: 'Dieser Beitrag stammt von einem Konto, das einschränkt, wer seine Beiträge sehen kann.',
  unavailableInvalid: 'Dieser Beitrag kann nicht angezeigt werden.',
  unavailableNetwork: 'Dieser Beitrag konnte nicht geladen werden. Versuche es später erneut.',
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
};

const ja: Labels = {
  showMore: 'さらに表示',
  replyingTo: '{handle} さんへの返信',
  parentPost: '返信先のポスト',
  quotedPost: '引用されたポスト',
  viewOnX: 'Xで見る',
  readOnX: 'Xで読む',
  reply: '返信',
  repost: 'リポスト',
  like: 'いいね',
  views: '表示',
  verifiedBlue: '認証済みアカウント',
  verifiedBusiness: '認証済み組織',
  verifiedGovernment: '認証済み政府アカウント',
  image: '画像',
  video: '動画',
  gif: 'GIF',
  pollVotes: '{count}票',
  pollFinal: '最終結果',
  pollEnds: '終了日時: {date}',
  loading: 'ポストを読み込んでいます…',
  unavailableNotFound: 'このポストは存在しません。',
  unavailableDeleted: 'このポストは削除されました。',
  unavailablePrivate: 'このポストは、ポストを表示できるユーザーを制限しているアカウントのものです。',
  unavailableInvalid: 'このポストは表示できません。',
  unavailableNetwork: 'このポストを読み込めませんでした。しばらくしてからもう一度お試しください。',
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
};

export const LABELS: Readonly<Record<'en' | 'fa' | 'ar' | 'es' | 'fr' | 'de' | 'ja', Labels>> = {
  en,
  fa,
  ar,
  es,
  fr,
  de,
  ja,
};

/**
 * The strings for `locale` (`fa-IR` falls back to `fa`, unknown languages to
 * English), with the publisher's overrides on top.
 */
export function labelsFor(locale: string | undefined, overrides?: Partial<Labels>): Labels {
  const base = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  const own = Object.hasOwn(LABELS, base) ? LABELS[base as keyof typeof LABELS] : en;
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
  const base = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return RTL.has(base) ? 'rtl' : 'ltr';
}
