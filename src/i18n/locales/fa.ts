import type { ArticleLabels, Labels, PlayerLabels, SocialLabels, TweetLabels, TweetStateLabels } from '../labels.js';

const tweet: TweetLabels = {
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

const social: SocialLabels = {
  viewOnBluesky: 'مشاهده در بلواسکای',
  readOnBluesky: 'خواندن در بلواسکای',
  viewOnMastodon: 'مشاهده در ماستودون',
  readOnMastodon: 'خواندن در ماستودون',
  repostedBy: '{name} بازنشر کرد',
  boostedBy: '{name} تقویت کرد',
  contentWarning: 'هشدار محتوا: {text}',
  labelSexual: 'محتوای بزرگسالان',
  labelNudity: 'برهنگی',
  labelPorn: 'محتوای بزرگسالان',
  labelGraphicMedia: 'تصاویر دلخراش',
  labelWarn: 'هشدار محتوا',
  labelSensitive: 'محتوای حساس',
  communityNote: 'خوانندگان زمینه‌ای افزودند که فکر کردند مردم ممکن است بخواهند بدانند',
  communityNoteLink: 'یادداشت‌های جامعه',
  audio: 'صدا',
};

const tweetStates: TweetStateLabels = {
  loading: 'در حال بارگذاری پست…',
  unavailableNotFound: 'این پست وجود ندارد.',
  unavailableDeleted: 'این پست حذف شده است.',
  unavailablePrivate: 'این پست از حسابی است که دیدن پست‌هایش را محدود کرده است.',
  unavailableInvalid: 'این پست قابل نمایش نیست.',
  unavailableNetwork: 'این پست بارگذاری نشد. بعداً دوباره امتحان کنید.',
};

const article: ArticleLabels = {
  skipPost: 'رد شدن از پست {handle}',
  endOfPost: 'پایان پست {handle}',
  skipEmbed: 'رد شدن از محتوای جاسازی‌شده از {provider}',
  endOfEmbed: 'پایان محتوای جاسازی‌شده',
  pullQuote: 'نقل‌قول برجسته',
  consentShow: 'نمایش محتوا از {provider}',
  consentNotice:
    'این محتوا روی {provider} میزبانی می‌شود. نمایش آن ممکن است کوکی ذخیره کند و داده‌هایی را با {provider} به اشتراک بگذارد.',
  consentAlways: 'همیشه اجازه بده',
  published: 'انتشار',
  updated: 'به‌روزرسانی',
  openOn: 'باز کردن در {provider}',
  tweetReference: 'پست {handle} در X',
  unknownBlock: 'نوع بلوک ناشناخته «{type}» (فقط در حالت توسعه)',
  invalidBlock: 'بلوک نادرست «{type}» کنار گذاشته شد: {problem} (فقط در حالت توسعه)',
};

const player: PlayerLabels = {
  listen: 'شنیدن این گزارش',
  play: 'پخش',
  pause: 'توقف موقت',
  resume: 'ادامه',
  stop: 'توقف',
  speed: 'سرعت پخش',
  seek: 'موقعیت پخش',
  player: 'صدای گزارش',
};

/** Every UI string in Persian: pass it as `labels` with `locale="fa"`. */
export const fa: Labels = { ...tweet, ...social, ...tweetStates, ...article, ...player };
