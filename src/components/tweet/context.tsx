import type { ComponentPropsWithoutRef, ComponentType } from 'react';
import type { Tweet } from '../../model/tweet.js';
import { formatDate, formatDateTime } from '../format.js';
import type { TweetLabels } from './labels.js';

/** Routes an image through the publisher's own image service. */
export type ImageLoader = (src: string, options: { width: number }) => string;

export type TweetLinkProps = ComponentPropsWithoutRef<'a'> & { href: string };

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

/** Parts a publisher can swap, e.g. `Link` for their router or `MediaImage` for their image component. */
export interface TweetComponents {
  Link: ComponentType<TweetLinkProps>;
  Avatar: ComponentType<TweetAvatarProps>;
  MediaImage: ComponentType<TweetMediaImageProps>;
}

function Link(props: TweetLinkProps) {
  return <a {...props} />;
}

function Avatar({ shape, ...props }: TweetAvatarProps) {
  // The name sits right beside it inside the same link, so the picture adds nothing to read out.
  return <img {...props} alt="" loading="lazy" data-square={shape === 'square' ? '' : undefined} />;
}

function MediaImage({ alt, ...props }: TweetMediaImageProps) {
  return <img {...props} alt={alt} loading="lazy" />;
}

export const defaultComponents: TweetComponents = { Link, Avatar, MediaImage };

/**
 * Everything the parts of a tweet need, resolved once in <Tweet> and passed
 * down as a prop: no React context, so the tree stays a plain server render.
 */
export interface TweetContext {
  locale: string;
  timeZone: string;
  labels: TweetLabels;
  media: 'show' | 'none';
  /** Caller-supplied alt text by media URL, or by position in the tweet's own media ("0"–"3"). */
  mediaAlt: Readonly<Record<string, string>> | undefined;
  /** The image loader, or the URL as given. */
  load: ImageLoader;
  c: TweetComponents;
}

/** User content on X: the reader leaves with no referrer and search engines follow nothing. */
export const REL = 'noopener noreferrer nofollow';

/** X reserves private-use `q…` codes and `und`/`zxx` for "no language"; they are not valid `lang` values. */
export function htmlLang(lang: string | undefined): string | undefined {
  if (lang === undefined || /^(und|zxx|q[a-t][a-z])(-|$)/i.test(lang)) return undefined;
  return lang;
}

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
  if (tweet.url) return tweet.url;
  const media = tweet.body.findLast((s) => s.type === 'media');
  return media && 'href' in media ? media.href : undefined;
}
