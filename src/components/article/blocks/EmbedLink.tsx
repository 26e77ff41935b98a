import type { ComponentPropsWithRef } from 'react';
import { fillLabel } from '../../../i18n/fill.js';
import { embedThumbnail, providerName } from '../../../model/article/embed-providers.js';
import type { EmbedBlock } from '../../../model/article/types.js';
import { safeHttpUrl } from '../../../model/shared/url.js';
import { imageSrc } from '../../gate.js';
import { joinClass, langDir } from '../block-attributes.js';
import { type BlockProps, blockOptions } from '../components.js';

/** `options.media` `show` (the default) adds the provider's still where one is known without an API call (YouTube). */
export type EmbedLinkProps = BlockProps<EmbedBlock> & Omit<ComponentPropsWithRef<'div'>, 'children'>;

/**
 * Another provider's embed (a video, a post, a playlist) as a link card: no
 * iframe and no third-party script, so the page stays fast and private, and
 * the reader opens the original when they choose to.
 */
export function EmbedLink({ block, options = blockOptions(), className, ...rest }: EmbedLinkProps) {
  const url = safeHttpUrl(block.url);
  if (!url) return null;
  const name = providerName(block.provider);
  const still = options.media === 'show' ? embedThumbnail(url) : undefined;
  const thumbnail = still ? imageSrc(still, 480, options.imageLoader) : undefined;
  const Link = options.Link ?? 'a';
  return (
    <div {...langDir(block)} {...rest} className={joinClass('bs-embed-card', className)} data-provider={block.provider}>
      {thumbnail ? (
        // Decorative: the link next to it names the video.
        <img className="bs-embed-thumbnail" src={thumbnail} alt="" width={480} height={360} loading="lazy" />
      ) : null}
      <div className="bs-embed-text">
        <p className="bs-embed-provider">{name}</p>
        <Link className="bs-embed-link" href={url}>
          {block.title ?? fillLabel(options.strings.openOn, { provider: name })}
        </Link>
        <p className="bs-embed-host">{hostOf(url)}</p>
      </div>
    </div>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
