import { Article, parseArticleHtml } from 'broadsheet';

// `html` is the body your CMS stores; embed code pasted into it becomes static tweets and link cards.
export function Story({ html, url }: { html: string; url: string }) {
  const parsed = parseArticleHtml(html, { baseUrl: url });
  if (!parsed.ok) return <p>{parsed.error.message}</p>;
  return (
    <Article
      article={parsed.value}
      header={{ kicker: 'Science', headline: 'Perseverance finds a river delta', published: '2025-02-07T14:00:00Z' }}
    />
  );
}
