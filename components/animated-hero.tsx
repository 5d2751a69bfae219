'use client';

import { useEffect, useState } from 'react';
import { afterLoadWhenIdle } from '@/lib/after-load-when-idle';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

type Props = { still: string; animated: string; alt: string; width?: number; height?: number };

/**
 * An animated hero that arrives as its still picture: the HTML's <img> is the still, so it is the
 * page's largest paint and all a reader without JavaScript sees. Once the page has loaded and the
 * browser is idle, the animation is fetched and decoded aside, then laid over the still in the same
 * box (the frame stacks its pictures). The still stays where it is, painted beneath: swapping its
 * `src` would make the animation, arriving seconds later, the page's largest paint as Lighthouse
 * measures it. While the animation shows, it carries the name and the still beneath has an
 * empty one, so the page still has one picture. Readers who ask for reduced motion keep
 * the still, and get it back if they ask while the animation plays.
 *
 * `data-animated-src` names the animation in the HTML, so the size budget and the link check, which
 * read the HTML, count and check it.
 */
export function AnimatedHero({ still, animated, alt, width, height }: Props) {
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    const reducedMotion = window.matchMedia(REDUCED_MOTION);
    let stop = () => {};
    const follow = () => {
      stop();
      if (reducedMotion.matches) {
        setPlaying(false);
        return;
      }
      let stopped = false;
      const cancelIdle = afterLoadWhenIdle(() => {
        const image = new Image();
        image.src = animated;
        image.decode().then(
          () => {
            if (!stopped) setPlaying(true);
          },
          // The animation did not load: the still stays.
          () => {},
        );
      });
      stop = () => {
        stopped = true;
        cancelIdle();
      };
    };
    follow();
    reducedMotion.addEventListener('change', follow);
    return () => {
      stop();
      reducedMotion.removeEventListener('change', follow);
    };
  }, [still, animated]);

  return (
    <>
      <img
        src={still}
        alt={playing ? '' : alt}
        fetchPriority="high"
        width={width}
        height={height}
        data-animated-src={animated}
      />
      {playing ? <img src={animated} alt={alt} width={width} height={height} /> : null}
    </>
  );
}
