import type { SearchHit } from '@/lib/search/options';
import styles from './search-hit.module.css';

/** What a search result says: its title, where it sits, and why it matched when the title does not show it. */
export function SearchHitText({ hit }: { hit: SearchHit }) {
  return (
    <>
      <span className={styles.title}>{hit.title}</span>
      <span className={styles.context}>
        {hit.context}
        {hit.reason ? <span className={styles.reason}> · {hit.reason}</span> : null}
      </span>
    </>
  );
}
