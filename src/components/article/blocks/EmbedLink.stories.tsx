import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { blockOptions } from '../components.js';
import * as sample from '../fixtures/sample.js';
import { EmbedLink } from './EmbedLink.js';

const meta = {
  title: 'Article/Blocks/EmbedLink',
  component: EmbedLink,
  args: { block: sample.embed },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof EmbedLink>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Another provider's embed as a link card: no iframe, and with `media: 'none'` nothing loaded from the provider
 * (by default a YouTube card shows the video's still from YouTube's image host).
 */
export const TextOnly: Story = {
  args: { options: blockOptions({ media: 'none' }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link')).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    );
    await expect(canvasElement.querySelector('img, iframe')).toBeNull();
  },
};

/** Without a title the link says where it goes. */
export const Untitled: Story = {
  args: {
    block: { type: 'embed', provider: 'spotify', url: 'https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk' },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'Open on Spotify' })).toBeInTheDocument();
  },
};
