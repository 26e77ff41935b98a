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
export type {
  Tweet,
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
// (tweet components)

// ── Article components ───────────────────────────────────────────────────────
export { PullQuote, type PullQuoteAlign, type PullQuoteProps } from './components/article/PullQuote.js';
// (article components)
