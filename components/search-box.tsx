'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { importEngine, searchPageUrl } from '@/lib/search/client';
import type { SearchEngine } from '@/lib/search/engine';
import { SEARCH_URL } from '@/lib/content/urls';
import { isTyping } from './header-search';
import { SearchHitText } from './search-hit';
import styles from './search-box.module.css';

const SHOWN = 8;

/**
 * The search in the header: a form that goes to /search/?q=… (with or without JavaScript), and with
 * JavaScript a list of results while typing, chosen with the arrow keys and Enter. `/` focuses it.
 * The search library and its index load when the reader first focuses the box.
 */
export type SearchBoxProps = {
  /** What the reader typed before the box came alive (HeaderSearch). */
  initialQuery?: string;
  /** Takes the focus on mount, the caret at the end: the reader was in the box already. */
  autoFocus?: boolean;
};

export function SearchBox({ initialQuery = '', autoFocus = false }: SearchBoxProps) {
  const router = useRouter();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(initialQuery);
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const hits = useMemo(() => (engine ? engine.search(query, SHOWN) : []), [engine, query]);
  const total = useMemo(() => (engine && query.trim() !== '' ? engine.search(query).length : 0), [engine, query]);
  const trimmed = query.trim();
  // The options: the best results, then the page with all of them.
  const options = trimmed === '' || !engine ? [] : [...hits.map((hit) => hit.url), searchPageUrl(query)];
  const expanded = open && options.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      inputRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const requested = useRef(false);
  const load = useCallback(() => {
    if (requested.current) return;
    requested.current = true;
    importEngine().then(
      (loaded) => {
        setEngine(loaded);
        setFailed(false);
      },
      () => {
        // Let the next focus try again.
        requested.current = false;
        setFailed(true);
      },
    );
  }, []);

  // Taking over from HeaderSearch's box while the reader is in it: same place, same text, same caret.
  useLayoutEffect(() => {
    const input = inputRef.current;
    if (!autoFocus || !input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on mount only: the props are a starting point
  }, []);

  const go = (url: string) => {
    setOpen(false);
    setActive(-1);
    setQuery('');
    inputRef.current?.blur();
    router.push(url);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = active >= 0 ? options[active] : undefined;
    go(chosen ?? searchPageUrl(query));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // Past the last option the choice goes back to the box itself (-1), and on round again.
      setActive((current) => {
        const next = current + step;
        return next >= options.length ? -1 : next < -1 ? options.length - 1 : next;
      });
    } else if (event.key === 'Escape') {
      if (expanded) {
        // The first Escape only closes the list; the second empties the box, as a search field does.
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else {
        setQuery('');
      }
    }
  };

  let status = '';
  if (failed) status = 'The search could not be loaded. Press Enter to search on the results page.';
  else if (trimmed !== '' && !engine) status = 'Loading the search…';
  else if (trimmed !== '' && engine) status = total === 0 ? 'Nothing matches. Press Enter for suggestions.' : `${total} result${total === 1 ? '' : 's'}. Use the arrow keys to choose.`;

  return (
    <form role="search" aria-label="Search the atlas" action={SEARCH_URL} method="get" className={styles.search} onSubmit={onSubmit}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Search the atlas
      </label>
      <div className={styles.field}>
        <input
          ref={inputRef}
          id={`${id}-input`}
          name="q"
          // A text field, not type="search": the ARIA combobox pattern needs role="combobox" and
          // aria-expanded, which HTML allows on a text field only (the Nu Html Checker refuses them on
          // a search field). inputMode and enterKeyHint keep a phone's search keyboard.
          type="text"
          inputMode="search"
          placeholder="Search muscles, nerves, movements"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={`${id}-listbox`}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${id}-status`}
          value={query}
          onFocus={() => {
            load();
            setOpen(true);
          }}
          onPointerDown={load}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
        />
        <kbd className={styles.key} aria-hidden="true">
          /
        </kbd>
        <ul id={`${id}-listbox`} role="listbox" aria-label="Search results" className={styles.listbox} hidden={!expanded}>
          {hits.map((hit, index) => (
            <li
              key={hit.url}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={styles.option}
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => setActive(index)}
              onClick={() => go(hit.url)}
            >
              <SearchHitText hit={hit} />
            </li>
          ))}
          <li
            id={optionId(hits.length)}
            role="option"
            aria-selected={active === hits.length}
            className={`${styles.option} ${styles.all}`}
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => setActive(hits.length)}
            onClick={() => go(searchPageUrl(query))}
          >
            {total === 0 ? `Nothing matches “${trimmed}”: search tips` : total > hits.length ? `All ${total} results for “${trimmed}”` : `Results page for “${trimmed}”`}
          </li>
        </ul>
      </div>
      <p id={`${id}-status`} className="visually-hidden" aria-live="polite">
        {open ? status : ''}
      </p>
    </form>
  );
}
