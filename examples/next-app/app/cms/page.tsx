import { Article, parseArticleHtml } from 'broadsheet';
import { read } from '../../lib/content';

export default function CmsPage() {
  const parsed = parseArticleHtml(read('cms.html'));
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
