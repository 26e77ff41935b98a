'use client';

import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { PlayerLabels } from '../../../i18n/labels.js';
import { Faces } from './Faces.js';

const speeds = [1, 1.25, 1.5, 1.75, 2] as const;

/** `83` → `1:23`; hours only when the story is that long. */
export function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '0:00';
  const s = Math.floor(seconds % 60);
  const m = Math.floor(seconds / 60) % 60;
  const h = Math.floor(seconds / 3600);
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

function start(element: HTMLMediaElement, refused: () => void) {
  // A browser that refuses (autoplay policy) rejects; older engines return nothing at all.
  const result: Promise<void> | undefined = element.play();
  result?.catch(refused);
}

export interface AudioPlayerProps {
  src: string;
  title: string | undefined;
  labels: PlayerLabels;
  locale: string | undefined;
}

/** The recording: play/pause, seek (5 s per arrow, 30 s per page), time and speed. */
export function AudioPlayer({ src, title, labels, locale }: AudioPlayerProps) {
  const audio = useRef<HTMLAudioElement>(null);
  const playButton = useRef<HTMLButtonElement>(null);
  const [playing, setPlaying] = useState(false);
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState(0);
  const [speed, setSpeed] = useState<number>(1);

  useEffect(() => {
    // The reader pressed "Listen": start straight away, with focus on the control that stops it.
    playButton.current?.focus();
    if (audio.current) start(audio.current, () => setPlaying(false));
  }, []);

  const toggle = () => {
    const element = audio.current;
    if (!element) return;
    if (element.paused) start(element, () => setPlaying(false));
    else element.pause();
  };

  const seekTo = (seconds: number) => {
    const element = audio.current;
    if (!element) return;
    const end = Number.isFinite(element.duration) ? element.duration : 0;
    element.currentTime = Math.min(Math.max(seconds, 0), end);
    setTime(element.currentTime);
  };

  // A range input steps by 1 on arrow keys; a story wants bigger steps, the same in every browser.
  const onSeekKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const steps: Record<string, number> = {
      ArrowRight: 5,
      ArrowUp: 5,
      ArrowLeft: -5,
      ArrowDown: -5,
      PageUp: 30,
      PageDown: -30,
    };
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    let step = steps[event.key];
    if (event.key === 'Home') {
      event.preventDefault();
      seekTo(0);
      return;
    }
    if (event.key === 'End') {
      event.preventDefault();
      seekTo(duration);
      return;
    }
    if (step === undefined) return;
    if (rtl && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) step = -step;
    event.preventDefault();
    seekTo(time + step);
  };

  const nextSpeed = () => {
    const index = speeds.indexOf(speed as (typeof speeds)[number]);
    const value = speeds[(index + 1) % speeds.length] ?? 1;
    if (audio.current) audio.current.playbackRate = value;
    setSpeed(value);
  };

  const speedText = `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(speed)}×`;

  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of controls, not a form field set
    <div className="bs-player" role="group" aria-label={title ? `${labels.player}: ${title}` : labels.player}>
      {/* biome-ignore lint/a11y/useMediaCaption: the transcript is the article itself, right here */}
      <audio
        ref={audio}
        src={src}
        preload="metadata"
        onPlay={() => setPlaying(true)}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
        onTimeUpdate={(e) => setTime(e.currentTarget.currentTime)}
        onLoadedMetadata={(e) => setDuration(e.currentTarget.duration)}
        onDurationChange={(e) => setDuration(e.currentTarget.duration)}
      />
      <button
        type="button"
        ref={playButton}
        className="bs-player-toggle"
        onClick={toggle}
        data-playing={playing || undefined}
        aria-label={playing ? labels.pause : labels.play}
      >
        <Faces faces={[`▶ ${labels.play}`, `❚❚ ${labels.pause}`]} shown={playing ? 1 : 0} />
      </button>
      <input
        type="range"
        className="bs-player-seek"
        aria-label={labels.seek}
        aria-valuetext={`${clock(time)} / ${clock(duration)}`}
        min={0}
        max={Number.isFinite(duration) ? duration : 0}
        step="any"
        value={time}
        onChange={(e) => seekTo(Number(e.currentTarget.value))}
        onKeyDown={onSeekKey}
      />
      <span className="bs-player-time">
        <span>{clock(time)}</span> / <span>{clock(duration)}</span>
      </span>
      <button
        type="button"
        className="bs-player-speed"
        onClick={nextSpeed}
        aria-label={`${labels.speed}: ${speedText}`}
      >
        {speedText}
      </button>
    </div>
  );
}
