/**
 * The render options every root (`Tweet`, `TweetEmbed`, `ArticleBody`,
 * `Article`, …) takes, resolved once there and passed down as plain props:
 * no React context, so the tree stays a plain server render, and a tweet
 * inside an article gets exactly the article's options.
 */
import type { ComponentPropsWithoutRef, ComponentType } from 'react';
import type { Labels } from '../i18n/labels.js';

/** Routes an image through the publisher's own image service. */
export type ImageLoader = (src: string, options: { width: number }) => string;

/** What a `Link` override receives: an anchor's props, with `href` already checked (http(s) or mailto). */
export type LinkProps = ComponentPropsWithoutRef<'a'> & { href: string };

/**
 * Whether third-party media load. `show` requests avatars, photos, video
 * posters and YouTube stills from their hosts; `none` requests nothing and
 * shows their alt text instead.
 */
export type MediaPolicy = 'show' | 'none';

/** The one privacy default, for tweets and embed cards alike. */
export const defaultMedia: MediaPolicy = 'show';
/** UI language and date zone when a root is given none: server and browser then print the same. */
export const defaultLocale = 'en';
export const defaultTimeZone = 'UTC';

export interface RenderOptions {
  /** UI language and date/number format (default `en`). Strings in other languages come from `labels`. */
  locale?: string | undefined;
  /** IANA zone for dates (default `UTC`, so server and browser print the same). */
  timeZone?: string | undefined;
  /** UI strings: a language pack from `broadsheet/locales` and/or your own overrides of any string. */
  labels?: Partial<Labels> | undefined;
  /** Routes avatars, media and stills through your own image service. */
  imageLoader?: ImageLoader | undefined;
  /** `none`: nothing is requested from third parties; media become their alt text. Default `show`. */
  media?: MediaPolicy | undefined;
  /** Renders every link (article text and every part of a tweet, quoted and parent tweets too). */
  Link?: ComponentType<LinkProps> | undefined;
}

/** The options with every default filled in. */
export interface ResolvedOptions {
  locale: string;
  timeZone: string;
  labels: Partial<Labels> | undefined;
  imageLoader: ImageLoader | undefined;
  media: MediaPolicy;
  /** Unset: links are plain `<a>` elements (no component between, which a server render would pay for per link). */
  Link: ComponentType<LinkProps> | undefined;
}

/** Fills in defaults, taking what `options` leaves unset from `base` (an enclosing root's options). */
export function resolveOptions(options: RenderOptions, base?: ResolvedOptions): ResolvedOptions {
  return {
    locale: options.locale ?? base?.locale ?? defaultLocale,
    timeZone: options.timeZone ?? base?.timeZone ?? defaultTimeZone,
    labels: options.labels && base?.labels ? { ...base.labels, ...options.labels } : (options.labels ?? base?.labels),
    imageLoader: options.imageLoader ?? base?.imageLoader,
    media: options.media ?? base?.media ?? defaultMedia,
    Link: options.Link ?? base?.Link,
  };
}

/** Splits a root's props into its render options and the rest (the DOM props). */
export function takeOptions<P extends RenderOptions>(props: P): [RenderOptions, Omit<P, keyof RenderOptions>] {
  const { locale, timeZone, labels, imageLoader, media, Link, ...rest } = props;
  return [{ locale, timeZone, labels, imageLoader, media, Link }, rest];
}
