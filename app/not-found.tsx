import type { Metadata } from 'next';
import styles from './not-found.module.css';

export const metadata: Metadata = {
  title: 'Page not found',
  robots: { index: false },
};

export default function NotFound() {
  return (
    <div className={styles.notFound}>
      <h1>Page not found</h1>
      <p>There is no page of the atlas at this address. It may have been mistyped, or the link that led here is out of date.</p>
      <p>
        <a href="/muscle/">Browse all muscles</a> or go to the <a href="/">home page</a>.
      </p>
    </div>
  );
}
