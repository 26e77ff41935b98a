import { type ComponentPropsWithRef, type ComponentType, Fragment, type ReactNode } from 'react';
import { providerName } from '../../model/article/embed-providers.js';
import type { Article, Block, BlockType } from '../../model/article/types.js';
import { fillLabel, type Labels, labelsFor } from '../labels.js';
import { BlockQuote } from './BlockQuote.js';
import { joinClass } from './block-attributes.js';
import { ConsentGate } from './ConsentGate.js';
import type { ArticleComponents, BlockOf, BlockProps, UnknownBlock } from './components.js';
import { EmbedFrame } from './EmbedFrame.js';
import { EmbedLink } from './EmbedLink.js';
import { Figure } from './Figure.js';
import { Heading } from './Heading.js';
import { List } from './List.js';
import { ListenToStory } from './ListenToStory.js';
import { Paragraph } from './Paragraph.js';
import { PullQuoteView } from './PullQuoteView.js';
import { TweetView } from './TweetView.js';
import { thirdPartyProvider, tweetWithoutMedia } from './third-party-media.js';

export interface ArticleBodyProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  /** A parsed article; its `lang` and `dir` go on the body. */
  article?: Article;
  /** Blocks on their own, when there is no article object. */
  blocks?: readonly (Block | UnknownBlock)[];
  /** Overrides per block type, per mark, for links and for the unknown-block placeholder. */
  components?: ArticleComponents;
  /**
   * Called for every block whose type this version does not know (also in
   * production). It runs during render: expect a second call under StrictMode.
   */
  onUnknownBlock?: (block: UnknownBlock, index: number) => void;
  /** Tweets and other providers' embeds stay text-only until the reader allows that provider. */
  consent?: boolean;
  /** Language of the UI strings (skip links, player, consent); defaults to the article's `lang`. */
  locale?: string;
  /**
   * Prefix for the ids skip links jump to. Give each body on a page its own
   * (the ids must be unique in the document).
   */
  idPrefix?: string;
  /**
   * Show a placeholder for unknown blocks; defaults to true outside production
   * builds. `components.unknown`, when given, renders them in every build.
   */
  development?: boolean;
}

function DividerView({ block }: BlockProps<BlockOf<'divider'>>) {
  return <hr className="bs-divider" lang={block.lang} dir={block.dir} />;
}

function AudioView({ block, locale }: BlockProps<BlockOf<'audio'>>) {
  return <ListenToStory src={block.src} title={block.title} locale={locale} lang={block.lang} dir={block.dir} />;
}

const defaults: { [T in BlockType]: ComponentType<BlockProps<BlockOf<T>>> } = {
  paragraph: Paragraph,
  heading: Heading,
  list: List,
  quote: BlockQuote,
  pullquote: PullQuoteView,
  figure: Figure,
  tweet: TweetView,
  audio: AudioView,
  divider: DividerView,
  embed: EmbedLink,
};

function isKnown(block: Block | UnknownBlock): block is Block {
  return Object.hasOwn(defaults, block.type);
}

// Stored JSON can hold anything; what isn't even an object with a type is skipped.
function isBlockLike(value: unknown): value is Block | UnknownBlock {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function inDevelopment(): boolean {
  // Bundlers replace `process.env.NODE_ENV` as a whole, so `process` itself may
  // not exist at run time: read it inside a guard instead of testing `typeof process`.
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

function UnknownPlaceholder({ block, labels }: { block: UnknownBlock; labels: Labels }) {
  return (
    <p className="bs-unknown-block" data-type={String(block.type)}>
      {fillLabel(labels.unknownBlock, { type: String(block.type) })}
    </p>
  );
}

interface RenderContext {
  components: ArticleComponents | undefined;
  locale: string | undefined;
  labels: Labels;
  consent: boolean;
  idPrefix: string;
}

function renderKnown(block: Block, context: RenderContext, media?: 'show' | 'none'): ReactNode {
  const Component = (context.components?.[block.type] ?? defaults[block.type]) as ComponentType<BlockProps>;
  return <Component block={block} components={context.components} locale={context.locale} media={media} />;
}

function embedLabels(block: Block, labels: Labels): { skip: string; end: string } | undefined {
  if (block.type === 'tweet') {
    const handle = `@${block.tweet.author.handle}`;
    return { skip: fillLabel(labels.skipPost, { handle }), end: fillLabel(labels.endOfPost, { handle }) };
  }
  if (block.type === 'embed') {
    const provider = providerName(block.provider);
    return { skip: fillLabel(labels.skipEmbed, { provider }), end: fillLabel(labels.endOfEmbed, { provider }) };
  }
  return undefined;
}

function renderBlock(block: Block, index: number, context: RenderContext): ReactNode {
  const frame = embedLabels(block, context.labels);
  if (!frame) return renderKnown(block, context);

  const provider = thirdPartyProvider(block);
  let content: ReactNode;
  if (context.consent && provider) {
    const name = providerName(provider);
    // Our own tweet renderer turns media into their alt text; an override gets a tweet with no media to load.
    const textOnly: Block =
      block.type === 'tweet' && context.components?.tweet ? { ...block, tweet: tweetWithoutMedia(block.tweet) } : block;
    content = (
      <ConsentGate
        provider={provider}
        fallback={renderKnown(textOnly, context, 'none')}
        notice={fillLabel(context.labels.consentNotice, { provider: name })}
        allowLabel={fillLabel(context.labels.consentShow, { provider: name })}
      >
        {renderKnown(block, context, 'show')}
      </ConsentGate>
    );
  } else {
    content = renderKnown(block, context, 'show');
  }
  return (
    <EmbedFrame
      id={`${context.idPrefix}-embed-${index}`}
      provider={provider ?? block.type}
      skipLabel={frame.skip}
      endLabel={frame.end}
    >
      {content}
    </EmbedFrame>
  );
}

/**
 * An article body: each block as its semantic element, every embed between a
 * skip link and an end marker, with any block or mark replaceable through
 * `components`. Renders on the server; only the player and consent gates hydrate.
 */
export function ArticleBody({
  article,
  blocks,
  components,
  onUnknownBlock,
  consent = false,
  locale,
  idPrefix = 'bs-article',
  development,
  className,
  ...rest
}: ArticleBodyProps) {
  const list: readonly (Block | UnknownBlock)[] = blocks ?? article?.blocks ?? [];
  const uiLocale = locale ?? article?.lang;
  const labels = labelsFor(uiLocale);
  const context: RenderContext = { components, locale: uiLocale, labels, consent, idPrefix };
  const showUnknown = development ?? inDevelopment();
  const Unknown = components?.unknown;

  return (
    <div
      lang={article?.lang}
      dir={article?.dir}
      {...rest}
      className={joinClass('bs-article-body bs-container', className)}
    >
      {list.map((block, index) => {
        if (!isBlockLike(block)) return null;
        // Blocks have no ids in the model; their order is their identity.
        const key = `${index}-${block.type}`;
        if (isKnown(block)) return <Fragment key={key}>{renderBlock(block, index, context)}</Fragment>;
        onUnknownBlock?.(block, index);
        // A publisher's own renderer is their choice in every build; ours is a developer's hint only.
        if (Unknown) return <Unknown key={key} block={block} />;
        return showUnknown ? <UnknownPlaceholder key={key} block={block} labels={labels} /> : null;
      })}
    </div>
  );
}
