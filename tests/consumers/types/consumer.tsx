// What an app writes against Broadsheet's types. Checked (never run) under
// three moduleResolution settings; a mistake in the shipped .d.ts files, or a
// type users reach for that is not exported, fails here.
import {
  Article,
  ArticleBody,
  type ArticleComponents,
  type BlockProps,
  type FigureBlock,
  type LinkProps,
  type ParseResult,
  parseArticleHtml,
  parseSyndicationTweet,
  parseTweetEmbed,
  readTweetEmbed,
  Tweet,
  type TweetComponents,
  type Tweet as TweetData,
  TweetEmbed,
  type TweetErrorCode,
  type TweetProps,
  TweetUnavailable,
  unavailableReason,
} from 'broadsheet';
import type { ReactNode } from 'react';

export function Post({ json }: { json: unknown }): ReactNode {
  const result: ParseResult<TweetData, TweetErrorCode> = parseSyndicationTweet(json);
  if (!result.ok) return <TweetUnavailable reason={unavailableReason(result.error)} locale="de" />;
  const id: string | undefined = result.value.id;
  return <Tweet tweet={result.value} locale="en" timeZone="Europe/Berlin" media="none" data-id={id} />;
}

export const Stored = ({ html }: { html: string }) => (
  <TweetEmbed embed={readTweetEmbed(html)} className="story-embed" />
);

// Overrides are typed with exactly what they render.
function Photo({ block }: BlockProps<FigureBlock>) {
  return <img src={block.src} alt={block.alt} width={block.width} height={block.height} />;
}
const components: ArticleComponents = {
  figure: Photo,
  marks: { strong: ({ children }) => <b>{children}</b> },
};
// One Link for every link in the article and in its tweets, e.g. the app router's.
const RouterLink = ({ href, children, ...rest }: LinkProps) => (
  <a {...rest} href={href} data-router="">
    {children}
  </a>
);
const tweetParts: Partial<TweetComponents> = {
  Avatar: ({ src, width, height, className }) => (
    <img src={src} width={width} height={height} className={className} alt="" />
  ),
};

export function Story({ html }: { html: string }): ReactNode {
  const parsed = parseArticleHtml(html);
  if (!parsed.ok) return <p>{parsed.error.code}</p>;
  const warnings: string[] = parsed.warnings;
  return (
    <Article
      article={parsed.value}
      header={{ headline: 'The night the harbour wall held', published: '2024-05-14T07:00:00Z' }}
      Link={RouterLink}
      body={{ components, requireConsent: true, idPrefix: 'main' }}
      data-warnings={warnings.length}
    />
  );
}

export const Body = ({ html }: { html: string }) => {
  const parsed = parseArticleHtml(html);
  return parsed.ok ? <ArticleBody article={parsed.value} locale="fa" /> : null;
};

export const options: Pick<TweetProps, 'components' | 'media' | 'labels'> = {
  components: tweetParts,
  media: 'show',
  labels: { reply: 'Antworten' },
};
export const embed = parseTweetEmbed('<blockquote class="twitter-tweet"></blockquote>');

// @ts-expect-error: a TweetUnavailable reason outside the documented set is a type error
export const wrong = <TweetUnavailable reason="gone" />;
