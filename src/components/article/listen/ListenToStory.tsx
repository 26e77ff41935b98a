'use client';

import { type ComponentPropsWithRef, type Ref, useCallback, useEffect, useRef, useState } from 'react';
import { playerEn } from '../../../i18n/en/player.js';
import type { Labels } from '../../../i18n/labels.js';
import { withLabels } from '../../../i18n/pick.js';
import { safeHttpUrl } from '../../../model/shared/url.js';
import { joinClass } from '../block-attributes.js';
import { AudioPlayer } from './AudioPlayer.js';
import { SpeechReader } from './SpeechReader.js';

export interface ListenToStoryProps extends Omit<ComponentPropsWithRef<'div'>, 'children' | 'title'> {
  /** An audio file of the story. Without it the browser reads the text aloud. */
  src?: string | undefined;
  /** What the recording is, e.g. "Read by Jane Doe". */
  title?: string | undefined;
  /** Number format of the controls; also the speech voice's language when the text has no `lang`. */
  locale?: string | undefined;
  /** The player's strings, e.g. a pack from `broadsheet/locales`. */
  labels?: Partial<Labels> | undefined;
  /**
   * Where the text to read is: a CSS selector, or by default the nearest
   * `.bs-article-body` (or `article`) around the player.
   */
  target?: string;
}

type Mode = 'idle' | 'audio' | 'speech';

function canSpeak(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window;
}

function assignRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
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
  ref,
  ...rest
}: ListenToStoryProps) {
  const labels = withLabels(playerEn, overrides);
  const audioSrc = safeHttpUrl(src) ?? (typeof src === 'string' && src.startsWith('blob:') ? src : undefined);
  const [mode, setMode] = useState<Mode>('idle');
  const [supported, setSupported] = useState(true);
  const root = useRef<HTMLDivElement | null>(null);
  const stop = useCallback(() => setMode('idle'), []);
  // The reader finds the text around the player, and the caller's ref reaches the same root.
  const setRoot = useCallback(
    (node: HTMLDivElement | null) => {
      root.current = node;
      assignRef(ref, node);
    },
    [ref],
  );

  useEffect(() => {
    if (!audioSrc && !canSpeak()) setSupported(false);
  }, [audioSrc]);

  if (!supported) return null;

  return (
    <div {...rest} ref={setRoot} className={joinClass('bs-listen', className)} data-mode={mode}>
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
