'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useId, useMemo, useState } from 'react';
import { importEngine, searchPageUrl } from '@/lib/search/client';
import type { SearchEngine } from '@/lib/search/engine';
import { SearchHitText } from './search-hit';
import styles from './search-results.module.css';

/**
 * The results page: the query comes from `?q=` and the address follows what is typed, so the
 * address bar always holds a link to these results.
 */
export function SearchResults() {
  const id = useId();
  const fromAddress = useSearchParams().get('q') ?? '';
  const [query, setQuery] = useState(fromAddress);
  const [previous, setPrevious] = useState(fromAddress);
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [failed, setFailed] = useState(false);

  // The address changed: a new search from the header while on this page, or Back. Take its query
  // unless it is the one typed here.
  if (fromAddress !== previous) {
    setPrevious(fromAddress);
    if (fromAddress !== query.trim()) setQuery(fromAddress);
  }

  const load = () => {
    if (engine) return;
    importEngine().then(setEngine, () => setFailed(true));
  };

  // A reader who arrives with a query came to search: load at once. Without one, wait for the box.
  useEffect(() => {
    if (fromAddress.trim() === '') return;
    importEngine().then(setEngine, () => setFailed(true));
  }, [fromAddress]);

  const hits = useMemo(() => (engine ? engine.search(query) : []), [engine, query]);
  const trimmed = query.trim();

  return (
    <div className={styles.results}>
      <form
        role="search"
        aria-label="Search results"
        className={styles.form}
        onSubmit={(event) => event.preventDefault()}
        action="/search/"
        method="get"
      >
        <label htmlFor={`${id}-q`}>Search for</label>
        <input
          id={`${id}-q`}
          name="q"
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          placeholder="A muscle, a nerve, a movement, an attachment"
          onFocus={load}
          onChange={(event) => {
            const next = event.target.value;
            setQuery(next);
            window.history.replaceState(window.history.state, '', searchPageUrl(next));
          }}
        />
      </form>
      <div aria-live="polite" className={styles.summary}>
        {failed ? <p>The search could not be loaded. Check the connection and reload the page.</p> : null}
        {!failed && trimmed !== '' && !engine ? <p>Searching…</p> : null}
        {engine && trimmed !== '' ? (
          <p>
            {hits.length === 0 ? 'No page matches' : `${hits.length} result${hits.length === 1 ? '' : 's'} for`} “{trimmed}”
          </p>
        ) : null}
      </div>
      {engine && trimmed !== '' && hits.length === 0 ? (
        <div className={styles.tips}>
          <p>Some ways to find it:</p>
          <ul>
            <li>type the beginning of the name only (“gastroc”, “supra”);</li>
            <li>search by nerve (“radial nerve”) or by movement (“elbow flexion”);</li>
            <li>
              walk the <a href="/muscle/">index of every muscle</a>, or pick a region on the <a href="/">body map</a>.
            </li>
          </ul>
        </div>
      ) : null}
      {hits.length > 0 ? (
        <ol className={styles.list} aria-label={`Results for ${trimmed}`}>
          {hits.map((hit) => (
            <li key={hit.url}>
              <a href={hit.url} className={styles.hit}>
                <SearchHitText hit={hit} />
              </a>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
