import type { TweetCard } from '../../model/tweet/types.js';
import { linkHref } from '../gate.js';
import { mediaImage, REL, type TweetContext } from './context.js';

/** The link preview as one link: image, domain, title, description. */
export function tweetLinkCard(card: TweetCard, ctx: TweetContext) {
  const { Link } = ctx;
  const large = card.layout === 'large';
  const image = ctx.media === 'show' ? card.image : undefined;
  const href = linkHref(card.url);
  if (href === undefined) return null;
  // X's shapes when the payload gives no size: 1.91:1 for large, square thumbnails.
  const width = image?.width ?? (large ? 1200 : 144);
  const height = image?.height ?? (large ? 628 : 144);
  const src = image ? ctx.load(image.url, { width: large ? Math.min(width, 1200) : 288 }) : undefined;
  return (
    <Link className="bs-tweet-card" href={href} rel={REL} data-large={large ? '' : undefined}>
      {/* The title beside it names the link; the picture is decoration here. */}
      {src ? mediaImage(ctx, src, '', width, height) : null}
      {card.domain ? <span className="bs-tweet-card-domain">{card.domain}</span> : null}
      <span className="bs-tweet-card-title">{card.title ?? card.domain ?? href}</span>
      {card.description ? <span className="bs-tweet-card-text">{card.description}</span> : null}
    </Link>
  );
}
