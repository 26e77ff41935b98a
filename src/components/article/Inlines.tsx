import { Fragment, type ReactNode } from 'react';
import type { Inline, Mark } from '../../model/article/types.js';
import { safeLinkUrl } from '../../model/shared/url.js';
import type { ArticleComponents } from './components.js';

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
  components?: ArticleComponents | undefined;
}

function withMark(mark: Mark, children: ReactNode, components: ArticleComponents | undefined, key: number) {
  const Override = components?.marks?.[mark];
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

function renderInline(inline: Inline, components: ArticleComponents | undefined, key: number): ReactNode {
  switch (inline.type) {
    case 'text': {
      let node: ReactNode = inline.text;
      // Innermost mark first, so `['strong','em']` nests as <strong><em>.
      const marks = inline.marks ?? [];
      for (let i = marks.length - 1; i >= 0; i--) {
        const mark = marks[i];
        if (mark && mark in markTags) node = withMark(mark, node, components, i);
      }
      return <Fragment key={key}>{node}</Fragment>;
    }
    case 'break':
      return <br key={key} />;
    case 'link': {
      const children = <Inlines inlines={inline.children} components={components} />;
      // Model objects may be built by hand, so the URL gate runs again here.
      const href = safeLinkUrl(inline.href);
      if (href === undefined) return <Fragment key={key}>{children}</Fragment>;
      const Override = components?.link;
      if (Override) {
        return (
          <Override key={key} href={href} inline={inline}>
            {children}
          </Override>
        );
      }
      return (
        <a key={key} href={href}>
          {children}
        </a>
      );
    }
    default:
      return null;
  }
}

/** Text, marks, links and breaks, with the body's mark and link overrides applied. */
export function Inlines({ inlines, components }: InlinesProps) {
  return <>{inlines.map((inline, i) => renderInline(inline, components, i))}</>;
}
