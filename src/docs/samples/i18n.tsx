import { Article, type Labels, localeDir, pickLabels, Tweet } from 'broadsheet';
import { ar, fa } from 'broadsheet/locales'; // import only the packs your pages show

declare const tweet: Tweet;
declare const article: Article;

// One language: pass its pack as `labels` and its tag as `locale` (dates, digits, calendar, direction).
export const Persian = () => <Tweet tweet={tweet} locale="fa" labels={fa} timeZone="Asia/Tehran" />;

// Several: pick the pack by the reader's locale (`fa-IR` finds `fa`; no pack means English).
export function Localised({ locale }: { locale: string }) {
  return <Article article={article} locale={locale} labels={pickLabels({ fa, ar }, locale)} />;
}

// Override a few strings of any pack…
export const Custom = () => <Tweet tweet={tweet} labels={{ ...fa, readOnX: 'مشاهده در ایکس' }} />;

// …or add a language: a full `Labels` object makes TypeScript list every string you still need.
export const pashto: Partial<Labels> = { readOnX: 'په X کې یې ولولئ', showMore: 'نور وښایاست' };
export const Pashto = () => <Tweet tweet={tweet} locale="ps" labels={pashto} />;

// Direction comes from the locale: `localeDir('ps')` is 'rtl'.
export const pageDir = localeDir('ps');
