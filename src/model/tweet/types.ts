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

/** `reference`: a post known only by its status URL (id, handle, url; no text), see `tweetReference`. */
export type TweetSource = 'syndication' | 'embed' | 'text' | 'reference';

/** Where a post lives. Absent means `x`, so tweets (and stored JSON) from before other networks stay valid. */
export type PostNetwork = 'x' | 'bluesky' | 'mastodon';

export interface TweetAuthor {
  name: string;
  /** Without the leading `@` (and, on Mastodon, without `@instance`). */
  handle: string;
  /** Mastodon: the server the account lives on (`mastodon.social`), shown as `@handle@instance`. */
  instance?: string;
  /** The profile on the post's network. */
  url: string;
  /** The name with its custom emoji (Mastodon), when it has any; `name` stays the plain text. */
  nameSegments?: TweetSegment[];
  avatarUrl?: string;
  avatarShape?: 'circle' | 'square';
  verified?: 'blue' | 'business' | 'government';
  affiliate?: { label: string; url?: string; badgeUrl?: string };
}

export type TweetSegment =
  | {
      type: 'text';
      text: string;
      /**
       * A Mastodon custom emoji: `text` is its `:shortcode:` and this the image
       * URL. A renderer that doesn't know it still shows the shortcode.
       */
      emoji?: string;
    }
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

/** A sound file (Mastodon); a browser's own `<audio controls>` plays it. */
export interface TweetAudio {
  type: 'audio';
  url: string;
  alt?: string;
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

/**
 * An X Community Note shown under the post. Its text is the note's, its link
 * the note's page on X.
 */
export interface TweetNote {
  body: TweetSegment[];
  /** The note's page on X. */
  url: string;
  /** The heading X sent with it, e.g. "Readers added context they thought people might want to know". */
  title?: string;
  id?: string;
}

/**
 * Why a post starts collapsed: the author's own warning (Mastodon's
 * `spoiler_text`) and/or moderation labels (Bluesky's `sexual`, `graphic-media`…).
 */
export interface TweetContentWarning {
  text?: string;
  labels?: ContentLabel[];
}

/** Labels that hide a post behind a warning: Bluesky's, by what they mean, and Mastodon's `sensitive` media. */
export type ContentLabel = 'sexual' | 'nudity' | 'porn' | 'graphic-media' | 'warn' | 'sensitive';

export interface Tweet {
  /** X: the status id (digits); Bluesky: the post's record key; Mastodon: the status id on its server. */
  id?: string;
  /** `x` when absent. */
  network?: PostNetwork;
  /** The canonical post URL on its network. */
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
  /** Sound files (Mastodon), apart from `media` so code written for photos and videos keeps working. */
  audio?: TweetAudio[];
  /** X: the Community Note X shows under the post. */
  note?: TweetNote;
  /** The post starts collapsed behind this warning (a `<details>`, no script). */
  contentWarning?: TweetContentWarning;
  /** Every label the network put on the post or its author (Bluesky label values, e.g. `!no-unauthenticated`). */
  labels?: string[];
  /** A boost (Mastodon) or repost (Bluesky): who shared it; the post itself is the original. */
  repostedBy?: TweetAuthor;
  /** ISO 8601 UTC: when the author last edited it (Mastodon). */
  editedAt?: string;
  source: TweetSource;
}
