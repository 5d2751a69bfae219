import Link from 'next/link';
import { ACTIONS_URL, NERVES_URL } from '@/lib/content/urls';
import { SITE_NAME } from '@/lib/site';
import { SearchBox } from './search-box';
import { ShareButton } from './share-button';
import styles from './site-header.module.css';

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <a href="#main" className={styles.skip}>
        Skip to content
      </a>
      <div className={styles.bar}>
        <Link href="/" className={styles.brand}>
          <svg aria-hidden="true" viewBox="0 0 32 32" width="26" height="26">
            <path d="M16 3c-4 0-6 3-6 6 0 4 3 5 3 9 0 3-3 5-3 9h12c0-4-3-6-3-9 0-4 3-5 3-9 0-3-2-6-6-6z" fill="currentColor" />
          </svg>
          {SITE_NAME}
        </Link>
        <nav aria-label="Site">
          <ul className={styles.nav}>
            <li>
              <Link href="/muscle/">All muscles</Link>
            </li>
            <li>
              <Link href={NERVES_URL}>Nerves</Link>
            </li>
            <li>
              <Link href={ACTIONS_URL}>Movements</Link>
            </li>
          </ul>
        </nav>
        <div className={styles.search}>
          <SearchBox />
        </div>
        <div className={styles.share}>
          <ShareButton />
        </div>
      </div>
    </header>
  );
}
