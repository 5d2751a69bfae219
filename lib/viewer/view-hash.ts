/**
 * The 3D viewer's address: `#3d` opens it framed like the page's hero; `#3d=<angle>,<elevation>,<zoom>`
 * opens it at a view (degrees round the limb as the pictures count them, 0 anterior and 90
 * lateral; degrees above the horizontal; zoom relative to the hero's framing, 1 = as the hero).
 */
export type ViewState = { angle: number; elevation: number; zoom: number };

const HASH = /^#3d(?:=(-?\d{1,3}(?:\.\d+)?),(-?\d{1,2}(?:\.\d+)?),(\d{1,2}(?:\.\d+)?))?$/;

/** Whether an address's hash asks for the viewer. */
export function isViewerHash(hash: string): boolean {
  return HASH.test(hash);
}

/** The view a hash names: null for none or for plain `#3d` (the hero's framing). */
export function viewFromHash(hash: string): ViewState | null {
  const match = HASH.exec(hash);
  if (!match || match[1] === undefined || match[2] === undefined || match[3] === undefined) return null;
  const angle = ((Number(match[1]) % 360) + 360) % 360;
  const elevation = Math.max(-89, Math.min(89, Number(match[2])));
  const zoom = Number(match[3]);
  if (!Number.isFinite(zoom) || zoom <= 0) return null;
  return { angle, elevation, zoom: Math.max(0.2, Math.min(20, zoom)) };
}

/** The hash of a view, rounded to whole degrees and hundredths of zoom. */
export function viewHash(view: ViewState): string {
  const angle = ((Math.round(view.angle) % 360) + 360) % 360;
  return `#3d=${angle},${Math.round(view.elevation)},${(Math.round(view.zoom * 100) / 100).toFixed(2)}`;
}
