'use client';

import { type ReactNode, useEffect, useRef, useState } from 'react';

export interface ConsentGateProps {
  /** The key the reader's choice is remembered under, e.g. `x`, `youtube`. */
  provider: string;
  /** The text-only rendering, shown until the reader allows the provider. */
  fallback: ReactNode;
  /** The full rendering with the provider's images and media. */
  children: ReactNode;
  notice: string;
  allowLabel: string;
}

const storageKey = (provider: string) => `broadsheet:consent:${provider}`;
const changed = 'broadsheet:consent';

function remembered(provider: string): boolean {
  try {
    return window.localStorage.getItem(storageKey(provider)) === 'allow';
  } catch {
    // Storage can be switched off or full; the reader is simply asked again.
    return false;
  }
}

/**
 * Third-party media only after the reader allows that provider, remembered per
 * provider. The server and the first client render are always text-only, so
 * nothing is requested before the reader has said yes, and hydration matches.
 */
export function ConsentGate({ provider, fallback, children, notice, allowLabel }: ConsentGateProps) {
  const [allowed, setAllowed] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const focusAfterAllow = useRef(false);

  useEffect(() => {
    setAllowed(remembered(provider));
    // Every gate for the same provider opens together, in this tab and others.
    const update = () => setAllowed(remembered(provider));
    window.addEventListener(changed, update);
    window.addEventListener('storage', update);
    return () => {
      window.removeEventListener(changed, update);
      window.removeEventListener('storage', update);
    };
  }, [provider]);

  useEffect(() => {
    // The button the reader pressed is gone: keep their place by focusing the content it revealed.
    if (allowed && focusAfterAllow.current) {
      focusAfterAllow.current = false;
      root.current?.focus();
    }
  }, [allowed]);

  const allow = () => {
    try {
      window.localStorage.setItem(storageKey(provider), 'allow');
    } catch {
      // Not remembered, but allowed for this page view.
    }
    focusAfterAllow.current = true;
    setAllowed(true);
    window.dispatchEvent(new Event(changed));
  };

  return (
    <div className="bs-consent" ref={root} tabIndex={-1} data-allowed={allowed || undefined}>
      {allowed ? (
        children
      ) : (
        <>
          {fallback}
          <div className="bs-consent-bar">
            <p className="bs-consent-notice">{notice}</p>
            <button type="button" className="bs-consent-allow" onClick={allow}>
              {allowLabel}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
