import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Element } from 'hast';
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

function node(atlas: Atlas, page: Page): Element {
  const children = childrenOf(atlas, page);
  const count = countOf(atlas, page);
  const mirrored = page.sameAs !== undefined ? atlas.pages.get(page.sameAs) : undefined;
  const mirrorRegion = mirrored ? atlas.pages.get(mirrored.parent ?? '') : undefined;
  return h('li', { className: styles[page.kind] }, [
    h('span', { className: styles.row }, [
      h('a', { href: page.url }, page.name),
      count ? h('span', { className: styles.count }, count) : null,
      mirrored ? h('span', { className: styles.note }, `also under ${mirrorRegion?.name ?? mirrored.name}`) : null,
    ]),
    children.length > 0
      ? // Regions and groups start open, a muscle's parts closed. <details> needs no JavaScript.
        h('details', { className: styles.details, open: page.kind !== 'muscle' && page.kind !== 'part' }, [
          h('summary', { className: styles.toggle, ariaLabel: `${page.kind === 'muscle' ? 'Parts' : 'Contents'} of ${page.name}` }),
          h(
            'ul',
            children.map((child) => node(atlas, child)),
          ),
        ])
      : null,
  ]);
}

/**
 * The whole tree on one page: every region, group, muscle and part, each branch collapsible.
 *
 * The tree (some 1,800 elements) is plain HTML that never changes in the browser, so it goes into
 * the page as markup (built as a syntax tree by hastscript, every name and text escaped by
 * hast-util-to-html) rather than as React elements: React then hydrates one <ul> instead of every
 * element in it, which on Lighthouse's mobile settings took the index's main thread about 150 ms
 * over the bare page's (see the closing notes of issue 16 for the measurements).
 */
export function AtlasIndex({ atlas }: { atlas: Atlas }) {
  const total = muscleCount(atlas, atlas.root);
  const tree = toHtml(childrenOf(atlas, atlas.root).map((page) => node(atlas, page)));
  return (
    <section aria-labelledby="atlas-index" className={styles.index}>
      <h2 id="atlas-index">Every muscle, region by region</h2>
      <p className={styles.lede}>
        {total} muscles in {childrenOf(atlas, atlas.root).length} parts of the body. Each arrow opens or closes a branch; the number
        beside a region or group counts the muscles in it.
      </p>
      <ul className={styles.tree} dangerouslySetInnerHTML={{ __html: tree }} />
    </section>
  );
}
