'use client';

import { useRef, useState, useSyncExternalStore } from 'react';
import styles from './share-button.module.css';

type Outcome = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

const subscribe = () => () => {};

/**
 * Shares the address as it stands, `#image-N` of an open picture and `?q=` of a search included:
 * the system share sheet where the browser has one, else the clipboard, else the link to copy by hand.
 * It needs JavaScript, so it shows only once the page runs it.
 */
export function ShareButton({ variant = 'header' }: { variant?: 'header' | 'lightbox' }) {
  const ready = useSyncExternalStore(subscribe, () => true, () => false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  if (!ready) return null;

  const show = (next: Outcome) => {
    clearTimeout(timer.current);
    setOutcome(next);
    if (next.kind === 'copied') timer.current = setTimeout(() => setOutcome({ kind: 'idle' }), 4000);
  };

  const share = async () => {
    const url = window.location.href;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: document.title, url });
        return;
      } catch (error) {
        // The reader closed the sheet: nothing to do. Any other failure falls through to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      show({ kind: 'copied' });
    } catch {
      show({ kind: 'manual', url });
    }
  };

  return (
    <div className={styles.share}>
      <button
        type="button"
        // In the lightbox's toolbar the button takes the lightbox's own look.
        className={variant === 'lightbox' ? 'yarl__button' : styles.button}
        onClick={share}
        aria-label={variant === 'lightbox' ? 'Share this picture' : 'Share this page'}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width={variant === 'lightbox' ? 28 : 18} height={variant === 'lightbox' ? 28 : 18}>
          <path
            d="M12 3v12M7.5 7.5 12 3l4.5 4.5M5 12v7a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-7"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        {variant === 'header' ? <span className={styles.text}>Share</span> : null}
      </button>
      <div role="status" className={outcome.kind === 'idle' ? styles.silent : styles.note}>
        {outcome.kind === 'copied' ? 'Link copied' : null}
        {outcome.kind === 'manual' ? (
          <>
            <label htmlFor="share-link">Copy this link:</label>
            <input id="share-link" readOnly value={outcome.url} onFocus={(event) => event.currentTarget.select()} autoFocus />
            <button type="button" onClick={() => show({ kind: 'idle' })}>
              Done
            </button>
          </>
        ) : null}
      </div>
    </div>
  );
}
