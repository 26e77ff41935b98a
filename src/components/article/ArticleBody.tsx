import { type ComponentPropsWithRef, type ComponentType, Fragment, type ReactNode } from 'react';
import { fillLabel } from '../../i18n/fill.js';
import { blockProblem } from '../../model/article/block-shape.js';
import { providerName } from '../../model/article/embed-providers.js';
import { MAX_POSTS } from '../../model/article/limits.js';
import { postAsQuote } from '../../model/article/post-quote.js';
import type { Article, Block } from '../../model/article/types.js';
import { postHandle } from '../tweet/network.js';
import { joinClass } from './block-attributes.js';
import { defaultBlocks } from './blocks/defaults.js';
import {
  type ArticleRenderOptions,
  type BlockOptions,
  type BlockProps,
  blockOptions,
  type UnknownBlock,
} from './components.js';
import { ConsentGate } from './embed/ConsentGate.js';
import { EmbedFrame } from './embed/EmbedFrame.js';
import { thirdPartyProvider, tweetWithoutMedia } from './embed/third-party-media.js';

export interface ArticleBodyProps extends Omit<ComponentPropsWithRef<'div'>, 'children'>, ArticleRenderOptions {
  /** A parsed article; its `lang` and `dir` go on the body, and its `lang` is the default `locale`. */
  article?: Article;
  /** Blocks on their own, when there is no article object. */
  blocks?: readonly (Block | UnknownBlock)[];
  /**
   * Called for every block whose type this version does not know (also in
   * production). It runs during render: expect a second call under StrictMode.
   */
  onUnknownBlock?: (block: UnknownBlock, index: number) => void;
  /**
   * Called for every block of a known type whose shape is wrong (stored JSON
   * with a paragraph without children, a text inline holding an object…),
   * with what is wrong. Such a block renders nothing (the development
   * placeholder outside production). Runs during render, like `onUnknownBlock`.
   */
  onInvalidBlock?: (block: UnknownBlock, index: number, problem: string) => void;
  /**
   * Tweets and other providers' embeds stay text-only until the reader allows
   * that provider (a client island remembers the choice per provider).
   */
  requireConsent?: boolean;
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

function isKnown(block: Block | UnknownBlock): block is Block {
  return Object.hasOwn(defaultBlocks, block.type);
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

function UnknownPlaceholder({
  block,
  options,
  problem,
}: {
  block: UnknownBlock;
  options: BlockOptions;
  problem?: string;
}) {
  const type = String(block.type);
  return (
    <p className="bs-unknown-block" data-type={type} data-invalid={problem === undefined ? undefined : ''}>
      {problem === undefined
        ? fillLabel(options.strings.unknownBlock, { type })
        : fillLabel(options.strings.invalidBlock, { type, problem })}
    </p>
  );
}

interface BodyContext {
  options: BlockOptions;
  requireConsent: boolean;
  idPrefix: string;
}

function renderKnown(block: Block, options: BlockOptions): ReactNode {
  const Renderer = (options.components?.[block.type] ?? defaultBlocks[block.type]) as ComponentType<BlockProps>;
  return <Renderer block={block} options={options} />;
}

function embedLabels(block: Block, options: BlockOptions): { skip: string; end: string } | undefined {
  const { strings } = options;
  if (block.type === 'tweet') {
    const handle = postHandle(block.tweet.author);
    return { skip: fillLabel(strings.skipPost, { handle }), end: fillLabel(strings.endOfPost, { handle }) };
  }
  if (block.type === 'embed') {
    const provider = providerName(block.provider);
    return { skip: fillLabel(strings.skipEmbed, { provider }), end: fillLabel(strings.endOfEmbed, { provider }) };
  }
  return undefined;
}

function renderBlock(block: Block, index: number, context: BodyContext): ReactNode {
  const { options } = context;
  const frame = embedLabels(block, options);
  if (!frame) return renderKnown(block, options);

  const provider = thirdPartyProvider(block);
  let content: ReactNode;
  if (context.requireConsent && provider) {
    const name = providerName(provider);
    // Our own tweet renderer turns media into their alt text; an override gets a tweet with no media to load.
    const textOnly: Block =
      block.type === 'tweet' && options.components?.tweet ? { ...block, tweet: tweetWithoutMedia(block.tweet) } : block;
    content = (
      <ConsentGate
        provider={provider}
        fallback={renderKnown(textOnly, { ...options, media: 'none' })}
        notice={fillLabel(options.strings.consentNotice, { provider: name })}
        allowLabel={fillLabel(options.strings.consentShow, { provider: name })}
      >
        {renderKnown(block, options)}
      </ConsentGate>
    );
  } else {
    content = renderKnown(block, options);
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
  tweet,
  locale,
  timeZone,
  labels,
  imageLoader,
  media,
  Link,
  onUnknownBlock,
  onInvalidBlock,
  requireConsent = false,
  idPrefix = 'bs-article',
  development,
  className,
  ...rest
}: ArticleBodyProps) {
  const given: unknown = blocks ?? article?.blocks;
  const list: readonly unknown[] = Array.isArray(given) ? given : [];
  const options = blockOptions({
    locale: locale ?? article?.lang,
    timeZone,
    labels,
    imageLoader,
    media,
    Link,
    components,
    tweet,
  });
  const context: BodyContext = { options, requireConsent, idPrefix };
  const showUnknown = development ?? inDevelopment();
  const Unknown = components?.unknown;
  let posts = 0;

  return (
    <div
      lang={article?.lang}
      dir={article?.dir}
      {...rest}
      className={joinClass('bs-article-body bs-container', className)}
    >
      {list.map((block, index) => {
        if (!isBlockLike(block)) return null;
        // Blocks have no ids in the model; their order is their identity. (A block of another type at the same
        // place is another element type, which React mounts anew without the type in the key; a string key per
        // block was a third of rendering 40,000 stored blocks.)
        const key = index;
        if (isKnown(block)) {
          const problem = blockProblem(block);
          if (problem === undefined) {
            // Past the article's post budget a stored post is the quote it also is, as the parsers read embeds.
            const shown = block.type === 'tweet' && ++posts > MAX_POSTS ? postAsQuote(block.tweet) : block;
            return <Fragment key={key}>{renderBlock(shown, index, context)}</Fragment>;
          }
          const stored = block as unknown as UnknownBlock;
          onInvalidBlock?.(stored, index, problem);
          return showUnknown ? (
            <UnknownPlaceholder key={key} block={stored} options={options} problem={problem} />
          ) : null;
        }
        onUnknownBlock?.(block, index);
        // A publisher's own renderer is their choice in every build; ours is a developer's hint only.
        if (Unknown) return <Unknown key={key} block={block} />;
        return showUnknown ? <UnknownPlaceholder key={key} block={block} options={options} /> : null;
      })}
    </div>
  );
}
