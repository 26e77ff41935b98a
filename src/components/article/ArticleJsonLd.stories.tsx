import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { articleJsonLd } from '../../model/article/json-ld.js';
import { ArticleJsonLd } from './ArticleJsonLd.js';
import { seedArticle, seedHeader } from './story-data.js';

/**
 * `ArticleJsonLd` renders an invisible `<script type="application/ld+json">`.
 * These stories print the same data beside it so you can read what search
 * engines get.
 */
const meta = {
  title: 'Article/ArticleJsonLd',
  component: ArticleJsonLd,
  args: {
    article: seedArticle,
    meta: {
      headline: seedHeader.headline,
      description: seedHeader.standfirst,
      url: 'https://news.example.com/world/khamenei-rejects-talks',
      datePublished: seedHeader.published,
      dateModified: seedHeader.updated,
      authors: ['Staff Reporter'],
      publisher: { name: 'The Example Times', url: 'https://news.example.com/' },
      section: 'Middle East',
    },
  },
  render: (args) => (
    <>
      <ArticleJsonLd {...args} />
      <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: '0.8rem' }}>
        {JSON.stringify(articleJsonLd(args.article, args.meta), null, 2)}
      </pre>
    </>
  ),
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof ArticleJsonLd>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed article as a schema.org NewsArticle with `speakable`. */
export const NewsArticle: Story = {
  play: async ({ canvasElement }) => {
    const script = canvasElement.querySelector('script[type="application/ld+json"]');
    const data = JSON.parse(script?.textContent ?? '{}');
    await expect(data['@type']).toBe('NewsArticle');
    await expect(data.headline).toBe(seedHeader.headline);
    await expect(data.speakable).toBeDefined();
    await expect(canvasElement.querySelector('pre')).toHaveTextContent('"NewsArticle"');
  },
};

/** A headline that tries to close the script: it stays data. */
export const HostileHeadline: Story = {
  args: {
    meta: { headline: 'Breaking </script><script>alert(1)</script> news' },
  },
  play: async ({ canvasElement }) => {
    const scripts = canvasElement.querySelectorAll('script');
    await expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts[0]?.textContent ?? '{}');
    await expect(data.headline).toBe('Breaking </script><script>alert(1)</script> news');
  },
};
