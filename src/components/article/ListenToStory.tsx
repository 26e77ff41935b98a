'use client';

import {
  type ComponentPropsWithRef,
  type KeyboardEvent,
  type RefObject,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';
import { safeHttpUrl } from '../../model/url.js';
import { type Labels, labelsFor } from '../labels.js';
import { joinClass } from './block-attributes.js';

export interface ListenToStoryProps extends Omit<ComponentPropsWithRef<'div'>, 'children' | 'title'> {
  /** An audio file of the story. Without it the browser reads the text aloud. */
  src?: string | undefined;
  /** What the recording is, e.g. "Read by Jane Doe". */
  title?: string | undefined;
  /** Language of the controls; also the speech voice's when the text has no `lang`. */
  locale?: string | undefined;
  labels?: Partial<Labels>;
  /**
   * Where the text to read is: a CSS selector, or by default the nearest
   * `.bs-article-body` (or `article`) around the player.
   */
  target?: string;
}

type Mode = 'idle' | 'audio' | 'speech';
const speeds = [1, 1.25, 1.5, 1.75, 2] as const;
const readable = '.bs-paragraph, .bs-heading, .bs-list > li, .bs-quote-text > p';
const speakingAttribute = 'data-bs-speaking';

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '0:00';
  const s = Math.floor(seconds % 60);
  const m = Math.floor(seconds / 60) % 60;
  const h = Math.floor(seconds / 3600);
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

function canSpeak(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
}

/**
 * "Listen to this story": an audio player when there is a recording, the
 * browser's own speech otherwise. Server render and first paint are one
 * button, so the page is the same with or without JavaScript until it runs.
 */
export function ListenToStory({
  src,
  title,
  locale,
  labels: overrides,
  target,
  className,
  ...rest
}: ListenToStoryProps) {
  const labels = labelsFor(locale, overrides);
  const audioSrc = safeHttpUrl(src) ?? (src?.startsWith('blob:') ? src : undefined);
  const [mode, setMode] = useState<Mode>('idle');
  const [supported, setSupported] = useState(true);
  const root = useRef<HTMLDivElement>(null);
  const stop = useCallback(() => setMode('idle'), []);

  useEffect(() => {
    if (!audioSrc && !canSpeak()) setSupported(false);
  }, [audioSrc]);

  if (!supported) return null;

  return (
    <div {...rest} ref={root} className={joinClass('bs-listen', className)} data-mode={mode}>
      {mode === 'idle' ? (
        <button type="button" className="bs-listen-start" onClick={() => setMode(audioSrc ? 'audio' : 'speech')}>
          <span aria-hidden="true" className="bs-listen-icon">
            ▶
          </span>{' '}
          {labels.listen}
        </button>
      ) : mode === 'audio' && audioSrc ? (
        <AudioPlayer src={audioSrc} title={title} labels={labels} locale={locale} />
      ) : (
        <SpeechReader labels={labels} locale={locale} target={target} root={root} onStop={stop} />
      )}
    </div>
  );
}

/**
 * A toggle's two faces in one grid cell, the other one invisible: the button
 * keeps the width of the wider, so pressing it never rewraps the player (no
 * layout shift). The button's name is the face shown, set by the caller.
 */
function Faces({ faces, shown }: { faces: [string, string]; shown: 0 | 1 }) {
  return (
    <span className="bs-player-faces" aria-hidden="true">
      {faces.map((face, i) => (
        <span key={face} data-shown={i === shown ? '' : undefined}>
          {face}
        </span>
      ))}
    </span>
  );
}

function start(element: HTMLMediaElement, refused: () => void) {
  // A browser that refuses (autoplay policy) rejects; older engines return nothing at all.
  const result: Promise<void> | undefined = element.play();
  result?.catch(refused);
}

interface AudioPlayerProps {
  src: string;
  title: string | undefined;
  labels: Labels;
  locale: string | undefined;
}

function AudioPlayer({ src, title, labels, locale }: AudioPlayerProps) {
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

interface SpeechReaderProps {
  labels: Labels;
  locale: string | undefined;
  target: string | undefined;
  root: RefObject<HTMLDivElement | null>;
  onStop: () => void;
}

function textContainer(root: HTMLElement | null, target: string | undefined): Element | null {
  if (target) return document.querySelector(target);
  return root?.closest('.bs-article-body, article') ?? null;
}

function SpeechReader({ labels, locale, target, root, onStop }: SpeechReaderProps) {
  const [paused, setPaused] = useState(false);
  const [current, setCurrent] = useState(0);
  const [total, setTotal] = useState(0);
  const pauseButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const synth = window.speechSynthesis;
    const container = textContainer(root.current, target);
    // Embeds are someone else's words with their own skip links; pull quotes repeat the text.
    const parts = [...(container?.querySelectorAll<HTMLElement>(readable) ?? [])].filter(
      (el) => !el.closest('.bs-embed, .bs-pullquote') && (el.textContent ?? '').trim() !== '',
    );
    setTotal(parts.length);
    let index = 0;
    let cancelled = false;
    const mark = (el: HTMLElement | undefined) => {
      for (const p of parts) p.removeAttribute(speakingAttribute);
      el?.setAttribute(speakingAttribute, '');
    };
    const speakNext = () => {
      const el = parts[index];
      if (cancelled) return;
      if (!el) {
        mark(undefined);
        onStop();
        return;
      }
      mark(el);
      setCurrent(index + 1);
      // Smooth scrolling is motion: not for a reader who asked for less.
      const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      el.scrollIntoView?.({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
      const utterance = new SpeechSynthesisUtterance(el.textContent ?? '');
      const lang = el.closest<HTMLElement>('[lang]')?.lang || locale;
      if (lang) utterance.lang = lang;
      utterance.onend = () => {
        index += 1;
        speakNext();
      };
      utterance.onerror = (event) => {
        // Our own cancel (stop, unmount) ends here too; an engine that can't speak stops the reading.
        if (cancelled || event.error === 'interrupted' || event.error === 'canceled') return;
        mark(undefined);
        onStop();
      };
      synth.speak(utterance);
    };
    synth.cancel();
    pauseButton.current?.focus();
    speakNext();
    return () => {
      cancelled = true;
      synth.cancel();
      mark(undefined);
    };
  }, [locale, target, root, onStop]);

  const togglePause = () => {
    if (paused) window.speechSynthesis.resume();
    else window.speechSynthesis.pause();
    setPaused(!paused);
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of controls, not a form field set
    <div className="bs-player" role="group" aria-label={labels.listen}>
      <button
        type="button"
        ref={pauseButton}
        className="bs-player-toggle"
        onClick={togglePause}
        aria-label={paused ? labels.resume : labels.pause}
      >
        <Faces faces={[`❚❚ ${labels.pause}`, `▶ ${labels.resume}`]} shown={paused ? 1 : 0} />
      </button>
      <button type="button" className="bs-player-stop" onClick={onStop}>
        <span aria-hidden="true">■</span> {labels.stop}
      </button>
      <span className="bs-player-time">
        {current} / {total}
      </span>
    </div>
  );
}
