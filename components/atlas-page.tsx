import type { ReactNode } from 'react';
import { breadcrumbsOf, siblingsOf, subtreeOf } from '@/lib/content/navigation';
import type { Atlas, Page } from '@/lib/content/types';
import { Breadcrumbs } from './breadcrumbs';
import { hasKeyFacts, KeyFacts } from './key-facts';
import { PageBody } from './page-body';
import { PageChildren } from './page-children';
import { PageSources } from './page-sources';
import { RelatedMuscles } from './related-muscles';
import { SiblingLinks } from './sibling-links';
import styles from './atlas-page.module.css';
import heading from './page-heading.module.css';

const CHILDREN_HEADING: Record<Page['kind'], string> = {
  root: 'Regions of the body',
  superregion: 'Regions',
  region: 'Compartments and muscles',
  group: 'Muscles',
  muscle: 'Parts',
  part: 'Parts',
};

/** How deep the list of what lies below reaches: the whole subtree for regions and groups. */
const SUBTREE_DEPTH: Record<Page['kind'], number> = { root: 2, superregion: 2, region: 3, group: 2, muscle: 1, part: 1 };

type Props = {
  atlas: Atlas;
  page: Page;
  imageBase: string;
  /**
   * The page's pictures (components/gallery), given by the routes whose pages can have them, so that
   * a route without pictures (the root) does not load the gallery's script.
   */
  gallery?: ReactNode;
  /**
   * The whole tree (components/atlas-index), given by the root route only, so that no other page
   * carries the index's stylesheet.
   */
  index?: ReactNode;
  /**
   * The page's main picture with its Explore in 3D button (components/hero-block), given by the
   * routes whose pages can have one, so that the root route loads neither one's script.
   */
  hero?: ReactNode;
};

/** One atlas page: breadcrumbs, title, hero, key facts, description, what lies below, neighbours, pictures. */
export function AtlasPage({ atlas, page, imageBase, gallery, index, hero }: Props) {
  const trail = breadcrumbsOf(atlas, page);
  const subtree = subtreeOf(atlas, page, SUBTREE_DEPTH[page.kind]);
  const { previous, next } = siblingsOf(atlas, page);
  const showFacts = (page.kind === 'muscle' || page.kind === 'part') && hasKeyFacts(page);
  return (
    <article className={styles.page}>
      <Breadcrumbs trail={trail} />
      <header className={heading.heading}>
        <h1>{page.title}</h1>
        {page.subheadline ? <p className={heading.lede}>{page.subheadline}</p> : null}
      </header>
      {hero || showFacts ? (
        <div className={styles.lead}>
          {hero}
          {showFacts ? <KeyFacts atlas={atlas} page={page} /> : null}
        </div>
      ) : null}
      <PageBody atlas={atlas} blocks={page.body} imageBase={imageBase} />
      {page.kind === 'muscle' || page.kind === 'part' ? <RelatedMuscles atlas={atlas} page={page} /> : null}
      {index}
      {page.kind !== 'root' && subtree.length > 0 ? <PageChildren heading={CHILDREN_HEADING[page.kind]} nodes={subtree} /> : null}
      {gallery}
      {page.sources.length > 0 ? <PageSources sources={page.sources} checked={page.checked} /> : null}
      <SiblingLinks previous={previous} next={next} />
    </article>
  );
}
