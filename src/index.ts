// Broadsheet's public API. Everything a user can import is listed here.
// `Tweet` and `Article` name both a data type and the component that renders it.

// ── Model: types (no React) ──────────────────────────────────────────────────
export type { ParseError, ParseResult } from './model/shared/result.js';
export type {
  ContentLabel,
  PostNetwork,
  TweetAudio,
  TweetAuthor,
  TweetCard,
  TweetContentWarning,
  TweetCounts,
  TweetErrorCode,
  TweetMedia,
  TweetNote,
  TweetPhoto,
  TweetPoll,
  TweetSegment,
  TweetSource,
  TweetVideo,
  TweetVideoSource,
} from './model/tweet/types.js';
export type {
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
} from './model/article/types.js';

// ── Tweet parsers: X's JSON, stored embed HTML, copied text, fetch by id ─────
export {
  parseSyndicationTweet,
  type SyndicationErrorCode,
  type SyndicationOptions,
} from './model/tweet/syndication.js';
export {
  parseTweetEmbed,
  readTweetEmbed,
  type TweetEmbedErrorCode,
  type TweetEmbedRead,
} from './model/tweet/embed.js';
export {
  findSignatures,
  matchTweetSignature,
  parseTweetText,
  type SignatureMatch,
  type TweetSignature,
  type TweetTextErrorCode,
} from './model/tweet/text.js';
export { isTweetReference, tweetReference } from './model/tweet/reference.js';
export { findTextEntities, type TextEntity, textToSegments } from './model/tweet/text-entities.js';
export { type FetchTweetErrorCode, type FetchTweetOptions, fetchTweet } from './model/tweet/fetch.js';
// (tweet parsers)

// ── Bluesky and Mastodon: the same post model (`network` says which) ─────────
export { type BlueskyErrorCode, parseBlueskyPost } from './model/bluesky/post.js';
export {
  type BlueskyEmbedErrorCode,
  parseBlueskyEmbed,
  parseBlueskyText,
} from './model/bluesky/embed.js';
export { type FetchBlueskyErrorCode, type FetchBlueskyOptions, fetchBlueskyPost } from './model/bluesky/fetch.js';
export { type MastodonErrorCode, parseMastodonStatus } from './model/mastodon/status.js';
export { type MastodonEmbedErrorCode, parseMastodonEmbed } from './model/mastodon/embed.js';
export {
  type FetchMastodonErrorCode,
  type FetchMastodonOptions,
  fetchMastodonStatus,
} from './model/mastodon/fetch.js';
// (social parsers)

// ── Article parsers and structured data ──────────────────────────────────────
export { type ArticleHtmlErrorCode, type ArticleHtmlOptions, parseArticleHtml } from './model/article/html.js';
export { type ArticleTextErrorCode, type ArticleTextOptions, parseArticleText } from './model/article/text.js';
export { type EmbedTarget, embedTarget } from './model/article/embed-providers.js';
export type { ResolveTweet } from './model/article/tweet-references.js';
export {
  type ArticleMeta,
  articleJsonLd,
  articleText,
  type JsonLdObject,
  type JsonLdPerson,
  serializeJsonLd,
} from './model/article/json-ld.js';
// (article parsers)

// ── Render options, shared by every root component ───────────────────────────
export type { ImageLoader, LinkProps, MediaPolicy, RenderOptions } from './components/options.js';

// ── Tweet components ─────────────────────────────────────────────────────────
export { Tweet, type TweetProps } from './components/tweet/Tweet.js';
export { TweetEmbed, type TweetEmbedProps } from './components/tweet/TweetEmbed.js';
export {
  TweetUnavailable,
  type TweetUnavailableProps,
  type TweetUnavailableReason,
  unavailableReason,
} from './components/tweet/TweetUnavailable.js';
export { TweetSkeleton, type TweetSkeletonProps } from './components/tweet/TweetSkeleton.js';
export type { TweetAvatarProps, TweetComponents, TweetMediaImageProps } from './components/tweet/context.js';
// (tweet components)

// ── Article components ───────────────────────────────────────────────────────
export { Article, type ArticleProps } from './components/article/Article.js';
export { ArticleHeader, type ArticleHeaderProps } from './components/article/ArticleHeader.js';
export { ArticleBody, type ArticleBodyProps } from './components/article/ArticleBody.js';
export { type BlockRenderers, defaultBlocks } from './components/article/blocks/defaults.js';
export {
  type ArticleComponents,
  type ArticleRenderOptions,
  type BlockComponents,
  type BlockOf,
  type BlockOptions,
  type BlockProps,
  blockOptions,
  type MarkProps,
  type TweetBlockOptions,
  type UnknownBlock,
} from './components/article/components.js';
export { Paragraph, type ParagraphProps } from './components/article/blocks/Paragraph.js';
export { Heading, type HeadingProps } from './components/article/blocks/Heading.js';
export { List, type ListProps } from './components/article/blocks/List.js';
export { BlockQuote, type BlockQuoteProps } from './components/article/blocks/BlockQuote.js';
export { PullQuote, type PullQuoteAlign, type PullQuoteProps } from './components/article/PullQuote.js';
export { Figure, type FigureProps } from './components/article/blocks/Figure.js';
export { EmbedLink, type EmbedLinkProps } from './components/article/blocks/EmbedLink.js';
export {
  TweetReferenceCard,
  type TweetReferenceCardProps,
} from './components/article/blocks/TweetReferenceCard.js';
export { Inlines, type InlinesProps } from './components/article/blocks/Inlines.js';
export { ListenToStory, type ListenToStoryProps } from './components/article/listen/ListenToStory.js';
export { ArticleJsonLd, type ArticleJsonLdProps } from './components/article/ArticleJsonLd.js';
// (article components)

// ── Languages: English is built in; other packs come from 'broadsheet/locales' ─
export type {
  ArticleLabels,
  Labels,
  Language,
  PlayerLabels,
  TweetLabels,
  TweetStateLabels,
} from './i18n/labels.js';
export { type Dir, localeDir } from './i18n/language.js';
export { fillLabel } from './i18n/fill.js';
export { pickLabels } from './i18n/pick.js';
