import { countLabel, type Facet, type FacetEntry } from '@/lib/content/facets';
import { regionOf } from '@/lib/content/navigation';
import type { Atlas, Page } from '@/lib/content/types';
import { Breadcrumbs } from './breadcrumbs';
import heading from './page-heading.module.css';
import styles from './facet-page.module.css';

type Props = {
  atlas: Atlas;
  facet: Facet;
  /** The list page this one belongs to: `{ name: 'Nerves', url: '/nerves/' }`. */
  list: { name: string; url: string };
  /** One line under the title: what the list is. */
  lede: string;
};

function Entry({ entry }: { entry: FacetEntry }) {
  const { page, parts } = entry;
  return (
    <li>
      <a href={page.url} className={styles.name}>
        {page.kind === 'part' ? page.title : page.name}
      </a>
      {page.facts.innervation.length > 0 ? <span className={styles.detail}>{page.facts.innervation.join('; ')}</span> : null}
      {parts.length > 0 ? (
        <ul className={styles.parts} aria-label={`Parts of ${page.name}`}>
          {parts.map((part) => (
            <li key={part.url}>
              <a href={part.url}>{part.name}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** Every muscle that names one nerve or one movement, region by region. */
export function FacetPage({ atlas, facet, list, lede }: Props) {
  const regions: { region: Page | undefined; entries: FacetEntry[] }[] = [];
  for (const entry of facet.entries) {
    const region = regionOf(atlas, entry.page);
    const last = regions[regions.length - 1];
    if (last && last.region === region) last.entries.push(entry);
    else regions.push({ region, entries: [entry] });
  }
  return (
    <article className={styles.page}>
      <Breadcrumbs trail={[list, { name: facet.name, url: facet.url }]} />
      <header className={heading.heading}>
        <h1>{facet.name}</h1>
        <p className={heading.lede}>
          {lede}: {countLabel(facet.entries.length)}
          {regions.length > 1 ? ` in ${countLabel(regions.length, 'region')}` : ''}.
        </p>
      </header>
      {regions.map(({ region, entries }) => {
        const id = `region-${region?.url.replace(/\W+/g, '-') ?? 'other'}`;
        return (
          <section key={id} aria-labelledby={id} className={styles.region}>
            <h2 id={id}>{region ? <a href={region.url}>{region.name}</a> : 'Elsewhere'}</h2>
            <ul className={styles.entries}>
              {entries.map((entry) => (
                <Entry key={entry.page.url} entry={entry} />
              ))}
            </ul>
          </section>
        );
      })}
      <p className={styles.back}>
        <a href={list.url}>All {list.name.toLowerCase()}</a>
      </p>
    </article>
  );
}
