'use client';

import { lazy, Suspense, useCallback, useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { imageHash, indexFromHash } from '@/lib/gallery-hash';

export type GallerySlide = {
  src: string;
  alt: string;
  caption?: string;
  thumb?: string;
  width?: number;
  height?: number;
};

// The lightbox and its styles load on the first open, never before. React's lazy() rather than
// next/dynamic: the lightbox is never rendered on the server (it opens in the browser only), and
// next/dynamic's loader would cost every page with pictures 1.4 KB of script before interaction.
const GalleryLightbox = lazy(() => import('./gallery-lightbox').then((module) => ({ default: module.GalleryLightbox })));

const withoutHash = () => window.location.pathname + window.location.search;

const size = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : undefined);

/** The slides, read from the thumbnails' links (components/gallery) when the viewer first opens. */
export function slidesFrom(container: HTMLElement | null): GallerySlide[] {
  const links = container ? [...container.querySelectorAll<HTMLAnchorElement>('a[data-gallery-index]')] : [];
  return links.map((link) => {
    const image = link.querySelector('img');
    const caption = link.textContent?.trim() || undefined;
    return {
      src: link.getAttribute('href') ?? '',
      alt: image?.getAttribute('alt') || caption || '',
      caption,
      thumb: image?.getAttribute('src') ?? undefined,
      width: size(link.dataset.width),
      height: size(link.dataset.height),
    };
  });
}

/**
 * Opens the lightbox from a thumbnail click or an `#image-N` address, and keeps the address in step:
 * opening adds one history entry (so Back closes the lightbox), moving between pictures replaces
 * the hash, closing removes it. `count` is the number of pictures among the children; their slides
 * are read from the children's links on the first opening.
 */
export function GalleryViewer({ count, title, children }: { count: number; title: string; children: ReactNode }) {
  const [index, setIndex] = useState<number | null>(null);
  const [slides, setSlides] = useState<GallerySlide[] | null>(null);
  const ownsEntry = useRef(false);
  const container = useRef<HTMLDivElement>(null);

  const open = useCallback((at: number, how: 'click' | 'address') => {
    if (how === 'click') {
      window.history.pushState(window.history.state, '', imageHash(at));
      ownsEntry.current = true;
    }
    setSlides((read) => read ?? slidesFrom(container.current));
    setIndex(at);
  }, []);

  useEffect(() => {
    // A shared link: open at its picture, with an entry under it so Back closes rather than leaves.
    const start = indexFromHash(window.location.hash, count);
    if (start !== null) {
      window.history.replaceState(window.history.state, '', withoutHash());
      window.history.pushState(window.history.state, '', imageHash(start));
      ownsEntry.current = true;
      // The address is only known in the browser, after hydration: opening from it is this effect's job.
      open(start, 'address');
    }
    const follow = () => {
      const at = indexFromHash(window.location.hash, count);
      if (at === null) {
        ownsEntry.current = false;
        setIndex(null);
      } else {
        ownsEntry.current = true;
        open(at, 'address');
      }
    };
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener('hashchange', follow);
    };
  }, [open, count]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-gallery-index]') : null;
    const at = link ? Number(link.dataset.galleryIndex) : NaN;
    if (!Number.isInteger(at) || at < 0 || at >= count) return;
    event.preventDefault();
    open(at, 'click');
  };

  const onView = useCallback((at: number) => {
    if (indexFromHash(window.location.hash, count) === at) return;
    window.history.replaceState(window.history.state, '', imageHash(at));
  }, [count]);

  const onClose = useCallback(() => {
    setIndex(null);
    if (ownsEntry.current) {
      ownsEntry.current = false;
      window.history.back();
    } else {
      window.history.replaceState(window.history.state, '', withoutHash());
    }
  }, []);

  return (
    <div onClick={onClick} ref={container}>
      {children}
      {slides ? (
        <Suspense fallback={null}>
          <GalleryLightbox slides={slides} title={title} index={index ?? 0} open={index !== null} onClose={onClose} onView={onView} />
        </Suspense>
      ) : null}
    </div>
  );
}
