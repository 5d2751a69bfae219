import type { Page } from '@/lib/content/types';
import styles from './sibling-links.module.css';

/** Links to the page before and after this one among its siblings. */
export function SiblingLinks({ previous, next }: { previous: Page | null; next: Page | null }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Neighbouring pages" className={styles.siblings}>
      {previous ? (
        <a href={previous.url} rel="prev" className={styles.previous}>
          <span className={styles.label}>Previous</span>
          <span>{previous.name}</span>
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a href={next.url} rel="next" className={styles.next}>
          <span className={styles.label}>Next</span>
          <span>{next.name}</span>
        </a>
      ) : null}
    </nav>
  );
}
