import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { storyLocale } from '../story-locale.js';
import { TweetSkeleton } from './TweetSkeleton.js';

const meta = {
  title: 'Tweet/TweetSkeleton',
  component: TweetSkeleton,
  render: (args, { globals }) => <TweetSkeleton {...args} {...storyLocale(args, globals)} />,
  parameters: { a11y: { test: 'error' } },
  // Says it loads nothing from third parties: tests/visual/third-party.spec.ts holds it to that.
  tags: ['no-third-party'],
} satisfies Meta<typeof TweetSkeleton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const status = within(canvasElement).getByRole('status');
    await expect(status).toHaveTextContent('Loading post…');
    // It occupies a tweet's footprint, so the real tweet replaces it without a jump.
    await expect(status.getBoundingClientRect().height).toBeGreaterThan(250);
  },
};

export const Japanese: Story = {
  args: { locale: 'ja' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('ポストを読み込んでいます…');
  },
};
