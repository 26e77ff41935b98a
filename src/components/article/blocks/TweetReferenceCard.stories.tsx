import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { blockOptions } from '../components.js';
import * as sample from '../fixtures/sample.js';
import { TweetReferenceCard } from './TweetReferenceCard.js';

const meta = {
  title: 'Article/Blocks/TweetReferenceCard',
  component: TweetReferenceCard,
  args: { block: sample.tweetReference },
  tags: ['autodocs'],
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof TweetReferenceCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A WordPress URL-only embed: one link that names the author and says where it opens, and the caption. */
export const WithCaption: Story = {
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: 'Post by @newsdesk_sample on X' });
    await expect(link).toHaveAttribute('href', 'https://x.com/newsdesk_sample/status/1887860219466527146');
    await expect(canvasElement.querySelector('figcaption')).toHaveTextContent('first post on the talks');
  },
};

/** A status URL alone on its line: no caption. */
export const Bare: Story = {
  args: { block: { ...sample.tweetReference, caption: undefined } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('figcaption')).toBeNull();
  },
};

/** In an Arabic article the label comes from the language pack and the card mirrors. */
export const Arabic: Story = {
  args: {
    block: {
      ...sample.tweetReference,
      caption: [{ type: 'text', text: 'أول منشور للمكتب عن المحادثات.' }],
      dir: 'rtl',
      lang: 'ar',
    },
    options: blockOptions({ locale: 'ar', labels: { tweetReference: 'منشور {handle} على X' } }),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'منشور @newsdesk_sample على X' })).toBeInTheDocument();
  },
};
