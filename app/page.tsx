import type { Metadata } from 'next';
import { BodyMap } from '@/components/body-map';
import { getAtlas } from '@/lib/atlas';
import { childrenOf, muscleCount } from '@/lib/content/navigation';
import { ACTIONS_URL, NERVES_URL } from '@/lib/content/urls';
import { absoluteUrl, SITE_DESCRIPTION, SITE_NAME } from '@/lib/site';
import styles from './home.module.css';

export const metadata: Metadata = {
  title: { absolute: `${SITE_NAME}: the human muscles, region by region` },
  description: SITE_DESCRIPTION,
  alternates: { canonical: absoluteUrl('/') },
  openGraph: { type: 'website', siteName: SITE_NAME, title: SITE_NAME, description: SITE_DESCRIPTION, url: absoluteUrl('/') },
};

export default function HomePage() {
  const atlas = getAtlas();
  const superRegions = childrenOf(atlas, atlas.root);
  return (
    <div className={styles.home}>
      <div className={styles.top}>
        <header className={styles.intro}>
          <h1>{SITE_NAME}</h1>
          <p>
            A free, open atlas of the human muscles. Walk from a region of the body to its compartments and muscles, and
            learn for each muscle where it starts and ends, which nerve and artery serve it, and what it does.
          </p>
          <p>
            Pick a region on the body, search by name, nerve or movement (press <kbd>/</kbd>), or look a question up from the
            other end: <a href={NERVES_URL}>muscles by nerve</a>, <a href={ACTIONS_URL}>muscles by movement</a>.
          </p>
          <p>
            <a href={atlas.root.url} className={styles.cta}>
              Browse all muscles
            </a>
          </p>
        </header>
        <section aria-labelledby="body-map-heading" className={styles.bodyMap}>
          <h2 id="body-map-heading" className={styles.mapHeading}>
            Find a region on the body
          </h2>
          <BodyMap atlas={atlas} />
        </section>
      </div>
      <section aria-labelledby="regions-heading">
        <h2 id="regions-heading">Regions</h2>
        <div className={styles.superRegions}>
          {superRegions.map((superRegion) => (
            <section key={superRegion.url} aria-labelledby={`sr-${superRegion.url}`} className={styles.card}>
              <h3 id={`sr-${superRegion.url}`}>
                <a href={superRegion.url}>{superRegion.name}</a>
              </h3>
              {superRegion.subheadline ? <p>{superRegion.subheadline}</p> : null}
              <ul>
                {childrenOf(atlas, superRegion).map((region) => {
                  const count = muscleCount(atlas, region);
                  return (
                    <li key={region.url}>
                      <a href={region.url}>{region.name}</a>{' '}
                      <span className={styles.count}>
                        {count} muscle{count === 1 ? '' : 's'}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
      </section>
    </div>
  );
}
