import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { EmbedLink } from './EmbedLink.js';
import * as sample from './fixtures/sample.js';

const meta = {
  title: 'Article/Blocks/EmbedLink',
  component: EmbedLink,
  args: { block: sample.embed },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof EmbedLink>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Another provider's embed as a link card: no iframe, nothing loaded from the provider. */
export const TextOnly: Story = {
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
