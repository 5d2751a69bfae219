import { childrenOf, muscleCount } from '@/lib/content/navigation';
import type { Atlas, Page } from '@/lib/content/types';
import styles from './atlas-index.module.css';

/** What a node of the index says it holds: muscles below a region or group, parts below a muscle. */
function countOf(atlas: Atlas, page: Page): string {
  if (page.kind === 'muscle' || page.kind === 'part') {
    const parts = page.children.length;
    return parts === 0 ? '' : `${parts} part${parts === 1 ? '' : 's'}`;
  }
  const muscles = muscleCount(atlas, page);
  return `${muscles} muscle${muscles === 1 ? '' : 's'}`;
}

function Node({ atlas, page }: { atlas: Atlas; page: Page }) {
  const children = childrenOf(atlas, page);
  const count = countOf(atlas, page);
  const mirrored = page.sameAs !== undefined ? atlas.pages.get(page.sameAs) : undefined;
  const mirrorRegion = mirrored ? atlas.pages.get(mirrored.parent ?? '') : undefined;
  return (
    <li className={styles[page.kind]}>
      <span className={styles.row}>
        <a href={page.url}>{page.name}</a>
        {count ? <span className={styles.count}>{count}</span> : null}
        {mirrored ? <span className={styles.note}>also under {mirrorRegion?.name ?? mirrored.name}</span> : null}
      </span>
      {children.length > 0 ? (
        // Regions and groups start open, a muscle's parts closed. <details> needs no JavaScript.
        <details className={styles.details} open={page.kind !== 'muscle' && page.kind !== 'part'}>
          <summary className={styles.toggle} aria-label={`${page.kind === 'muscle' ? 'Parts' : 'Contents'} of ${page.name}`} />
          <ul>
            {children.map((child) => (
              <Node key={child.url} atlas={atlas} page={child} />
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}

/** The whole tree on one page: every region, group, muscle and part, each branch collapsible. */
export function AtlasIndex({ atlas }: { atlas: Atlas }) {
  const total = muscleCount(atlas, atlas.root);
  return (
    <section aria-labelledby="atlas-index" className={styles.index}>
      <h2 id="atlas-index">Every muscle, region by region</h2>
      <p className={styles.lede}>
        {total} muscles in {childrenOf(atlas, atlas.root).length} parts of the body. Each arrow opens or closes a branch; the number
        beside a region or group counts the muscles in it.
      </p>
      <ul className={styles.tree}>
        {childrenOf(atlas, atlas.root).map((page) => (
          <Node key={page.url} atlas={atlas} page={page} />
        ))}
      </ul>
    </section>
  );
}
