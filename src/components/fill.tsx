import { Fragment, type ReactNode } from 'react';
import { fillParts } from '../i18n/fill.js';

/** A label with React content in its placeholders (a link for `{handle}`, a `<time>` for `{date}`). */
export function fillNodes(template: string, values: Readonly<Record<string, ReactNode>>): ReactNode {
  const parts = fillParts(template, values);
  // Parts of one label never reorder: their position is their identity.
  // biome-ignore lint/suspicious/noArrayIndexKey: see above
  return parts.map((part, i) => <Fragment key={i}>{part}</Fragment>);
}
