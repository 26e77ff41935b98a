'use client';

import { type RefObject, useEffect, useRef, useState } from 'react';
import type { PlayerLabels } from '../../../i18n/labels.js';
import { Faces } from './Faces.js';

const readable = '.bs-paragraph, .bs-heading, .bs-list > li, .bs-quote-text > p';
const speakingAttribute = 'data-bs-speaking';

export interface SpeechReaderProps {
  labels: PlayerLabels;
  locale: string | undefined;
  target: string | undefined;
  root: RefObject<HTMLDivElement | null>;
  onStop: () => void;
}

function textContainer(root: HTMLElement | null, target: string | undefined): Element | null {
  if (target) return document.querySelector(target);
  return root?.closest('.bs-article-body, article') ?? null;
}

/** The browser reads the article aloud, block by block, marking the one it reads. */
export function SpeechReader({ labels, locale, target, root, onStop }: SpeechReaderProps) {
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
