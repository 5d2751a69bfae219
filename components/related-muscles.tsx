import { countLabel, relatedByFacts } from '@/lib/content/facets';
import type { Atlas, Page } from '@/lib/content/types';
import styles from './related-muscles.module.css';

/** For a muscle or part: the other muscles its nerves supply, and the movements it shares with others. */
export function RelatedMuscles({ atlas, page }: { atlas: Atlas; page: Page }) {
  const { nerves, movements } = relatedByFacts(atlas, page);
  if (nerves.length === 0 && movements.length === 0) return null;
  return (
    <section aria-labelledby="related-muscles" className={styles.related}>
      <h2 id="related-muscles">Related muscles</h2>
      <div className={styles.columns}>
        {nerves.length > 0 ? (
          <div>
            <h3>Same nerve supply</h3>
            {nerves.map(({ facet, others }) => (
              <div key={facet.slug} className={styles.group}>
                <p>
                  The{' '}
                  <a href={facet.url}>{facet.name.charAt(0).toLowerCase() + facet.name.slice(1)}</a>
                  {/nerves$/.test(facet.name)
                    ? others.length > 0
                      ? ' also supply:'
                      : ' supply no other muscle of the atlas.'
                    : others.length > 0
                      ? ' also supplies:'
                      : ' supplies no other muscle of the atlas.'}
                </p>
                {others.length > 0 ? (
                  <ul className={styles.links}>
                    {others.map((other) => (
                      <li key={other.url}>
                        <a href={other.url}>{other.kind === 'part' ? other.title : other.name}</a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ))}
          </div>
        ) : null}
        {movements.length > 0 ? (
          <div>
            <h3>Same movements</h3>
            <ul className={styles.movements}>
              {movements.map(({ facet, others }) => (
                <li key={facet.slug}>
                  <a href={facet.url}>{facet.name}</a>{' '}
                  <span className={styles.count}>{others.length > 0 ? `with ${countLabel(others.length, 'other muscle')}` : 'no other muscle'}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
