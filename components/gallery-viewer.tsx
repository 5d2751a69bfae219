'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { imageHash, indexFromHash } from '@/lib/gallery-hash';

export type GallerySlide = {
  src: string;
  alt: string;
  caption?: string;
  thumb?: string;
  width?: number;
  height?: number;
};

// The lightbox and its styles load on the first open, never before.
const GalleryLightbox = dynamic(() => import('./gallery-lightbox').then((module) => module.GalleryLightbox), {
  ssr: false,
});

const withoutHash = () => window.location.pathname + window.location.search;

/**
 * Opens the lightbox from a thumbnail click or an `#image-N` address, and keeps the address in step:
 * opening adds one history entry (so Back closes the lightbox), moving between pictures replaces
 * the hash, closing removes it.
 */
export function GalleryViewer({ slides, title, children }: { slides: readonly GallerySlide[]; title: string; children: ReactNode }) {
  const [index, setIndex] = useState<number | null>(null);
  const [requested, setRequested] = useState(false);
  const ownsEntry = useRef(false);

  const open = useCallback((at: number, how: 'click' | 'address') => {
    if (how === 'click') {
      window.history.pushState(window.history.state, '', imageHash(at));
      ownsEntry.current = true;
    }
    setRequested(true);
    setIndex(at);
  }, []);

  useEffect(() => {
    // A shared link: open at its picture, with an entry under it so Back closes rather than leaves.
    const start = indexFromHash(window.location.hash, slides.length);
    if (start !== null) {
      window.history.replaceState(window.history.state, '', withoutHash());
      window.history.pushState(window.history.state, '', imageHash(start));
      ownsEntry.current = true;
      // The address is only known in the browser, after hydration: opening from it is this effect's job.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      open(start, 'address');
    }
    const follow = () => {
      const at = indexFromHash(window.location.hash, slides.length);
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
  }, [open, slides.length]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-gallery-index]') : null;
    const at = link ? Number(link.dataset.galleryIndex) : NaN;
    if (!Number.isInteger(at) || at < 0 || at >= slides.length) return;
    event.preventDefault();
    open(at, 'click');
  };

  const onView = useCallback((at: number) => {
    if (indexFromHash(window.location.hash, slides.length) === at) return;
    window.history.replaceState(window.history.state, '', imageHash(at));
  }, [slides.length]);

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
    <div onClick={onClick}>
      {children}
      {requested ? (
        <GalleryLightbox slides={slides} title={title} index={index ?? 0} open={index !== null} onClose={onClose} onView={onView} />
      ) : null}
    </div>
  );
}
