import styles from './site-footer.module.css';
import { SITE_NAME } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <p>
        {SITE_NAME} is free and open. Every description and picture is the project&rsquo;s own; facts follow the
        standard anatomy references and Terminologia Anatomica.
      </p>
    </footer>
  );
}
