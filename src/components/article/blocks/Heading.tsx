import type { ComponentPropsWithRef } from 'react';
import type { HeadingBlock } from '../../../model/article/types.js';
import { joinClass, langDir } from '../block-attributes.js';
import type { BlockProps } from '../components.js';
import { Inlines } from './Inlines.js';

export type HeadingProps = BlockProps<HeadingBlock> & Omit<ComponentPropsWithRef<'h2'>, 'children'>;

/** Levels 2–4: the page's `<h1>` is the headline, and deeper levels read as clutter in a news story. */
export function Heading({ block, options, className, ...rest }: HeadingProps) {
  const Tag = block.level === 3 ? 'h3' : block.level === 4 ? 'h4' : 'h2';
  return (
    <Tag {...langDir(block)} {...rest} className={joinClass('bs-heading', className)}>
      <Inlines inlines={block.children} options={options} />
    </Tag>
  );
}
