'use client';

import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ExploreModel } from '@/lib/content/types';
import type { Layer, Structure, ViewerEngine } from '@/lib/viewer/engine';
import { isViewerHash, viewFromHash, viewHash } from '@/lib/viewer/view-hash';
import { ShareButton } from './share-button';
import styles from './model-viewer.module.css';

type Status = 'loading' | 'ready' | 'no-webgl' | 'failed';

type Props = {
  model: ExploreModel;
  /** The page's short name ("Soleus"). */
  title: string;
  /** How it was opened: a click on the button, or the address (`#3d…`) on load. */
  from: 'click' | 'address';
  onClose: () => void;
};

const LAYERS: { value: Layer; label: string }[] = [
  { value: 'all', label: 'Everything' },
  { value: 'peel', label: 'Peel' },
  { value: 'bones', label: 'Bones only' },
  { value: 'glass', label: 'See-through' },
];

const KIND_LABEL: Record<Structure['kind'], string> = { bone: 'bone', muscle: 'muscle', tendon: 'tendon' };

const withoutHash = () => window.location.pathname + window.location.search;

/** The links a structure's name leads to: a muscle's page, a tendon's muscles' pages. */
function StructureLinks({ structure }: { structure: Structure }) {
  if (structure.href) return <a href={structure.href}>{structure.name}</a>;
  const linked = (structure.of ?? []).filter((muscle) => muscle.href);
  return (
    <>
      {structure.name}
      {linked.length > 0 ? (
        <>
          {' of '}
          {linked.map((muscle, index) => (
            <span key={muscle.id}>
              {index > 0 ? (index === linked.length - 1 ? ' and ' : ', ') : null}
              <a href={muscle.href}>{muscle.name}</a>
            </span>
          ))}
        </>
      ) : null}
    </>
  );
}

/**
 * The 3D viewer, a modal dialog over the page: the page's model, framed as its hero, to turn (drag,
 * one finger, arrow keys), zoom (wheel, pinch, + and -) and pan (right-drag, two fingers); a click
 * or a tap names a structure (announced, and linked to its page); layers peel away the muscles over
 * the highlighted ones, show the bones alone, or make the muscles see-through. The view is kept in
 * the address (`#3d=angle,elevation,zoom`), so sharing the page shares it. three.js and the model
 * load with this component, on the reader's request.
 */
export function ModelViewer({ model, title, from, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const engine = useRef<ViewerEngine | null>(null);
  const ownsEntry = useRef(false);
  const closing = useRef(false);
  const [status, setStatus] = useState<Status>('loading');
  const [attempt, setAttempt] = useState(0);
  const [layer, setLayer] = useState<Layer>('all');
  const [picked, setPicked] = useState<Structure | null>(null);
  const [hover, setHover] = useState<{ name: string; x: number; y: number } | null>(null);
  const [structures, setStructures] = useState<Structure[]>([]);
  const headingId = useId();
  const hintId = useId();

  const close = useCallback(() => {
    if (closing.current) return;
    closing.current = true;
    // Out of the top layer first, so the page (and the button that gets the focus back) is no longer inert.
    dialog.current?.close();
    if (ownsEntry.current) {
      ownsEntry.current = false;
      window.history.back();
    } else {
      window.history.replaceState(window.history.state, '', withoutHash());
    }
    onClose();
  }, [onClose]);

  // The dialog, the address and Back.
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    stage.current?.focus();
    const hash = window.location.hash;
    if (from === 'click') {
      window.history.pushState(window.history.state, '', '#3d');
      ownsEntry.current = true;
    } else if (isViewerHash(hash)) {
      // A shared link: an entry under it, so Back closes the viewer rather than leaving the page.
      window.history.replaceState(window.history.state, '', withoutHash());
      window.history.pushState(window.history.state, '', hash);
      ownsEntry.current = true;
    }
    const onPop = () => {
      if (isViewerHash(window.location.hash)) return;
      ownsEntry.current = false;
      close();
    };
    const onCancel = (event: Event) => {
      event.preventDefault();
      close();
    };
    window.addEventListener('popstate', onPop);
    element.addEventListener('cancel', onCancel);
    return () => {
      window.removeEventListener('popstate', onPop);
      element.removeEventListener('cancel', onCancel);
      if (element.open) element.close();
    };
  }, [from, close]);

  // three.js and the model: loaded here, on demand; a failure can be retried.
  useEffect(() => {
    let cancelled = false;
    const start = viewFromHash(window.location.hash);
    import('@/lib/viewer/engine')
      .then(async ({ ViewerEngine, webGL }) => {
        if (cancelled || !canvas.current) return;
        const gl = webGL();
        if (!gl.available) {
          setStatus('no-webgl');
          return;
        }
        const current =
          engine.current ??
          new ViewerEngine(canvas.current, model, {
            onHover: (structure, x, y) => setHover(structure ? { name: structure.name, x, y } : null),
            onPick: setPicked,
            onView: (view) => {
              if (!closing.current) window.history.replaceState(window.history.state, '', viewHash(view));
            },
          }, gl.software);
        engine.current = current;
        await current.load();
        if (cancelled) return;
        current.setView(start);
        if (!start && !window.matchMedia('(prefers-reduced-motion: reduce)').matches) current.spin();
        setStructures(current.structures());
        setStatus('ready');
      })
      .catch(() => {
        if (!cancelled) setStatus('failed');
      });
    return () => {
      cancelled = true;
    };
  }, [model, attempt]);

  useEffect(
    () => () => {
      engine.current?.dispose();
      engine.current = null;
    },
    [],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (engine.current?.key(event.key)) event.preventDefault();
  };

  const chooseLayer = (next: Layer) => {
    setLayer(next);
    engine.current?.setLayer(next);
  };

  const ready = status === 'ready';
  return (
    <dialog ref={dialog} className={styles.dialog} aria-labelledby={headingId} aria-describedby={hintId}>
      <div className={styles.bar}>
        <h2 id={headingId} className={styles.title}>
          {title} in 3D
        </h2>
        <ShareButton />
        <button type="button" className={styles.close} onClick={close}>
          Close
        </button>
      </div>
      <div
        ref={stage}
        className={styles.stage}
        role="application"
        aria-roledescription="3D view"
        aria-label={`${title} on the model of ${model.subject ?? 'the body'}`}
        aria-describedby={hintId}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        <canvas ref={canvas} className={styles.canvas} />
        {status !== 'ready' ? (
          <div className={styles.message}>
            {status === 'loading' ? <p>Loading the 3D model…</p> : null}
            {status === 'no-webgl' ? (
              <p>
                This browser cannot show 3D here (WebGL is turned off or not supported). The pictures on the page show the same
                model from 16 sides.
              </p>
            ) : null}
            {status === 'failed' ? (
              <>
                <p>The 3D model did not download.</p>
                <button type="button" className={styles.control} onClick={() => {
                    setStatus('loading');
                    setAttempt((n) => n + 1);
                  }}>
                  Try again
                </button>
              </>
            ) : null}
          </div>
        ) : null}
        {hover ? (
          <span className={styles.tooltip} style={{ left: hover.x, top: hover.y }} aria-hidden="true">
            {hover.name}
          </span>
        ) : null}
      </div>
      {model.colourKey ? <p className={styles.colourKey}>{model.colourKey}</p> : null}
      <div className={styles.picked} role="status" aria-label="Picked structure">
        {picked ? (
          <p>
            <StructureLinks structure={picked} /> <span className={styles.kind}>({KIND_LABEL[picked.kind]})</span>
          </p>
        ) : ready ? (
          <p className={styles.kind}>Click or tap a structure to name it.</p>
        ) : null}
      </div>
      <div className={styles.controls}>
        <fieldset className={styles.layers} disabled={!ready}>
          <legend className={styles.legend}>Show</legend>
          {LAYERS.map((option) => (
            <label key={option.value} className={styles.layer}>
              <input type="radio" name="layer" value={option.value} checked={layer === option.value} onChange={() => chooseLayer(option.value)} />
              <span>{option.label}</span>
            </label>
          ))}
        </fieldset>
        <div className={styles.buttons}>
          <button type="button" className={styles.control} disabled={!ready} onClick={() => engine.current?.zoom(1.25)} aria-label="Zoom in">
            +
          </button>
          <button type="button" className={styles.control} disabled={!ready} onClick={() => engine.current?.zoom(0.8)} aria-label="Zoom out">
            −
          </button>
          <button type="button" className={styles.control} disabled={!ready} onClick={() => engine.current?.reset()}>
            Reset view
          </button>
        </div>
        <label className={styles.find}>
          <span>Name a structure</span>
          <select
            disabled={!ready}
            value={picked?.id ?? ''}
            onChange={(event) => {
              if (event.target.value) engine.current?.pickById(event.target.value);
            }}
          >
            <option value="">Choose…</option>
            {(['muscle', 'tendon', 'bone'] as const).map((kind) => (
              <optgroup key={kind} label={`${KIND_LABEL[kind]}s`}>
                {structures
                  .filter((s) => s.kind === kind)
                  .sort((a, b) => Number(b.highlighted) - Number(a.highlighted) || a.name.localeCompare(b.name))
                  .map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
      </div>
      <p id={hintId} className={styles.hint}>
        Drag or use one finger to turn; wheel or pinch to zoom; right-drag or two fingers to pan. Keys: arrows turn, + and − zoom, 0
        resets.
      </p>
    </dialog>
  );
}
