import 'broadsheet/styles.css';
import {
  Article,
  parseArticleHtml,
  parseArticleText,
  parseSyndicationTweet,
  Tweet,
  TweetUnavailable,
  unavailableReason,
} from 'broadsheet';
import { type JSX, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The pages' input, bundled as an app would fetch it from its CMS.
import cms from '../../content/cms.html?raw';
import seed from '../../content/seed.txt?raw';
import tweetJson from '../../content/tweet.json';

function SeedPage() {
  // The copied text's "Listen To Story Above" line becomes the player for this recording.
  const parsed = parseArticleText(seed, {
    audio: '/story.wav',
    audioTitle: 'Read by the newsroom',
    baseUrl: location.href,
  });
  if (!parsed.ok) return <p>{parsed.error.message}</p>;
  return (
    <Article
      article={parsed.value}
      header={{
        kicker: 'Middle East',
        headline: 'Khamenei rejects talks with the US',
        published: '2025-02-07T14:00:00Z',
      }}
    />
  );
}

function TweetPage() {
  const result = parseSyndicationTweet(tweetJson);
  return (
    <>
      <h1>A tweet from its JSON</h1>
      {result.ok ? (
        <Tweet tweet={result.value} locale="en" />
      ) : (
        <TweetUnavailable reason={unavailableReason(result.error)} />
      )}
    </>
  );
}

function CmsPage() {
  const parsed = parseArticleHtml(cms);
  if (!parsed.ok) return <p>{parsed.error.message}</p>;
  // consent: the stored tweet stays text-only until the reader allows X (remembered in this browser).
  return (
    <Article
      article={parsed.value}
      header={{ kicker: 'Harbour', headline: 'The night the harbour wall held', published: '2024-05-14T07:00:00Z' }}
      body={{ requireConsent: true }}
    />
  );
}

function Home() {
  return (
    <>
      <h1>Broadsheet in a Vite app</h1>
      <p>Rendered in the browser: the same components, no server.</p>
    </>
  );
}

const pages: Record<string, () => JSX.Element> = { '/seed': SeedPage, '/tweet': TweetPage, '/cms': CmsPage };
const Page = pages[location.pathname] ?? Home;

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <nav aria-label="Examples">
      <a href="/">Home</a> · <a href="/seed">Copied text</a> · <a href="/tweet">Tweet</a> ·{' '}
      <a href="/cms">CMS article</a>
    </nav>
    <main>
      <Page />
    </main>
  </StrictMode>,
);
