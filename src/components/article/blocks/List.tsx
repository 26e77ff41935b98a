import type { ComponentPropsWithRef, Ref } from 'react';
import type { ListBlock } from '../../../model/article/types.js';
import { joinClass, langDir } from '../block-attributes.js';
import type { BlockProps } from '../components.js';
import { Inlines } from './Inlines.js';

export type ListProps = BlockProps<ListBlock> &
  Omit<ComponentPropsWithRef<'ul'>, 'children' | 'ref'> & {
    /** The `<ul>` or `<ol>`, whichever the block is. */
    ref?: Ref<HTMLUListElement & HTMLOListElement>;
  };

export function List({ block, options, className, ...rest }: ListProps) {
  const props = { ...langDir(block), ...rest, className: joinClass('bs-list', className) };
  const items = block.items.map((item, i) => (
    // Items have no identity of their own; their order is the content.
    // biome-ignore lint/suspicious/noArrayIndexKey: see above
    <li key={i}>
      <Inlines inlines={item} options={options} />
    </li>
  ));
  return block.ordered ? <ol {...props}>{items}</ol> : <ul {...props}>{items}</ul>;
}
