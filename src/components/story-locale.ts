// Story-only: the toolbar's locale as render options, with that language's strings (apps import only the packs they show).
import type { Labels } from '../i18n/labels.js';
import * as packs from '../i18n/locales/index.js';
import { pickLabels } from '../i18n/pick.js';

/** `locale` from the story's args, else the toolbar's, with its language pack (unless the story set `labels`). */
export function storyLocale(
  args: { locale?: string | undefined; labels?: Partial<Labels> | undefined },
  globals: Record<string, unknown>,
): { locale: string | undefined; labels: Partial<Labels> | undefined } {
  const locale = args.locale ?? (typeof globals.locale === 'string' ? globals.locale : undefined);
  return { locale, labels: args.labels ?? pickLabels(packs, locale) };
}
