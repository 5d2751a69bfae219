import { muscleCount } from '@/lib/content/navigation';
import type { Atlas } from '@/lib/content/types';
import { atlasUrl } from '@/lib/content/urls';
import { BODY_VIEWS, MIRROR, type RegionShape } from './body-map-shapes';
import styles from './body-map.module.css';

function Shapes({ shape, className }: { shape: Pick<RegionShape, 'paired' | 'whole'>; className?: string }) {
  return (
    <>
      {(shape.whole ?? []).map((d) => (
        <path key={d} d={d} className={className} />
      ))}
      {(shape.paired ?? []).flatMap((d) => [
        <path key={`l${d}`} d={d} className={className} />,
        <path key={`r${d}`} d={d} className={className} transform={MIRROR} />,
      ])}
    </>
  );
}

/**
 * The body from the front and from the back; each region of the atlas is a link to its page, named
 * for screen readers, highlighted on hover and focus. Plain SVG rendered on the server: it works
 * without JavaScript. Regions the atlas does not have are drawn but are not links.
 */
export function BodyMap({ atlas }: { atlas: Atlas }) {
  const regionPage = (slug: string) => atlas.pages.get(atlasUrl([slug]));
  if (!BODY_VIEWS.some((view) => view.regions.some((region) => regionPage(region.slug)))) return null;
  return (
    <div className={styles.map}>
      {BODY_VIEWS.map((view) => (
        <figure key={view.id} className={styles.view}>
          <svg viewBox="0 0 200 460" role="group" aria-label={`The body from the ${view.id}`} className={styles.svg}>
            <Shapes shape={view.plain} className={styles.plain} />
            {view.regions.map((region) => {
              const page = regionPage(region.slug);
              if (!page) {
                return (
                  <g key={region.slug}>
                    <Shapes shape={region} className={styles.plain} />
                  </g>
                );
              }
              const count = muscleCount(atlas, page);
              return (
                <a key={region.slug} href={page.url} className={styles.region} aria-label={`${page.name}, ${count} muscle${count === 1 ? '' : 's'}`}>
                  <title>{page.name}</title>
                  <Shapes shape={region} className={styles.shape} />
                  <text x={region.label.x} y={region.label.y} className={styles.label} textAnchor="middle" dominantBaseline="middle" aria-hidden="true">
                    {page.name}
                  </text>
                </a>
              );
            })}
          </svg>
          <figcaption className={styles.caption}>{view.title}</figcaption>
        </figure>
      ))}
    </div>
  );
}
