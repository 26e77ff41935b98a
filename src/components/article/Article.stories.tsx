import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { fa } from '../../i18n/locales/fa.js';
import { storyLocale } from '../story-locale.js';
import { Article } from './Article.js';
import { ArticleJsonLd } from './ArticleJsonLd.js';
import { cmsArticle, persianArticle, seedArticle, seedHeader } from './story-data.js';

const meta = {
  title: 'Article/Article',
  component: Article,
  args: { article: seedArticle, header: seedHeader },
  parameters: { a11y: { test: 'error' }, layout: 'fullscreen' },
} satisfies Meta<typeof Article>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The seed article, parsed from its copied text with `parseArticleText`, as a
 * full page. Switch theme, direction and language from the toolbar.
 */
export const SeedPage: Story = {
  render: (args, { globals }) => (
    <>
      <ArticleJsonLd
        article={args.article}
        meta={{ headline: seedHeader.headline, datePublished: seedHeader.published }}
      />
      <Article {...args} {...storyLocale(args, globals)} />
    </>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Khamenei rejects talks');
    await expect(canvasElement.querySelectorAll('.bs-article-body > .bs-paragraph')).toHaveLength(10);
    await expect(canvasElement.querySelectorAll('.bs-embed .bs-tweet')).toHaveLength(2);
    await expect(canvas.getByRole('button', { name: /Listen to this story/ })).toBeInTheDocument();
  },
};

/** A skip link moves keyboard focus past the whole tweet. */
export const SkipLinkPastTweet: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const skip = canvas.getByRole('link', { name: 'Skip post by @tint1281481' });
    skip.focus();
    await expect(skip).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const end = canvasElement.querySelector(skip.getAttribute('href') ?? '') as HTMLElement;
    await expect(end).toHaveFocus();
    await userEvent.tab();
    // The next stop is after the tweet: the second tweet's skip link.
    await expect(canvas.getByRole('link', { name: 'Skip post by @0xm0m0' })).toHaveFocus();
  },
};

/**
 * A CMS body as stored: a WordPress pull quote, X's embed code (blockquote and
 * widgets script), a list, a figure, a YouTube iframe and an inline handler —
 * parsed by `parseArticleHtml`, so only the safe parts arrive.
 */
export const FromCmsHtml: Story = {
  args: {
    article: cmsArticle,
    header: {
      kicker: 'Science',
      headline: 'Perseverance sends its first close-ups from Jezero crater',
      byline: 'By Science Desk',
      published: '2021-02-20T09:00:00Z',
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('complementary', { name: 'Pull quote' })).toHaveTextContent('Every picture tells');
    await expect(canvasElement.querySelector('.bs-tweet')).not.toBeNull();
    await expect(canvasElement.querySelector('iframe, script:not([type="application/ld+json"])')).toBeNull();
    await expect(canvas.getByRole('link', { name: /Descent and Touchdown/ })).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=4czjS9h4Fpg',
    );
    await expect(canvas.getByRole('img', { name: /Jezero crater/ })).toHaveAttribute('loading', 'lazy');
    await expect(canvasElement.querySelector('[onclick]')).toBeNull();
  },
};

/** A Persian article: right to left from the article's own `dir`, labels from the Persian pack. */
export const Persian: Story = {
  args: {
    article: persianArticle,
    labels: fa,
    header: {
      kicker: 'خاورمیانه',
      headline: 'خامنه‌ای: مذاکره با آمریکا عاقلانه نیست',
      standfirst: 'رهبر ایران چند روز پس از بازگشت سیاست «فشار حداکثری» هرگونه گفت‌وگو با واشینگتن را رد کرد.',
      byline: 'گزارشگر',
      published: '2025-02-07T14:00:00Z',
    },
  },
  play: async ({ canvasElement }) => {
    const article = canvasElement.querySelector('article.bs-article');
    await expect(article).toHaveAttribute('dir', 'rtl');
    await expect(article).toHaveAttribute('lang', 'fa');
    await expect(within(canvasElement).getByRole('complementary', { name: 'نقل‌قول برجسته' })).toBeInTheDocument();
  },
};

/** In a narrow column the pull quote stops floating and takes the full width. */
export const NarrowColumn: Story = {
  args: { article: cmsArticle, header: { headline: 'Perseverance in a sidebar-width column' } },
  decorators: [
    (Story) => (
      <div style={{ maxInlineSize: '22rem' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const quote = canvasElement.querySelector('.bs-pullquote') as HTMLElement;
    await expect(getComputedStyle(quote).float).toBe('none');
  },
};

/**
 * A wide column (60rem, never wider than the window, so a phone doesn't
 * scroll sideways): the pull quote floats beside the text once the article
 * is 40rem wide.
 */
export const WideColumn: Story = {
  args: { article: cmsArticle, header: { headline: 'Perseverance in a wide column' } },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: '60rem', maxInlineSize: '100%' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const quote = canvasElement.querySelector('.bs-pullquote') as HTMLElement;
    const article = canvasElement.querySelector('.bs-article') as HTMLElement;
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
    const floats = ['right', 'left', 'inline-end', 'inline-start'];
    if (article.getBoundingClientRect().width >= 40 * rem)
      await expect(floats).toContain(getComputedStyle(quote).float);
    else await expect(getComputedStyle(quote).float).toBe('none');
  },
};
