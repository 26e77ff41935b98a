import type { PullQuoteBlock } from '../../../model/article/types.js';
import { langDir } from '../block-attributes.js';
import { type BlockProps, blockOptions } from '../components.js';
import { PullQuote } from '../PullQuote.js';
import { Inlines } from './Inlines.js';

/**
 * A pull-quote block through the house `PullQuote`. It stays announced: a
 * parsed body cannot prove the quote repeats the text word for word, and
 * hearing it twice is better than missing it (see the docs page).
 */
export function PullQuoteView({ block, options = blockOptions() }: BlockProps<PullQuoteBlock>) {
  return (
    <PullQuote
      {...langDir(block)}
      align={block.align ?? 'end'}
      attribution={block.attribution}
      label={options.strings.pullQuote}
    >
      {block.children.map((paragraph, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a quote have only their order
        <p key={i}>
          <Inlines inlines={paragraph} options={options} />
        </p>
      ))}
    </PullQuote>
  );
}
