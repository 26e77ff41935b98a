import { act, fireEvent, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fa } from '../../../src/i18n/locales/index.js';
import { ListenToStory } from '../../../src/index.js';

const src = 'https://media.example.com/story.mp3';

function setDuration(audio: HTMLAudioElement, seconds: number) {
  Object.defineProperty(audio, 'duration', { configurable: true, value: seconds });
  fireEvent.loadedMetadata(audio);
}

describe('ListenToStory', () => {
  it('server-renders one button, with or without a recording', () => {
    for (const element of [<ListenToStory key="a" src={src} />, <ListenToStory key="b" />]) {
      const html = renderToString(element);
      expect(html).toBe(
        '<div class="bs-listen" data-mode="idle"><button type="button" class="bs-listen-start"><span aria-hidden="true" class="bs-listen-icon">▶</span> <!-- -->Listen to this story</button></div>',
      );
    }
  });

  it('hides itself where there is neither a recording nor speech synthesis', () => {
    expect('speechSynthesis' in window).toBe(false);
    const { container } = render(<ListenToStory />);
    expect(container.innerHTML).toBe('');
  });

  afterEach(() => vi.restoreAllMocks());

  it('opens a player with play, position, time and speed', async () => {
    // jsdom has no media playback; what matters here is that opening the player asks for it.
    const play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    render(<ListenToStory src={src} title="Read by Jane" className="mine" data-x="1" />);
    const root = document.querySelector('.bs-listen');
    expect(root).toHaveClass('mine');
    expect(root).toHaveAttribute('data-x', '1');
    fireEvent.click(screen.getByRole('button', { name: /Listen to this story/ }));
    const group = screen.getByRole('group', { name: 'Story audio: Read by Jane' });
    expect(group).toBeInTheDocument();
    expect(play).toHaveBeenCalledTimes(1);
    const audio = document.querySelector('audio') as HTMLAudioElement;
    expect(audio).toHaveAttribute('src', src);
    setDuration(audio, 125);
    const seek = screen.getByRole('slider', { name: 'Position' });
    expect(seek).toHaveAttribute('aria-valuetext', '0:00 / 2:05');
    expect(screen.getByRole('button', { name: 'Play' })).toHaveFocus();

    // Keys move by 5 s, 30 s, to either end.
    fireEvent.keyDown(seek, { key: 'ArrowRight' });
    expect(audio.currentTime).toBe(5);
    fireEvent.keyDown(seek, { key: 'PageUp' });
    expect(audio.currentTime).toBe(35);
    fireEvent.keyDown(seek, { key: 'ArrowLeft' });
    expect(audio.currentTime).toBe(30);
    expect(seek).toHaveAttribute('aria-valuetext', '0:30 / 2:05');
    fireEvent.keyDown(seek, { key: 'End' });
    expect(audio.currentTime).toBe(125);
    fireEvent.keyDown(seek, { key: 'Home' });
    expect(audio.currentTime).toBe(0);

    const speed = screen.getByRole('button', { name: 'Playback speed: 1×' });
    const seen: number[] = [];
    for (let i = 0; i < 5; i++) {
      fireEvent.click(speed);
      seen.push(audio.playbackRate);
    }
    expect(seen).toEqual([1.25, 1.5, 1.75, 2, 1]);

    // The play/pause button follows the element's own events.
    await act(async () => {
      fireEvent.play(audio);
    });
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await act(async () => {
      fireEvent.pause(audio);
    });
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('does not accept a javascript: or data: source', () => {
    const { container } = render(<ListenToStory src="javascript:alert(1)" />);
    // Not a recording, and jsdom cannot speak: nothing to offer.
    expect(container.innerHTML).toBe('');
    render(<ListenToStory src="data:audio/wav;base64,AAAA" />);
    expect(document.querySelector('audio')).toBeNull();
  });

  it('translates its controls', () => {
    render(<ListenToStory src={src} locale="fa" labels={fa} />);
    expect(screen.getByRole('button', { name: /شنیدن این گزارش/ })).toBeInTheDocument();
  });
});
