import type { ComponentPropsWithRef } from 'react';
import type { QuoteBlock } from '../../../model/article/types.js';
import { safeHttpUrl } from '../../../model/shared/url.js';
import { joinClass, langDir } from '../block-attributes.js';
import type { BlockProps } from '../components.js';
import { Inlines } from './Inlines.js';

export type BlockQuoteProps = BlockProps<QuoteBlock> & Omit<ComponentPropsWithRef<'figure'>, 'children'>;

/**
 * A quotation from a source. The attribution sits in a figcaption outside the
 * `<blockquote>`, because whatever is inside a blockquote is read as part of the quote.
 */
export function BlockQuote({ block, options, className, ...rest }: BlockQuoteProps) {
  const cite = safeHttpUrl(block.cite);
  return (
    <figure {...langDir(block)} {...rest} className={joinClass('bs-quote', className)}>
      <blockquote className="bs-quote-text" cite={cite}>
        {block.children.map((paragraph, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a quote have only their order
          <p key={i}>
            <Inlines inlines={paragraph} options={options} />
          </p>
        ))}
      </blockquote>
      {block.attribution ? <figcaption className="bs-quote-attribution">{block.attribution}</figcaption> : null}
    </figure>
  );
}
