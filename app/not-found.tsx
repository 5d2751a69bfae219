import type { Metadata } from 'next';
import Link from 'next/link';
import styles from './home.module.css';

export const metadata: Metadata = {
  title: 'Page not found',
  robots: { index: false },
};

export default function NotFound() {
  return (
    <div className={styles.intro}>
      <h1>Page not found</h1>
      <p>There is no page of the atlas at this address. It may have been mistyped, or the link that led here is out of date.</p>
      <p>
        <Link href="/muscle/">Browse all muscles</Link> or go to the <Link href="/">home page</Link>.
      </p>
    </div>
  );
}
