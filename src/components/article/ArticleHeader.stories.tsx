import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { fa } from '../../i18n/locales/fa.js';
import { ArticleHeader } from './ArticleHeader.js';
import { seedHeader } from './story-data.js';

const meta = {
  title: 'Article/ArticleHeader',
  component: ArticleHeader,
  args: seedHeader,
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof ArticleHeader>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Kicker, headline, standfirst, byline, and published/updated as `<time>`. */
export const Full: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveClass('bs-article-headline');
    const times = canvasElement.querySelectorAll('time');
    await expect(times).toHaveLength(2);
    await expect(times[0]).toHaveAttribute('datetime', '2025-02-07T14:00:00Z');
    await expect(times[0]).toHaveTextContent('Feb 7, 2025');
  },
};

export const HeadlineOnly: Story = {
  args: {
    headline: seedHeader.headline,
    kicker: undefined,
    standfirst: undefined,
    byline: undefined,
    published: undefined,
    updated: undefined,
  },
};

/** Labels and dates in Persian. */
export const Persian: Story = {
  args: {
    locale: 'fa',
    labels: fa,
    dir: 'rtl',
    lang: 'fa',
    kicker: 'خاورمیانه',
    headline: 'خامنه‌ای: مذاکره با آمریکا عاقلانه نیست',
    standfirst: 'رهبر ایران هرگونه گفت‌وگو با واشینگتن را رد کرد.',
    byline: 'گزارشگر',
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.bs-article-date')).toHaveTextContent('انتشار');
  },
};
