import type { Atlas, Page } from '@/lib/content/types';
import styles from './key-facts.module.css';

const FACT_LABELS = [
  ['origin', 'Origin'],
  ['insertion', 'Insertion'],
  ['innervation', 'Innervation'],
  ['artery', 'Blood supply'],
  ['action', 'Action'],
] as const;

function Statements({ items }: { items: readonly string[] }) {
  if (items.length === 1) return <>{items[0]}</>;
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function PageLinks({ atlas, urls }: { atlas: Atlas; urls: readonly string[] }) {
  return (
    <ul className={styles.links}>
      {urls.map((url) => (
        <li key={url}>
          <a href={url}>{atlas.pages.get(url)?.name ?? url}</a>
        </li>
      ))}
    </ul>
  );
}

export function hasKeyFacts(page: Page): boolean {
  return page.latin !== undefined || FACT_LABELS.some(([key]) => page.facts[key].length > 0);
}

/** The facts a student learns about a muscle or part, as a labelled list. */
export function KeyFacts({ atlas, page }: { atlas: Atlas; page: Page }) {
  return (
    <section aria-labelledby="key-facts" className={styles.card}>
      <h2 id="key-facts" className={styles.heading}>
        Key facts
      </h2>
      <dl className={styles.facts}>
        {page.latin ? (
          <div>
            <dt>Latin name</dt>
            <dd lang="la">{page.latin}</dd>
          </div>
        ) : null}
        {FACT_LABELS.map(([key, label]) =>
          page.facts[key].length > 0 ? (
            <div key={key}>
              <dt>{label}</dt>
              <dd>
                <Statements items={page.facts[key]} />
              </dd>
            </div>
          ) : null,
        )}
        {page.synergists.length > 0 ? (
          <div>
            <dt>Synergists</dt>
            <dd>
              <PageLinks atlas={atlas} urls={page.synergists} />
            </dd>
          </div>
        ) : null}
        {page.antagonists.length > 0 ? (
          <div>
            <dt>Antagonists</dt>
            <dd>
              <PageLinks atlas={atlas} urls={page.antagonists} />
            </dd>
          </div>
        ) : null}
        {page.synonyms.length > 0 ? (
          <div>
            <dt>Also called</dt>
            <dd>{page.synonyms.join(', ')}</dd>
          </div>
        ) : null}
        {page.ta2 ? (
          <div>
            <dt>
              <abbr title="Terminologia Anatomica, second edition">TA2</abbr> number
            </dt>
            <dd>{page.ta2}</dd>
          </div>
        ) : null}
        {page.fma ? (
          <div>
            <dt>
              <abbr title="Foundational Model of Anatomy">FMA</abbr> identifier
            </dt>
            <dd>{page.fma}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
