import { createElement, Fragment, type ReactNode } from 'react';
import { fillParts } from '../i18n/fill.js';

/**
 * A label with React content in its placeholders (a link for `{handle}`, a
 * `<time>` for `{date}`), after `prefix`. The parts are a fragment's static
 * children: they never reorder, so they need no keys and no wrapper per
 * part. Text next to text (a string value beside the label's words) is
 * joined, so React puts no `<!-- -->` between them in server HTML.
 */
export function fillNodes(template: string, values: Readonly<Record<string, ReactNode>>, prefix = ''): ReactNode {
  const parts: ReactNode[] = prefix ? [prefix] : [];
  for (const part of fillParts(template, values)) {
    const last = parts.length - 1;
    if (typeof part === 'string' && typeof parts[last] === 'string') parts[last] += part;
    else parts.push(part);
  }
  return createElement(Fragment, null, ...parts);
}
