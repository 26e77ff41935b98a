// app/story/[slug]/page.tsx — a Next.js App Router page: a server component, no client JavaScript for the tweet.
import { Article, parseArticleHtml } from 'broadsheet';

interface StoredStory {
  headline: string;
  html: string;
  url: string;
  published: string;
}

// Your storage: the CMS, a database, a file. Declared here so the sample stands alone.
declare function loadStory(slug: string): Promise<StoredStory>;

async function story(slug: string) {
  'use cache'; // Next's cache directive: the parsed article is cached per slug (needs `cacheComponents` in next.config)
  const stored = await loadStory(slug);
  return { stored, parsed: parseArticleHtml(stored.html, { baseUrl: stored.url }) };
}

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { stored, parsed } = await story((await params).slug);
  if (!parsed.ok) return <p>{parsed.error.message}</p>;
  return <Article article={parsed.value} header={{ headline: stored.headline, published: stored.published }} />;
}
