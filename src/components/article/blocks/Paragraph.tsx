import type { ComponentPropsWithRef } from 'react';
import type { ParagraphBlock } from '../../../model/article/types.js';
import { joinClass, langDir } from '../block-attributes.js';
import type { BlockProps } from '../components.js';
import { Inlines } from './Inlines.js';

export type ParagraphProps = BlockProps<ParagraphBlock> & Omit<ComponentPropsWithRef<'p'>, 'children'>;

export function Paragraph({ block, options, className, ...rest }: ParagraphProps) {
  return (
    <p {...langDir(block)} {...rest} className={joinClass('bs-paragraph', className)}>
      <Inlines inlines={block.children} options={options} />
    </p>
  );
}
