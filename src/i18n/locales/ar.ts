import type { ArticleLabels, Labels, PlayerLabels, SocialLabels, TweetLabels, TweetStateLabels } from '../labels.js';

const tweet: TweetLabels = {
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

const social: SocialLabels = {
  viewOnBluesky: 'العرض على بلوسكاي',
  readOnBluesky: 'القراءة على بلوسكاي',
  viewOnMastodon: 'العرض على ماستودون',
  readOnMastodon: 'القراءة على ماستودون',
  repostedBy: 'أعاد {name} النشر',
  boostedBy: 'عزّز {name} المنشور',
  contentWarning: 'تحذير بشأن المحتوى: {text}',
  labelSexual: 'محتوى للبالغين',
  labelNudity: 'عُري',
  labelPorn: 'محتوى للبالغين',
  labelGraphicMedia: 'وسائط صادمة',
  labelWarn: 'تحذير بشأن المحتوى',
  labelSensitive: 'محتوى حساس',
  communityNote: 'أضاف القرّاء سياقًا اعتقدوا أن الناس قد يرغبون في معرفته',
  communityNoteLink: 'ملاحظات المجتمع',
  audio: 'صوت',
};

const tweetStates: TweetStateLabels = {
  loading: 'جارٍ تحميل المنشور…',
  unavailableNotFound: 'هذا المنشور غير موجود.',
  unavailableDeleted: 'تم حذف هذا المنشور.',
  unavailablePrivate: 'هذا المنشور من حساب يقيّد من يمكنه رؤية منشوراته.',
  unavailableInvalid: 'لا يمكن عرض هذا المنشور.',
  unavailableNetwork: 'تعذّر تحميل هذا المنشور. حاول مرة أخرى لاحقًا.',
};

const article: ArticleLabels = {
  skipPost: 'تخطي منشور {handle}',
  endOfPost: 'نهاية منشور {handle}',
  skipEmbed: 'تخطي المحتوى المضمّن من {provider}',
  endOfEmbed: 'نهاية المحتوى المضمّن',
  pullQuote: 'اقتباس بارز',
  consentShow: 'عرض المحتوى من {provider}',
  consentNotice:
    'هذا المحتوى مستضاف لدى {provider}. قد يؤدي عرضه إلى حفظ ملفات تعريف الارتباط ومشاركة بيانات مع {provider}.',
  consentAlways: 'السماح دائمًا',
  published: 'نُشر',
  updated: 'حُدّث',
  openOn: 'افتح في {provider}',
  tweetReference: 'منشور {handle} على X',
  unknownBlock: 'نوع كتلة غير معروف «{type}» (يظهر أثناء التطوير فقط)',
  invalidBlock: 'حُذفت كتلة «{type}» غير سليمة: {problem} (تظهر أثناء التطوير فقط)',
};

const player: PlayerLabels = {
  listen: 'استمع إلى هذه القصة',
  play: 'تشغيل',
  pause: 'إيقاف مؤقت',
  resume: 'استئناف',
  stop: 'إيقاف',
  speed: 'سرعة التشغيل',
  seek: 'موضع التشغيل',
  player: 'صوت القصة',
};

/** Every UI string in Arabic: pass it as `labels` with `locale="ar"`. */
export const ar: Labels = { ...tweet, ...social, ...tweetStates, ...article, ...player };
