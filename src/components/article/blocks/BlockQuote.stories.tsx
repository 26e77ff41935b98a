import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import * as sample from '../fixtures/sample.js';
import { BlockQuote } from './BlockQuote.js';

const meta = {
  title: 'Article/Blocks/BlockQuote',
  component: BlockQuote,
  args: { block: sample.quote },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof BlockQuote>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The attribution is a figcaption outside the blockquote, so it is not read as part of the quote. */
export const WithAttribution: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('blockquote')).toHaveAttribute('cite', 'https://www.example.com/speech');
    await expect(canvasElement.querySelector('figure > figcaption')).toHaveTextContent('Ayatollah Ali Khamenei');
  },
};

export const WithoutAttribution: Story = {
  args: { block: { type: 'quote', children: sample.quote.children } },
};
