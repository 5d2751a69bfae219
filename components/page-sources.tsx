import type { Source } from '@/lib/content/types';
import styles from './page-sources.module.css';

/** "27 November 2026" for 2026-11-27, the same on every machine. */
function longDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The references a page's facts were checked against, and when. */
export function PageSources({ sources, checked }: { sources: readonly Source[]; checked?: string }) {
  return (
    <section aria-labelledby="sources" className={styles.sources}>
      <h2 id="sources">Sources</h2>
      <ul>
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} rel="noopener">
              {source.title}
            </a>
          </li>
        ))}
      </ul>
      {checked ? (
        <p className={styles.checked}>
          Facts checked against these sources on <time dateTime={checked}>{longDate(checked)}</time>.
        </p>
      ) : null}
    </section>
  );
}
