'use client';

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ExploreModel } from '@/lib/content/types';
import styles from './explore-3d-button.module.css';

// The viewer (its dialog, three.js and the model) loads on the first open, never before.
const ModelViewer = lazy(() => import('./model-viewer').then((module) => ({ default: module.ModelViewer })));

/**
 * "Explore in 3D" by the hero: opens the 3D viewer of the page's model on a click, or on load when
 * the address says `#3d` (or `#3d=<view>`); closing gives the focus back to the button.
 */
export function Explore3dButton({ model, title }: { model: ExploreModel; title: string }) {
  const [open, setOpen] = useState<'click' | 'address' | null>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // A shared link opens the viewer: only the browser knows the address, after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (location.hash.startsWith('#3d')) setOpen('address');
  }, []);

  return (
    <>
      <button ref={button} type="button" className={styles.button} aria-haspopup="dialog" onClick={() => setOpen('click')}>
        Explore in 3D
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ModelViewer
            model={model}
            title={title}
            from={open}
            onClose={() => {
              setOpen(null);
              button.current?.focus();
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
