// Broadsheet's public API. Everything a user can import is listed here.

export type {
  Article,
  AudioBlock,
  Block,
  BlockType,
  DividerBlock,
  EmbedBlock,
  FigureBlock,
  HeadingBlock,
  Inline,
  ListBlock,
  Mark,
  ParagraphBlock,
  PullQuoteBlock,
  QuoteBlock,
  TweetBlock,
} from './model/article.js';
// ── Model: types and parsers (no React) ──────────────────────────────────────
export type { ParseError, ParseResult } from './model/result.js';
// `Tweet` (the type) is exported with the <Tweet> component below: one name, both meanings.
export type {
  TweetAuthor,
  TweetCard,
  TweetCounts,
  TweetMedia,
  TweetPhoto,
  TweetPoll,
  TweetSegment,
  TweetSource,
  TweetVideo,
  TweetVideoSource,
} from './model/tweet.js';
export { parseSyndicationTweet } from './model/tweet-syndication.js';
export { parseTweetEmbed } from './model/tweet-embed.js';
// (tweet parsers)
// (article parsers)

// ── Tweet components ─────────────────────────────────────────────────────────
export { formatCount, formatDate, formatDateTime, formatPercent } from './components/format.js';
export { fillLabel, LABELS, type LabelKey, type Labels, labelsFor } from './components/labels.js';
export type {
  ImageLoader,
  TweetAvatarProps,
  TweetComponents,
  TweetLinkProps,
  TweetMediaImageProps,
} from './components/tweet/context.js';
export { Tweet, type TweetProps } from './components/tweet/Tweet.js';
export { TweetSkeleton, type TweetSkeletonProps } from './components/tweet/TweetSkeleton.js';
export {
  TweetUnavailable,
  type TweetUnavailableProps,
  type TweetUnavailableReason,
} from './components/tweet/TweetUnavailable.js';

// (tweet components)

// ── Article components ───────────────────────────────────────────────────────
export { PullQuote, type PullQuoteAlign, type PullQuoteProps } from './components/article/PullQuote.js';
// (article components)
