'use client';

import { useCallback, useEffect, useId, useRef, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { SEARCH_URL } from '@/lib/content/urls';
import type { SearchBoxProps } from './search-box';
import styles from './search-box.module.css';

/** Whether a key press happened while the reader was typing somewhere else. */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

type Live = { Box: ComponentType<SearchBoxProps>; query: string; focused: boolean };

/**
 * The search in the header, as every page first has it: the search box's markup in its resting
 * state (a form that goes to /search/?q=…, which works without JavaScript) and a `/` key that
 * focuses it. The box's own code (components/search-box) loads when the reader first focuses it
 * (by click, tap, Tab or `/`), and then takes the box's place with what was typed meanwhile, the
 * focus and the caret, so that pages that are only read never load or run it.
 */
export function HeaderSearch() {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const requested = useRef(false);
  const [live, setLive] = useState<Live | null>(null);

  const load = useCallback(() => {
    if (requested.current) return;
    requested.current = true;
    import('./search-box').then(
      (module) => {
        // Read and swap in one task, so that no key pressed in between is lost.
        const box = input.current;
        flushSync(() => setLive({ Box: module.SearchBox, query: box?.value ?? '', focused: box !== null && document.activeElement === box }));
      },
      () => {
        // The box stays a plain form (Enter opens the results page); the next use tries again.
        requested.current = false;
      },
    );
  }, []);

  useEffect(() => {
    if (live) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [live]);

  if (live) return <live.Box initialQuery={live.query} autoFocus={live.focused} />;

  // The markup of SearchBox with nothing typed (a test holds the two together).
  return (
    <form role="search" aria-label="Search the atlas" action={SEARCH_URL} method="get" className={styles.search}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Search the atlas
      </label>
      <div className={styles.field}>
        <input
          ref={input}
          id={`${id}-input`}
          name="q"
          type="text"
          inputMode="search"
          placeholder="Search muscles, nerves, movements"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          role="combobox"
          aria-expanded={false}
          aria-controls={`${id}-listbox`}
          aria-autocomplete="list"
          aria-describedby={`${id}-status`}
          defaultValue=""
          onFocus={load}
        />
        <kbd className={styles.key} aria-hidden="true">
          /
        </kbd>
        <ul id={`${id}-listbox`} role="listbox" aria-label="Search results" className={styles.listbox} hidden>
          <li id={`${id}-option-0`} role="option" aria-selected={false} className={`${styles.option} ${styles.all}`}>
            Nothing matches “”: search tips
          </li>
        </ul>
      </div>
      <p id={`${id}-status`} className="visually-hidden" aria-live="polite"></p>
    </form>
  );
}
