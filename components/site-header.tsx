import { ACTIONS_URL, NERVES_URL } from '@/lib/content/urls';
import { SITE_NAME } from '@/lib/site';
import { HeaderSearch } from './header-search';
import { ShareButton } from './share-button';
import styles from './site-header.module.css';

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <a href="#main" className={styles.skip}>
        Skip to content
      </a>
      <div className={styles.bar}>
        <a href="/" className={styles.brand}>
          <svg aria-hidden="true" viewBox="0 0 32 32" width="26" height="26">
            <path d="M16 3c-4 0-6 3-6 6 0 4 3 5 3 9 0 3-3 5-3 9h12c0-4-3-6-3-9 0-4 3-5 3-9 0-3-2-6-6-6z" fill="currentColor" />
          </svg>
          {SITE_NAME}
        </a>
        <nav aria-label="Site">
          <ul className={styles.nav}>
            <li>
              <a href="/muscle/">All muscles</a>
            </li>
            <li>
              <a href={NERVES_URL}>Nerves</a>
            </li>
            <li>
              <a href={ACTIONS_URL}>Movements</a>
            </li>
          </ul>
        </nav>
        <div className={styles.search}>
          <HeaderSearch />
        </div>
        <div className={styles.share}>
          <ShareButton />
        </div>
      </div>
    </header>
  );
}
