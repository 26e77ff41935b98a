import type { ComponentPropsWithRef } from 'react';
import type { ParagraphBlock } from '../../model/article/types.js';
import { joinClass, langDir } from './block-attributes.js';
import type { BlockProps } from './components.js';
import { Inlines } from './Inlines.js';

export type ParagraphProps = BlockProps<ParagraphBlock> & Omit<ComponentPropsWithRef<'p'>, 'children'>;

export function Paragraph({ block, components, locale: _locale, className, ...rest }: ParagraphProps) {
  return (
    <p {...langDir(block)} {...rest} className={joinClass('bs-paragraph', className)}>
      <Inlines inlines={block.children} components={components} />
    </p>
  );
}
