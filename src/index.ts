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
// Tweet parsers: X's JSON, stored embed HTML, copied text, and fetching by id on a server.

export { type FetchTweetOptions, fetchTweet } from './model/fetch-tweet.js';
export { findTextEntities, type TextEntity, textToSegments } from './model/text-entities.js';
export { parseTweetEmbed } from './model/tweet-embed.js';
export { parseSyndicationTweet } from './model/tweet-syndication.js';
export { matchTweetSignature, parseTweetText, type TweetSignature } from './model/tweet-text.js';
// (tweet parsers)

export { type ArticleHtmlOptions, parseArticleHtml } from './model/article-html.js';
export { type ArticleTextOptions, parseArticleText } from './model/article-text.js';
export { type EmbedTarget, embedTarget } from './model/embed-providers.js';
// (article parsers)

// ── Tweet components ─────────────────────────────────────────────────────────
export { formatCount, formatDate, formatDateTime, formatPercent } from './components/format.js';
export { fillLabel, LABELS, type LabelKey, type Labels, labelsFor, localeDir } from './components/labels.js';
export type {
  ImageLoader,
  TweetAvatarProps,
  TweetComponents,
  TweetLinkProps,
  TweetMediaImageProps,
} from './components/tweet/context.js';
export { Tweet, type TweetProps } from './components/tweet/Tweet.js';
export { TweetEmbed, type TweetEmbedProps } from './components/tweet/TweetEmbed.js';
export { TweetSkeleton, type TweetSkeletonProps } from './components/tweet/TweetSkeleton.js';
export {
  TweetUnavailable,
  type TweetUnavailableProps,
  type TweetUnavailableReason,
  unavailableReason,
} from './components/tweet/TweetUnavailable.js';

// (tweet components)

// ── Article components ───────────────────────────────────────────────────────
export { PullQuote, type PullQuoteAlign, type PullQuoteProps } from './components/article/PullQuote.js';
export {
  type ArticleMeta,
  articleJsonLd,
  articleText,
  type JsonLdObject,
  type JsonLdPerson,
  serializeJsonLd,
} from './model/json-ld.js';
export type { ArticleProps } from './components/article/Article.js';
export { ArticleBody, type ArticleBodyProps } from './components/article/ArticleBody.js';
export { ArticleHeader, type ArticleHeaderProps } from './components/article/ArticleHeader.js';
export { ArticleJsonLd, type ArticleJsonLdProps } from './components/article/ArticleJsonLd.js';
export { BlockQuote, type BlockQuoteProps } from './components/article/BlockQuote.js';
export type {
  ArticleComponents,
  BlockComponents,
  BlockOf,
  BlockProps,
  LinkProps,
  MarkProps,
  UnknownBlock,
} from './components/article/components.js';
export { EmbedLink, type EmbedLinkProps } from './components/article/EmbedLink.js';
export { Figure, type FigureProps } from './components/article/Figure.js';
export { Heading, type HeadingProps } from './components/article/Heading.js';
export { Inlines, type InlinesProps } from './components/article/Inlines.js';
export { List, type ListProps } from './components/article/List.js';
export { ListenToStory, type ListenToStoryProps } from './components/article/ListenToStory.js';
export { Paragraph, type ParagraphProps } from './components/article/Paragraph.js';
// (article components)
