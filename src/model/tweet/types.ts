/**
 * The one normalized tweet every Broadsheet tweet component renders, whatever it
 * was parsed from. Plain JSON-serializable data only (no classes, no Dates), so a
 * server component can hand it to a client one.
 */
import type { TweetEmbedErrorCode } from './embed.js';
import type { FetchTweetErrorCode } from './fetch.js';
import type { TweetTextErrorCode } from './text.js';

export type { ParseError, ParseResult } from '../shared/result.js';

/** Every code a tweet parser or `fetchTweet` can fail with (what `unavailableReason` reads). */
export type TweetErrorCode = FetchTweetErrorCode | TweetEmbedErrorCode | TweetTextErrorCode;

export type TweetSource = 'syndication' | 'embed' | 'text';

export interface TweetAuthor {
  name: string;
  /** Without the leading `@`. */
  handle: string;
  /** The profile on X. */
  url: string;
  avatarUrl?: string;
  avatarShape?: 'circle' | 'square';
  verified?: 'blue' | 'business' | 'government';
  affiliate?: { label: string; url?: string; badgeUrl?: string };
}

export type TweetSegment =
  | { type: 'text'; text: string }
  | { type: 'hashtag' | 'mention' | 'cashtag' | 'url' | 'media'; text: string; href: string };

export interface TweetPhoto {
  type: 'photo';
  url: string;
  alt?: string;
  width: number;
  height: number;
}

export interface TweetVideoSource {
  url: string;
  /** MIME type, e.g. `video/mp4`. */
  type: string;
  bitrate?: number;
}

export interface TweetVideo {
  type: 'video' | 'gif';
  poster: string;
  alt?: string;
  width: number;
  height: number;
  /** Sorted by bitrate, highest first. */
  sources: TweetVideoSource[];
  /** True for GIFs: they loop, muted. */
  loop?: boolean;
  durationMs?: number;
}

export type TweetMedia = TweetPhoto | TweetVideo;

export interface TweetCard {
  url: string;
  title?: string;
  description?: string;
  domain?: string;
  image?: { url: string; alt?: string; width?: number; height?: number };
  /** `summary` shows a small thumbnail, `summary_large_image` a wide one. */
  layout: 'summary' | 'large';
}

export interface TweetPoll {
  choices: { label: string; count: number }[];
  total: number;
  /** ISO 8601 UTC. */
  endsAt?: string;
  ended: boolean;
}

export interface TweetCounts {
  replies?: number;
  reposts?: number;
  likes?: number;
  quotes?: number;
  views?: number;
}

export interface Tweet {
  /** Digits only. */
  id?: string;
  /** The canonical status URL on X. */
  url?: string;
  author: TweetAuthor;
  /** ISO 8601 UTC. */
  createdAt?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  body: TweetSegment[];
  /** The text is cut short (long "note" tweets in embeds and copied text); the full text is on X. */
  truncated?: boolean;
  media: TweetMedia[];
  quoted?: Tweet;
  parent?: Tweet;
  inReplyTo?: { handle: string; url: string };
  card?: TweetCard;
  poll?: TweetPoll;
  counts?: TweetCounts;
  source: TweetSource;
}
