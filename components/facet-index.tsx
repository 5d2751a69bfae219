import { countLabel, type Facet } from '@/lib/content/facets';
import heading from './page-heading.module.css';
import styles from './facet-index.module.css';

/** Every nerve (or every movement) of the atlas, alphabetically, each with how many muscles it has. */
export function FacetIndex({ title, lede, empty, facets }: { title: string; lede: string; empty: string; facets: readonly Facet[] }) {
  return (
    <article className={styles.page}>
      <header className={heading.heading}>
        <h1>{title}</h1>
        <p className={heading.lede}>{lede}</p>
      </header>
      {facets.length === 0 ? <p>{empty}</p> : null}
      <ul className={styles.list}>
        {facets.map((facet) => (
          <li key={facet.slug}>
            <a href={facet.url}>{facet.name}</a> <span className={styles.count}>{countLabel(facet.entries.length)}</span>
          </li>
        ))}
      </ul>
    </article>
  );
}
