import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ConsentGate } from './ConsentGate.js';
import { EmbedFrame } from './EmbedFrame.js';

/**
 * The parts `ArticleBody` wraps every embed in: a skip link before it and a
 * focusable end marker after it, and optionally a consent gate that shows a
 * text-only fallback until the reader allows the provider.
 */
const meta = {
  title: 'Article/Embed parts/EmbedFrame',
  component: EmbedFrame,
  args: {
    id: 'story-frame',
    provider: 'example',
    skipLabel: 'Skip embedded content from Example',
    endLabel: 'End of embedded content',
    children: (
      <p>
        An embed with <a href="https://example.com/one">one link</a> and <a href="https://example.com/two">another</a>.
      </p>
    ),
  },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof EmbedFrame>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The skip link appears on focus and moves focus past the embed's links to its end marker. */
export const SkipPast: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    const skip = canvas.getByRole('link', { name: 'Skip embedded content from Example' });
    await expect(skip).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvasElement.querySelector('#story-frame-end')).toHaveFocus();
  },
};

/** Behind a consent gate: the fallback and a button until the reader allows the provider, remembered per provider. */
export const WithConsentGate: Story = {
  args: {
    children: (
      <ConsentGate
        provider="example-story"
        fallback={<p>The post’s text, with nothing loaded from Example.</p>}
        notice="This content is hosted by Example. Showing it may set cookies."
        allowLabel="Show content from Example"
      >
        <p>The full embed, with Example’s media.</p>
      </ConsentGate>
    ),
  },
  beforeEach: () => localStorage.removeItem('broadsheet:consent:example-story'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/nothing loaded from Example/)).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Show content from Example' }));
    await waitFor(() => expect(canvas.getByText(/with Example’s media/)).toBeInTheDocument());
    await expect(canvasElement.querySelector('.bs-consent')).toHaveFocus();
    await expect(localStorage.getItem('broadsheet:consent:example-story')).toBe('allow');
    localStorage.removeItem('broadsheet:consent:example-story');
  },
};
