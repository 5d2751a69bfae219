/**
 * The scene geometry as drawable items: each bone, belly and tendon with its owners, side, bounds,
 * the framings that leave it out and a belly's fibre frame; a picture's items, one side or both;
 * and each drawn level's items, built once (DrawnScene). Kept apart from scene-geometry.ts, which
 * builds the meshes, so a change to how items are described does not rebuild the geometry cache
 * (keys.ts hashes only what geometry-cache.ts imports).
 */
import type { AnatomicalModel, Muscle } from '../model/types';
import { DRAWN_ERRORS } from './drawn-geometry';
import type { FibreFrame } from './fibres';
import type { Sides } from './framing';
import { meshBounds, mirrorMesh } from './mesh';
import { muscleSweep } from './muscle-volumes';
import type { SceneItem } from './render-view';
import type { SceneGeometry } from './scene-geometry';

const fibreFrames = new WeakMap<Muscle, FibreFrame>();

/** A muscle's fibre frame (its sweep), made once however many levels and pictures draw it. */
function fibreFrameOf(m: Muscle): FibreFrame {
  let frame = fibreFrames.get(m);
  if (!frame) {
    frame = { sweep: muscleSweep(m), angle: m.fibreAngle ?? 0, mirrored: false };
    fibreFrames.set(m, frame);
  }
  return frame;
}

/** The drawable items of a scene, bones first. */
export function sceneItems(model: AnatomicalModel, geo: SceneGeometry): SceneItem[] {
  const items: SceneItem[] = [];
  /** An item of the right side, or of the midline when modelled whole. */
  const item = (
    kind: SceneItem['kind'],
    structure: { readonly id: string; readonly midline?: true },
    mesh: SceneItem['mesh'],
    owners: readonly string[],
    rest: Partial<Pick<SceneItem, 'hiddenIn' | 'tissue' | 'fibres' | 'sheetOf'>>,
  ): SceneItem => ({ id: structure.id, kind, mesh, owners, bounds: meshBounds(mesh), side: structure.midline ? 'midline' : 'right', ...rest });
  for (const b of model.bones) {
    const mesh = geo.bones.get(b.id);
    if (mesh) items.push(item('bone', b, mesh, [], { ...(b.hiddenIn ? { hiddenIn: b.hiddenIn } : {}), ...(b.tissue ? { tissue: b.tissue } : {}) }));
  }
  // A muscle is left out of the framings that leave out every bone it attaches to (the muscles of
  // the hanging arm with the arm's bones, in the lower limb's pictures) and of those it names
  // itself; a tendon with its muscles.
  const boneHidden = new Map(model.bones.map((b) => [b.id, b.hiddenIn ?? []] as const));
  const common = (lists: readonly (readonly string[])[]): string[] =>
    lists.length === 0 ? [] : (lists[0] ?? []).filter((name) => lists.every((list) => list.includes(name)));
  const muscleHidden = new Map(
    model.muscles.map((m) => {
      const bones = [...m.origin, ...m.insertion].flatMap((a) => (a.bone === null ? [] : [a.bone]));
      return [m.id, [...new Set([...common(bones.map((id) => boneHidden.get(id) ?? [])), ...(m.hiddenIn ?? [])])]] as const;
    }),
  );
  const hidden = (names: readonly string[]) => (names.length > 0 ? { hiddenIn: names } : {});
  for (const m of model.muscles) {
    const mesh = geo.muscles.get(m.id);
    if (mesh) items.push(item('muscle', m, mesh, [m.id], { fibres: fibreFrameOf(m), ...hidden(muscleHidden.get(m.id) ?? []), ...(m.sheetOf ? { sheetOf: m.sheetOf } : {}) }));
  }
  for (const t of model.tendons) {
    const mesh = geo.tendons.get(t.id);
    if (mesh) items.push(item('tendon', t, mesh, t.of, hidden(common(t.of.map((id) => muscleHidden.get(id) ?? [])))));
  }
  return items;
}

/**
 * The items of a picture: the right side alone, or both sides, the right side's structures
 * mirrored to the left (same ids, so a muscle is highlighted and an attachment painted on both
 * sides). Midline structures are drawn once. With a framing, the items it hides (the upper limb
 * in the lower limb's pictures) are left out.
 */
export function sidedItems(items: readonly SceneItem[], sides: Sides, framing?: string): readonly SceneItem[] {
  const shown = framing === undefined ? items : items.filter((item) => !item.hiddenIn?.includes(framing));
  if (sides === 'right') return shown;
  const mirrored = shown
    .filter((item) => item.side === 'right')
    .map((item): SceneItem => {
      const mesh = mirrorMesh(item.mesh);
      return { ...item, mesh, bounds: meshBounds(mesh), side: 'left', ...(item.fibres ? { fibres: { ...item.fibres, mirrored: true } } : {}) };
    });
  return [...shown, ...mirrored];
}

/** A level of the drawn geometry with its scene items. */
export interface DrawnLevel {
  readonly geometry: SceneGeometry;
  readonly items: readonly SceneItem[];
}

/**
 * The drawn geometry's levels, each with its scene items built on first use, and the items a
 * page's pictures show (its framing's, on its sides) kept for the next page that shows the same.
 */
export class DrawnScene {
  private readonly built = new Map<number, DrawnLevel>();
  private readonly shown = new Map<string, readonly SceneItem[]>();

  constructor(
    private readonly model: AnatomicalModel,
    readonly levels: readonly SceneGeometry[],
  ) {
    if (levels.length !== DRAWN_ERRORS.length) throw new Error(`drawn geometry has ${levels.length} levels, not ${DRAWN_ERRORS.length}`);
  }

  /** A level (index into DRAWN_ERRORS; the coarsest when omitted). */
  level(index = this.levels.length - 1): DrawnLevel {
    let level = this.built.get(index);
    if (!level) {
      const geometry = this.levels[index];
      if (!geometry) throw new Error(`no drawn level ${index}`);
      level = { geometry, items: sceneItems(this.model, geometry) };
      this.built.set(index, level);
    }
    return level;
  }

  /** The items of a level that a picture of `framing` on `sides` shows (see sidedItems). */
  items(page: { readonly sides: Sides; readonly framing: string }, index = this.levels.length - 1): readonly SceneItem[] {
    const key = `${index} ${page.sides} ${page.framing}`;
    let items = this.shown.get(key);
    if (!items) {
      items = sidedItems(this.level(index).items, page.sides, page.framing);
      this.shown.set(key, items);
    }
    return items;
  }
}
