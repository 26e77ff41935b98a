import type { ComponentPropsWithoutRef, ComponentType } from 'react';
import { socialEn } from '../../i18n/en/social.js';
import { tweetEn } from '../../i18n/en/tweet.js';
import type { SocialLabels, TweetLabels } from '../../i18n/labels.js';
import { withLabels } from '../../i18n/pick.js';
import { postMediaUrl, safeImageUrl } from '../../model/shared/url.js';
import type { PostNetwork, Tweet } from '../../model/tweet/types.js';
import { formatDate, formatDateTime } from '../format.js';
import { imageSrc, linkHref } from '../gate.js';
import type { ImageLoader, LinkProps, ResolvedOptions } from '../options.js';

export interface TweetAvatarProps {
  src: string;
  width: number;
  height: number;
  shape: 'circle' | 'square';
  className: string;
}

export type TweetMediaImageProps = ComponentPropsWithoutRef<'img'> & {
  src: string;
  alt: string;
  width: number;
  height: number;
};

/**
 * Tweet parts a publisher can swap, e.g. `MediaImage` for their image
 * component. Links are the `Link` render option, shared with articles.
 */
export interface TweetComponents {
  Avatar: ComponentType<TweetAvatarProps>;
  MediaImage: ComponentType<TweetMediaImageProps>;
}

function Avatar({ shape, ...props }: TweetAvatarProps) {
  // The name sits right beside it inside the same link, so the picture adds nothing to read out.
  return <img {...props} alt="" loading="lazy" data-square={shape === 'square' ? '' : undefined} />;
}

function MediaImage({ alt, ...props }: TweetMediaImageProps) {
  return <img {...props} alt={alt} loading="lazy" />;
}

export const defaultTweetComponents: TweetComponents = { Avatar, MediaImage };

/**
 * Everything the parts of a tweet need, resolved once in <Tweet> and passed
 * down as a prop: no React context, so the tree stays a plain server render.
 */
export interface TweetContext {
  locale: string;
  timeZone: string;
  labels: TweetLabels & SocialLabels;
  media: 'show' | 'none';
  /** Caller-supplied alt text by media URL, or by position in the tweet's own media ("0"–"3"). */
  mediaAlt: Readonly<Record<string, string>> | undefined;
  /**
   * An image's `src` through the gate: one of X's media hosts (https) as
   * given, or, with an `imageLoader`, whatever the loader makes of an https URL.
   * Undefined: render no image.
   */
  load: (src: unknown, options: { width: number }) => string | undefined;
  /** A video source's `src`: like `load`, but never rewritten. */
  video: (src: unknown) => string | undefined;
  Link: ComponentType<LinkProps>;
  c: TweetComponents;
}

// Built once: every post's parts read the same English defaults.
const POST_LABELS: TweetLabels & SocialLabels = { ...tweetEn, ...socialEn };

export function tweetContext(
  options: ResolvedOptions,
  components: Partial<TweetComponents> | undefined,
  mediaAlt?: Readonly<Record<string, string>>,
  network: PostNetwork = 'x',
): TweetContext {
  const loader: ImageLoader | undefined = options.imageLoader;
  const allowed = postMediaUrl(network);
  return {
    locale: options.locale,
    timeZone: options.timeZone,
    labels: withLabels(POST_LABELS, options.labels),
    media: options.media,
    mediaAlt,
    load: (src, { width }) => imageSrc(src, width, loader, allowed),
    // A publisher with an image loader serves media their own way; without one, only the network's hosts.
    video: (src) => (loader === undefined ? allowed(src) : safeImageUrl(src)),
    Link: options.Link,
    c: components ? { ...defaultTweetComponents, ...components } : defaultTweetComponents,
  };
}

/** User content on X: the reader leaves with no referrer and search engines follow nothing. */
export const REL = 'noopener noreferrer nofollow';

/**
 * The tweet's date as the reader sees it. Copied text (and an embed without a
 * status id) only ever carried a day, so printing "12:00 AM" would invent a time.
 */
export function tweetDate(tweet: Tweet, ctx: TweetContext): string | undefined {
  if (!tweet.createdAt) return undefined;
  const dayOnly = tweet.source === 'text' || (tweet.source === 'embed' && !tweet.id);
  return (dayOnly ? formatDate : formatDateTime)(tweet.createdAt, ctx.locale, dayOnly ? 'UTC' : ctx.timeZone);
}

/**
 * Where "Show more" leads: the post, or failing that its pic.twitter.com link,
 * which X redirects to the post (copied text has no status URL).
 */
export function fullTextUrl(tweet: Tweet): string | undefined {
  const url = linkHref(tweet.url);
  if (url) return url;
  const media = tweet.body.findLast((s) => s.type === 'media');
  return media && 'href' in media ? linkHref(media.href) : undefined;
}
