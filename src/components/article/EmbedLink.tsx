import type { ComponentPropsWithRef } from 'react';
import { embedThumbnail, providerName } from '../../model/article/embed-providers.js';
import type { EmbedBlock } from '../../model/article/types.js';
import { safeHttpUrl } from '../../model/shared/url.js';
import { fillLabel, labelsFor } from '../labels.js';
import { joinClass, langDir } from './block-attributes.js';
import type { BlockProps } from './components.js';

/**
 * `media="show"` adds the provider's still where one is known without an API
 * call (YouTube); `none` (the default) loads nothing from the provider.
 */
export type EmbedLinkProps = BlockProps<EmbedBlock> & Omit<ComponentPropsWithRef<'div'>, 'children'>;

/**
 * Another provider's embed (a video, a post, a playlist) as a link card: no
 * iframe and no third-party script, so the page stays fast and private, and
 * the reader opens the original when they choose to.
 */
export function EmbedLink({ block, components: _c, locale, media = 'none', className, ...rest }: EmbedLinkProps) {
  const url = safeHttpUrl(block.url);
  if (!url) return null;
  const name = providerName(block.provider);
  const labels = labelsFor(locale);
  const thumbnail = media === 'show' ? embedThumbnail(url) : undefined;
  return (
    <div {...langDir(block)} {...rest} className={joinClass('bs-embed-card', className)} data-provider={block.provider}>
      {thumbnail ? (
        // Decorative: the link next to it names the video.
        <img className="bs-embed-thumbnail" src={thumbnail} alt="" width={480} height={360} loading="lazy" />
      ) : null}
      <div className="bs-embed-text">
        <p className="bs-embed-provider">{name}</p>
        <a className="bs-embed-link" href={url}>
          {block.title ?? fillLabel(labels.openOn, { provider: name })}
        </a>
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
