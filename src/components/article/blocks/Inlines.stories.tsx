import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Inlines } from './Inlines.js';

/** The runs of text inside any block: marks, links and line breaks, always as React text nodes. */
const meta = {
  title: 'Article/Blocks/Inlines',
  component: Inlines,
  decorators: [(Story) => <p>{Story()}</p>],
  args: {
    inlines: [
      { type: 'text', text: 'Khamenei called the talks ' },
      { type: 'text', text: 'not intelligent', marks: ['em'] },
      { type: 'text', text: ', ' },
      { type: 'text', text: 'wise', marks: ['strong'] },
      { type: 'text', text: ' or ' },
      {
        type: 'link',
        href: 'https://news.example.com/iran',
        children: [{ type: 'text', text: 'honorable' }],
      },
      { type: 'break' },
      { type: 'text', text: 'H' },
      { type: 'text', text: '2', marks: ['sub'] },
      { type: 'text', text: 'O and x' },
      { type: 'text', text: '2', marks: ['sup'] },
    ],
  },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof Inlines>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: 'honorable' })).toHaveAttribute(
      'href',
      'https://news.example.com/iran',
    );
    await expect(canvasElement.querySelector('em')).toHaveTextContent('not intelligent');
    await expect(canvasElement.querySelector('br')).not.toBeNull();
  },
};

/** Markup inside text stays text: a model can't smuggle a tag in. */
export const TextThatLooksLikeMarkup: Story = {
  args: {
    inlines: [{ type: 'text', text: '<img src=x onerror=alert(1)> is shown, never run' }],
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement).toHaveTextContent('<img src=x onerror=alert(1)> is shown, never run');
  },
};

/** A link to anything but http(s) or mailto renders as its text. */
export const UnsafeLinkAsText: Story = {
  args: {
    inlines: [{ type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', text: 'click me' }] }],
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('link')).toBeNull();
    await expect(canvasElement).toHaveTextContent('click me');
  },
};
