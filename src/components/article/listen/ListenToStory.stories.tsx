import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { fa } from '../../../i18n/locales/fa.js';
import { ArticleBody } from '../ArticleBody.js';
import * as sample from '../fixtures/sample.js';
import { silentWav } from '../fixtures/silent-wav.js';
import { ListenToStory } from './ListenToStory.js';

// Made once per page load: a ten-second silent recording as a blob: URL.
const audioUrl = typeof URL.createObjectURL === 'function' ? URL.createObjectURL(silentWav(10)) : undefined;

const meta = {
  title: 'Article/ListenToStory',
  component: ListenToStory,
  args: { src: audioUrl, title: 'Read by the newsroom' },
  parameters: { a11y: { test: 'error' } },
} satisfies Meta<typeof ListenToStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** With a recording: play/pause, seek, time and speed, all from the keyboard. */
export const WithAudio: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: /Listen to this story/ })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const group = await canvas.findByRole('group', { name: 'Story audio: Read by the newsroom' });
    const seek = within(group).getByRole('slider', { name: 'Position' });
    await waitFor(() => expect(seek).toHaveAttribute('aria-valuetext', '0:00 / 0:10'));

    const toggle = within(group).getByRole('button', { name: /^(Play|Pause)$/ });
    await expect(toggle).toHaveFocus();
    const audio = canvasElement.querySelector('audio') as HTMLAudioElement;
    // Space toggles. A test browser may refuse to start sound without a real
    // gesture (autoplay policy); then the button must still say "Play".
    const wasPaused = audio.paused;
    await userEvent.keyboard(' ');
    await new Promise((done) => setTimeout(done, 300));
    await expect(toggle).toHaveFocus();
    await expect(toggle).toHaveAccessibleName(audio.paused ? 'Play' : 'Pause');
    if (wasPaused && !audio.paused) {
      await userEvent.keyboard(' ');
      await waitFor(() => expect(audio.paused).toBe(true));
      await expect(toggle).toHaveAccessibleName('Play');
    }

    await userEvent.tab();
    await expect(seek).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(seek).toHaveAttribute('aria-valuetext', '0:10 / 0:10');
    await userEvent.keyboard('{Home}');
    await expect(seek).toHaveAttribute('aria-valuetext', '0:00 / 0:10');
    await userEvent.keyboard('{ArrowRight}');
    await expect(seek).toHaveAttribute('aria-valuetext', '0:05 / 0:10');
    await expect(audio.currentTime).toBeCloseTo(5, 0);

    await userEvent.tab();
    const speed = within(group).getByRole('button', { name: /speed/i });
    await expect(speed).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(speed).toHaveTextContent('1.25×');
    await expect(audio.playbackRate).toBe(1.25);
    for (let i = 0; i < 3; i++) await userEvent.keyboard('{Enter}');
    await expect(speed).toHaveTextContent('2×');
    await userEvent.keyboard('{Enter}');
    await expect(speed).toHaveTextContent('1×');
  },
};

/**
 * Without a recording the browser reads the body aloud, paragraph by
 * paragraph, marking the one being read. Hidden where speech is unavailable.
 */
export const WithSpeech: Story = {
  args: { src: undefined, title: undefined },
  render: () => <ArticleBody blocks={[sample.audio, sample.paragraph, sample.heading, sample.list]} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    if (!('speechSynthesis' in window)) {
      await waitFor(() => expect(canvasElement.querySelector('.bs-listen')).toBeNull());
      return;
    }
    // Headless browsers may have no voice, so reading can end at once: record what happened on the way.
    const marked: string[] = [];
    let controls = false;
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const el = record.target as HTMLElement;
        if (record.attributeName === 'data-bs-speaking' && record.oldValue === null) {
          marked.push(el.textContent?.slice(0, 20) ?? '');
        }
        for (const node of record.addedNodes) {
          if (node instanceof HTMLElement && node.querySelector('[role="group"] .bs-player-stop')) controls = true;
        }
      }
    });
    observer.observe(canvasElement, { subtree: true, childList: true, attributes: true, attributeOldValue: true });
    await userEvent.click(canvas.getByRole('button', { name: /Listen to this story/ }));
    await waitFor(() => expect(marked.length).toBeGreaterThan(0));
    observer.disconnect();
    await expect(controls).toBe(true);
    await expect(marked[0]).toBe('Iran’s supreme leade');
    const stop = canvas.queryByRole('button', { name: /Stop/ });
    if (stop) await userEvent.click(stop);
    await expect(await canvas.findByRole('button', { name: /Listen to this story/ })).toBeInTheDocument();
    await expect(canvasElement.querySelector('[data-bs-speaking]')).toBeNull();
  },
};

/** Controls in the reader's language. */
export const Persian: Story = {
  args: { locale: 'fa', labels: fa, dir: 'rtl', lang: 'fa' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: /شنیدن این گزارش/ })).toBeInTheDocument();
  },
};
