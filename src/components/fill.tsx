import { createElement, Fragment, type ReactNode } from 'react';
import { fillParts } from '../i18n/fill.js';

/**
 * A label with React content in its placeholders (a link for `{handle}`, a
 * `<time>` for `{date}`). The parts are a fragment's static children: they
 * never reorder, so they need no keys and no wrapper per part.
 */
export function fillNodes(template: string, values: Readonly<Record<string, ReactNode>>): ReactNode {
  return createElement(Fragment, null, ...fillParts(template, values));
}
