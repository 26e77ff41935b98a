/**
 * The strings of a tweet that could not be shown (and of its loading
 * skeleton), per language. Apart from the tweet's own strings, so a page that
 * renders tweets in the browser doesn't bundle seven languages' error messages.
 */
import { pickLanguage } from './labels.js';

export interface TweetStateLabels {
  loading: string;
  unavailableNotFound: string;
  unavailableDeleted: string;
  unavailablePrivate: string;
  unavailableInvalid: string;
  unavailableNetwork: string;
}

const en: TweetStateLabels = {
  loading: 'Loading post…',
  unavailableNotFound: 'This post doesn’t exist.',
  unavailableDeleted: 'This post was deleted.',
  unavailablePrivate: 'This post is from an account that limits who can view its posts.',
  unavailableInvalid: 'This post can’t be displayed.',
  unavailableNetwork: 'This post couldn’t be loaded. Try again later.',
};

const fa: TweetStateLabels = {
  loading: 'در حال بارگذاری پست…',
  unavailableNotFound: 'این پست وجود ندارد.',
  unavailableDeleted: 'این پست حذف شده است.',
  unavailablePrivate: 'این پست از حسابی است که دیدن پست‌هایش را محدود کرده است.',
  unavailableInvalid: 'این پست قابل نمایش نیست.',
  unavailableNetwork: 'این پست بارگذاری نشد. بعداً دوباره امتحان کنید.',
};

const ar: TweetStateLabels = {
  loading: 'جارٍ تحميل المنشور…',
  unavailableNotFound: 'هذا المنشور غير موجود.',
  unavailableDeleted: 'تم حذف هذا المنشور.',
  unavailablePrivate: 'هذا المنشور من حساب يقيّد من يمكنه رؤية منشوراته.',
  unavailableInvalid: 'لا يمكن عرض هذا المنشور.',
  unavailableNetwork: 'تعذّر تحميل هذا المنشور. حاول مرة أخرى لاحقًا.',
};

const es: TweetStateLabels = {
  loading: 'Cargando publicación…',
  unavailableNotFound: 'Esta publicación no existe.',
  unavailableDeleted: 'Esta publicación se eliminó.',
  unavailablePrivate: 'Esta publicación es de una cuenta que limita quién puede ver sus publicaciones.',
  unavailableInvalid: 'Esta publicación no se puede mostrar.',
  unavailableNetwork: 'No se pudo cargar esta publicación. Inténtalo más tarde.',
};

const fr: TweetStateLabels = {
  loading: 'Chargement de la publication…',
  unavailableNotFound: 'Cette publication n’existe pas.',
  unavailableDeleted: 'Cette publication a été supprimée.',
  unavailablePrivate: 'Cette publication provient d’un compte qui limite qui peut voir ses publications.',
  unavailableInvalid: 'Cette publication ne peut pas être affichée.',
  unavailableNetwork: 'Impossible de charger cette publication. Réessayez plus tard.',
};

const de: TweetStateLabels = {
  loading: 'Beitrag wird geladen…',
  unavailableNotFound: 'Dieser Beitrag existiert nicht.',
  unavailableDeleted: 'Dieser Beitrag wurde gelöscht.',
  unavailablePrivate: 'Dieser Beitrag stammt von einem Konto, das einschränkt, wer seine Beiträge sehen kann.',
  unavailableInvalid: 'Dieser Beitrag kann nicht angezeigt werden.',
  unavailableNetwork: 'Dieser Beitrag konnte nicht geladen werden. Versuche es später erneut.',
};

const ja: TweetStateLabels = {
  loading: 'ポストを読み込んでいます…',
  unavailableNotFound: 'このポストは存在しません。',
  unavailableDeleted: 'このポストは削除されました。',
  unavailablePrivate: 'このポストは、ポストを表示できるユーザーを制限しているアカウントのものです。',
  unavailableInvalid: 'このポストは表示できません。',
  unavailableNetwork: 'このポストを読み込めませんでした。しばらくしてからもう一度お試しください。',
};

export const TWEET_STATE_LABELS: Readonly<Record<'en' | 'fa' | 'ar' | 'es' | 'fr' | 'de' | 'ja', TweetStateLabels>> = {
  en,
  fa,
  ar,
  es,
  fr,
  de,
  ja,
};

export function tweetStateLabelsFor(
  locale: string | undefined,
  overrides?: Partial<TweetStateLabels>,
): TweetStateLabels {
  const own = pickLanguage(TWEET_STATE_LABELS, locale);
  return overrides ? { ...own, ...overrides } : own;
}
