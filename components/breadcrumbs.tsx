import type { Page } from '@/lib/content/types';
import { absoluteUrl } from '@/lib/site';
import styles from './breadcrumbs.module.css';

/** JSON for a <script> element: `<` escaped so content can never close the element. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The trail from the root (or a list page) to a page: links for a reader, BreadcrumbList JSON-LD for search engines. */
export function Breadcrumbs({ trail }: { trail: readonly Pick<Page, 'name' | 'url'>[] }) {
  const structured = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((page, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: page.name,
      item: absoluteUrl(page.url),
    })),
  };
  return (
    <nav aria-label="Breadcrumb" className={styles.breadcrumbs}>
      <ol>
        {trail.map((page, index) => (
          <li key={page.url}>
            <a href={page.url} aria-current={index === trail.length - 1 ? 'page' : undefined}>
              {page.name}
            </a>
          </li>
        ))}
      </ol>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(structured) }} />
    </nav>
  );
}
