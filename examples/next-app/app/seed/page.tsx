import { Article, parseArticleText } from 'broadsheet';
import { origin, read } from '../../lib/content';

export default async function SeedPage() {
  // The copied text's "Listen To Story Above" line becomes the player for this recording.
  const parsed = parseArticleText(read('seed.txt'), {
    audio: '/story.wav',
    audioTitle: 'Read by the newsroom',
    baseUrl: await origin(),
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
