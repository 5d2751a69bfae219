import type { Hero } from '@/lib/content/types';
import { AnimatedHero } from './animated-hero';
import styles from './page-hero.module.css';

/**
 * The page's main picture and its largest paint: fetched first (high priority), in a box of fixed
 * proportions so nothing shifts when it arrives. An animated hero plays (as a video when one sits
 * beside it) and holds still for readers who ask for reduced motion. An animated picture with a still
 * shows the still first and lays the animation over it once the page is idle (AnimatedHero), so the
 * small still, not the heavy animation, is the largest paint.
 *
 * No `preload()` from react-dom here: it becomes a resource hint in the page's RSC payload, which the
 * router applies whenever it prefetches a link to the page, so every page listing muscles would
 * fetch all their heroes before anyone clicks. The <img> in the HTML is found as early (React's server
 * rendering of AnimatedHero also hints its still in the HTML head; that hint is not in the payload).
 */
export function PageHero({ hero }: { hero: Hero }) {
  const ratio = hero.width && hero.height ? `${hero.width} / ${hero.height}` : undefined;
  const sized = { width: hero.width, height: hero.height };
  let picture;
  if (hero.animated && hero.videos.length > 0) {
    picture = (
      <>
        <video className={styles.motion} autoPlay muted loop playsInline poster={hero.still} aria-label={hero.alt}>
          {hero.videos.map((video) => (
            <source key={video.src} src={video.src} type={video.type} />
          ))}
        </video>
        <img className={styles.still} src={hero.still ?? hero.src} alt={hero.alt} fetchPriority="high" {...sized} />
      </>
    );
  } else if (hero.animated && hero.still) {
    picture = <AnimatedHero still={hero.still} animated={hero.src} alt={hero.alt} {...sized} />;
  } else {
    picture = <img src={hero.src} alt={hero.alt} fetchPriority="high" {...sized} />;
  }
  return (
    <figure className={styles.hero}>
      <div className={styles.frame} style={ratio ? { aspectRatio: ratio } : undefined}>
        {picture}
      </div>
      {hero.title ? <figcaption className={styles.caption}>{hero.title}</figcaption> : null}
    </figure>
  );
}
