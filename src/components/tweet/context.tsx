import type { ComponentPropsWithoutRef, ComponentType, Key } from 'react';
import { socialEn } from '../../i18n/en/social.js';
import { tweetEn } from '../../i18n/en/tweet.js';
import type { SocialLabels, TweetLabels } from '../../i18n/labels.js';
import { withLabels } from '../../i18n/pick.js';
import { postMediaUrl, safeImageUrl } from '../../model/shared/url.js';
import type { PostNetwork, Tweet } from '../../model/tweet/types.js';
import { formatDate, formatDateTime } from '../format.js';
import { imageSrc, linkHref } from '../gate.js';
import {
  defaultLocale,
  defaultMedia,
  defaultTimeZone,
  type ImageLoader,
  type LinkProps,
  type RenderOptions,
} from '../options.js';

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

/**
 * Everything the parts of a tweet need, resolved once in <Tweet> and passed
 * down as an argument: no React context, so the tree stays a plain server
 * render. The parts are plain functions of (tweet, ctx), not components: they
 * hold no state, and each component React renders costs a server render more
 * than the elements it returns.
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
  /** The caller's `Link`, or a plain `a` (an element, not a component, when nothing is swapped). */
  Link: ComponentType<LinkProps> | 'a';
  /** Only the parts the caller swapped; the rest are plain `<img>`s. */
  c: Partial<TweetComponents>;
}

// Built once: every post's parts read the same English defaults.
const POST_LABELS: TweetLabels & SocialLabels = { ...tweetEn, ...socialEn };

/**
 * A tweet root's options with the defaults filled in: what `resolveOptions`
 * does for a root with no enclosing one (a tweet inside an article gets the
 * article's resolved options as props), without building the options twice.
 */
export function tweetContext(
  options: RenderOptions & {
    components?: Partial<TweetComponents> | undefined;
    mediaAlt?: Readonly<Record<string, string>> | undefined;
  },
  network: PostNetwork = 'x',
): TweetContext {
  const loader: ImageLoader | undefined = options.imageLoader;
  const allowed = postMediaUrl(network);
  return {
    locale: options.locale ?? defaultLocale,
    timeZone: options.timeZone ?? defaultTimeZone,
    labels: withLabels(POST_LABELS, options.labels),
    media: options.media ?? defaultMedia,
    mediaAlt: options.mediaAlt,
    load: (src, { width }) => imageSrc(src, width, loader, allowed),
    // A publisher with an image loader serves media their own way; without one, only the network's hosts.
    video: (src) => (loader === undefined ? allowed(src) : safeImageUrl(src)),
    Link: options.Link ?? 'a',
    c: options.components ?? {},
  };
}

/** The avatar: the caller's `Avatar`, or an image the name beside it describes (so its alt is empty). */
export function avatar(ctx: TweetContext, src: string, size: number, shape: 'circle' | 'square' = 'circle') {
  const { Avatar } = ctx.c;
  return Avatar ? (
    <Avatar className="bs-tweet-avatar" src={src} width={size} height={size} shape={shape} />
  ) : (
    <img
      className="bs-tweet-avatar"
      src={src}
      width={size}
      height={size}
      alt=""
      loading="lazy"
      data-square={shape === 'square' ? '' : undefined}
    />
  );
}

/** A photo or card image: the caller's `MediaImage`, or a lazy `<img>`. */
export function mediaImage(ctx: TweetContext, src: string, alt: string, width: number, height: number, key?: Key) {
  const { MediaImage } = ctx.c;
  return MediaImage ? (
    <MediaImage key={key} src={src} alt={alt} width={width} height={height} />
  ) : (
    <img key={key} src={src} width={width} height={height} alt={alt} loading="lazy" />
  );
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
