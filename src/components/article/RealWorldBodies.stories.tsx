import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ar } from '../../i18n/locales/ar.js';
import { ArticleBody } from './ArticleBody.js';
import {
  arabicArticle,
  copiedArticle,
  listicleArticle,
  wordpressArticle,
  wordpressResolved,
} from './real-world-story-data.js';

const meta = {
  title: 'Article/Real-world bodies',
  component: ArticleBody,
  args: { article: copiedArticle, media: 'none' },
  tags: ['autodocs'],
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof ArticleBody>;

export default meta;
type Story = StoryObj<typeof meta>;

const skipLinks = (root: HTMLElement) => [...root.querySelectorAll('a.bs-skip')].map((a) => a.textContent);

/**
 * Copied off a page whose copy glued each signature to the tweet (`…pic.twitter.com/x— Name (@h) Date`) or put
 * it inline after a space: three tweets, the intro line stays the article's, and "Advertisement" is dropped.
 */
export const GluedSignatures: Story = {
  args: { idPrefix: 'glued' },
  play: async ({ canvasElement }) => {
    await expect(skipLinks(canvasElement)).toEqual([
      'Skip post by @harbour_desk',
      'Skip post by @samokafor',
      'Skip post by @danareyes_',
    ]);
    await expect(canvasElement).not.toHaveTextContent('Advertisement');
    await expect(canvasElement.querySelectorAll('.bs-article-body > .bs-paragraph')).toHaveLength(3);
  },
};

/** A listicle: the numbers stay the article's, each tweet starts with its own words. */
export const Listicle: Story = {
  args: { article: listicleArticle, idPrefix: 'listicle' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.bs-embed .bs-tweet')).toHaveLength(3);
    const tweets = [...canvasElement.querySelectorAll('.bs-embed .bs-tweet')].map((t) => t.textContent ?? '');
    await expect(tweets[1]).toContain('I too wish to announce');
    await expect(tweets.some((text) => /^\s*[123]\./.test(text))).toBe(false);
  },
};

/**
 * An Arabic article: the reporter's paraphrase above a signature stays a paragraph (the site removed that
 * tweet), the intro ending in a colon stays the article's, and the Arabic-Indic date is read.
 */
export const ArabicIndicDates: Story = {
  args: { article: arabicArticle, labels: ar, idPrefix: 'arabic' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.bs-embed .bs-tweet')).toHaveLength(1);
    await expect(canvasElement.querySelector('.bs-embed time')).toHaveAttribute('datetime', '2025-02-07T00:00:00.000Z');
    await expect(canvasElement.querySelector('.bs-article-body')).toHaveAttribute('dir', 'rtl');
  },
};

/** A WordPress post with URL-only embed blocks: each is a "Post by @handle on X" card with its caption. */
export const WordPressUrlOnlyEmbeds: Story = {
  args: { article: wordpressArticle, idPrefix: 'wordpress' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: 'Post by @harbour_desk on X' })).toHaveAttribute(
      'href',
      'https://x.com/harbour_desk/status/1887860219466527146',
    );
    await expect(canvas.getByRole('link', { name: 'Post by @mayor_office on X' })).toBeInTheDocument();
    await expect(canvasElement).toHaveTextContent('a week before the closure');
    await expect(canvasElement).not.toHaveTextContent('Share Facebook');
  },
};

/** The same post with `resolveTweet`: the app's stored tweet takes the first card's place, caption and all. */
export const WordPressResolved: Story = {
  args: { article: wordpressResolved, idPrefix: 'resolved' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.bs-embed .bs-tweet')).toHaveLength(1);
    await expect(canvasElement.querySelectorAll('.bs-tweet-ref')).toHaveLength(1);
    await expect(canvasElement.querySelector('.bs-tweet-figure figcaption')).toHaveTextContent('a week before');
  },
};
