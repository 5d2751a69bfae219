import type { Page } from '@/lib/content/types';
import { Explore3dButton } from './explore-3d-button';
import { PageHero } from './page-hero';

/** A page's hero and, when the model has the page's scene, the button that opens it in 3D. */
export function HeroBlock({ page }: { page: Page }) {
  if (!page.hero) return null;
  return (
    <div>
      <PageHero hero={page.hero} />
      {page.explore ? <Explore3dButton model={page.explore} title={page.name} /> : null}
    </div>
  );
}
