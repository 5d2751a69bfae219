import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SearchResults } from '@/components/search-results';
import styles from './search.module.css';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search the atlas by name, older name, Latin name, nerve, movement or attachment.',
  // Results pages are not indexed, so they name no canonical URL: only pages of the atlas do.
  robots: { index: false, follow: true },
};

export default function SearchPage() {
  return (
    <div className={styles.page}>
      <h1>Search</h1>
      <p className={styles.lede}>
        Names, older names and Latin names, nerves, movements, attachments: a typo or the first letters are enough.
      </p>
      <noscript>
        <p>Search runs in the browser and needs JavaScript. The <a href="/muscle/">index of every muscle</a> works without it.</p>
      </noscript>
      <Suspense>
        <SearchResults />
      </Suspense>
    </div>
  );
}
