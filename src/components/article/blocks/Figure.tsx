import type { ComponentPropsWithRef } from 'react';
import type { FigureBlock } from '../../../model/article/types.js';
import { safeImageUrl } from '../../../model/shared/url.js';
import { joinClass, langDir } from '../block-attributes.js';
import type { BlockProps } from '../components.js';
import { Inlines } from './Inlines.js';

export type FigureProps = BlockProps<FigureBlock> &
  Omit<ComponentPropsWithRef<'figure'>, 'children'> & {
    /** `wide` breaks out of the text measure; `full` spans the whole container. Defaults to the block's own. */
    size?: 'normal' | 'wide' | 'full';
  };

export function Figure({ block, options, size, className, ...rest }: FigureProps) {
  // https only: an http image on an https page is mixed content.
  const src = safeImageUrl(block.src);
  const hasCaption = (block.caption?.length ?? 0) > 0 || Boolean(block.credit);
  return (
    <figure
      {...langDir(block)}
      {...rest}
      className={joinClass('bs-figure', className)}
      data-size={size ?? block.size ?? 'normal'}
    >
      {src ? (
        // width/height reserve the space before the image arrives, so nothing shifts.
        <img
          className="bs-figure-image"
          src={src}
          alt={block.alt}
          width={block.width}
          height={block.height}
          loading="lazy"
          decoding="async"
        />
      ) : null}
      {hasCaption ? (
        <figcaption className="bs-figure-caption">
          {block.caption ? <Inlines inlines={block.caption} options={options} /> : null}
          {block.caption && block.credit ? ' ' : null}
          {block.credit ? <small className="bs-figure-credit">{block.credit}</small> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
