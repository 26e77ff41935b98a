import { Fragment, type ReactNode } from 'react';
import type { Inline, Mark } from '../../../model/article/types.js';
import { safeLinkUrl } from '../../../model/shared/url.js';
import type { BlockOptions } from '../components.js';

const markTags = {
  strong: 'strong',
  em: 'em',
  code: 'code',
  sub: 'sub',
  sup: 'sup',
  strike: 's',
} as const satisfies Record<Mark, string>;

export interface InlinesProps {
  inlines: readonly Inline[];
  /** The body's render context: mark overrides and the `Link` component. */
  options?: BlockOptions | undefined;
}

function withMark(mark: Mark, children: ReactNode, options: BlockOptions | undefined, key: number) {
  const Override = options?.components?.marks?.[mark];
  if (Override) {
    return (
      <Override key={key} mark={mark}>
        {children}
      </Override>
    );
  }
  const Tag = markTags[mark];
  return <Tag key={key}>{children}</Tag>;
}

function renderInline(inline: Inline, options: BlockOptions | undefined, key: number): ReactNode {
  switch (inline.type) {
    case 'text': {
      let node: ReactNode = inline.text;
      // Innermost mark first, so `['strong','em']` nests as <strong><em>.
      const marks = inline.marks ?? [];
      for (let i = marks.length - 1; i >= 0; i--) {
        const mark = marks[i];
        if (mark && Object.hasOwn(markTags, mark)) node = withMark(mark, node, options, i);
      }
      return <Fragment key={key}>{node}</Fragment>;
    }
    case 'break':
      return <br key={key} />;
    case 'link': {
      const children = <Inlines inlines={inline.children} options={options} />;
      // Model objects may be built by hand, so the URL gate runs again here.
      const href = safeLinkUrl(inline.href);
      if (href === undefined) return <Fragment key={key}>{children}</Fragment>;
      const Link = options?.Link ?? 'a';
      return (
        <Link key={key} href={href}>
          {children}
        </Link>
      );
    }
    default:
      return null;
  }
}

/** Text, marks, links and breaks, with the body's mark overrides and `Link` applied. */
export function Inlines({ inlines, options }: InlinesProps) {
  return <>{inlines.map((inline, i) => renderInline(inline, options, i))}</>;
}
