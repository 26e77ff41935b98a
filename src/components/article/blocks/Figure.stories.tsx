import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import * as sample from '../fixtures/sample.js';
import { paragraph } from '../fixtures/sample.js';
import { figureUrl } from '../story-data.js';
import { Figure } from './Figure.js';
import { Paragraph } from './Paragraph.js';

const meta = {
  title: 'Article/Blocks/Figure',
  component: Figure,
  args: { block: { ...sample.figure, src: figureUrl, width: 1200, height: 675 } },
  parameters: { a11y: { test: 'error' } },
  decorators: [
    (Story) => (
      <div className="bs-article-body bs-container">
        <Paragraph block={paragraph} />
        <Story />
        <Paragraph block={paragraph} />
      </div>
    ),
  ],
} satisfies Meta<typeof Figure>;

export default meta;
type Story = StoryObj<typeof meta>;

/** At the text measure, with caption and credit; the image loads lazily at its known size. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const img = within(canvasElement).getByRole('img', { name: sample.figure.alt });
    await expect(img).toHaveAttribute('loading', 'lazy');
    await expect(img).toHaveAttribute('width', '1200');
  },
};

/** Breaks out of the measure where the container has room. */
export const Wide: Story = { args: { size: 'wide' } };

/** The whole width of the body. */
export const FullBleed: Story = { args: { size: 'full' } };

export const NoCaption: Story = {
  args: { block: { type: 'figure', src: figureUrl, alt: 'A red desert under a pale sun', width: 1200, height: 675 } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('figcaption')).toBeNull();
  },
};
