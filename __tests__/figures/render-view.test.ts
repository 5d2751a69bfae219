/** @jest-environment node */
import type { BonePaint } from '@/figures/render/attachments';
import { viewBasis } from '@/figures/render/camera';
import type { Mesh } from '@/figures/render/mesh';
import { renderView, type SceneItem } from '@/figures/render/render-view';

/** Square plates facing the anterior view, both faces drawn, each `y` metres in front of the body's plane, as one item. */
function plates(id: string, kind: SceneItem['kind'], ys: readonly number[], half: number, extra: Partial<SceneItem> = {}): SceneItem {
  const corners = ys.flatMap((y) => [
    [-half, y, -half],
    [half, y, -half],
    [half, y, half],
    [-half, y, half],
  ]);
  const quads = ys.flatMap((_, q) => [0, 1, 2, 0, 2, 3, 0, 2, 1, 0, 3, 2].map((v) => v + q * 4));
  const mesh: Mesh = {
    positions: Float32Array.from(corners.flat()),
    normals: Float32Array.from(corners.flatMap(() => [0, 1, 0])),
    indices: Uint32Array.from(quads),
  };
  return {
    id,
    kind,
    mesh,
    owners: kind === 'bone' ? [] : [id],
    bounds: [-half, Math.min(...ys), -half, half, Math.max(...ys), half],
    side: 'midline',
    ...extra,
  };
}
const plate = (id: string, kind: SceneItem['kind'], y: number, half: number, extra: Partial<SceneItem> = {}): SceneItem =>
  plates(id, kind, [y], half, extra);

const framing = { axisX: 0, axisY: 0, centreZ: 0, pixelsPerMetre: 400, width: 120, height: 120 };
const muscle = plate('deepmuscle', 'muscle', 0, 0.1);

function ghostsOver(cover: SceneItem, paints: ReadonlyMap<string, BonePaint> = new Map()): readonly string[] {
  // The cover lies in front of the muscle in one view and behind it in the opposite one.
  const front = renderView([muscle, cover], { basis: viewBasis(0), framing, highlighted: new Set([muscle.id]), paints });
  const back = renderView([muscle, cover], { basis: viewBasis(180), framing, highlighted: new Set([muscle.id]), paints });
  expect(front.ghosts.length === 0 || back.ghosts.length === 0).toBe(true);
  return [...front.ghosts, ...back.ghosts];
}

describe('what is drawn see-through over the highlighted muscle', () => {
  it('a muscle that covers it', () => {
    expect(ghostsOver(plate('cover', 'muscle', 0.02, 0.12))).toEqual(['cover']);
  });

  it('a ligament or membrane that encloses it and covers it, such as the sheet closing the intercostal spaces round the diaphragm', () => {
    const chestWall = plates('intercostalspaces', 'bone', [-0.02, 0.02], 0.12, { tissue: 'ligament' });
    const front = renderView([muscle, chestWall], { basis: viewBasis(0), framing, highlighted: new Set([muscle.id]), paints: new Map() });
    const back = renderView([muscle, chestWall], { basis: viewBasis(180), framing, highlighted: new Set([muscle.id]), paints: new Map() });
    expect(front.ghosts).toEqual(['intercostalspaces']);
    expect(back.ghosts).toEqual(['intercostalspaces']);
  });

  it('a tendon or aponeurosis of a muscle that covers it, even where the tendon itself covers nothing of it', () => {
    const cover = plate('cover', 'muscle', 0.02, 0.12);
    // Beside the highlighted muscle, not over it: solid beside its see-through belly, it would stand as a pale board.
    const sheath = { ...plate('coversheath', 'tendon', 0.02, 0.05), owners: ['cover'] };
    const shifted: SceneItem = { ...sheath, mesh: { ...sheath.mesh, positions: sheath.mesh.positions.map((v, i) => (i % 3 === 0 ? v + 0.16 : v)) }, bounds: [0.11, 0.02, -0.05, 0.21, 0.02, 0.05] };
    const lone = { ...shifted, owners: ['another'] };
    const ghosts = (items: readonly SceneItem[]): readonly string[] =>
      renderView(items, { basis: viewBasis(0), framing: { ...framing, width: 200 }, highlighted: new Set([muscle.id]), paints: new Map() }).ghosts;
    expect([...ghosts([muscle, cover, shifted])].sort()).toEqual(['cover', 'coversheath']);
    expect(ghosts([muscle, cover, lone])).toEqual(['cover']);
  });

  it('but not a membrane on one side of it only: a muscle outside the chest is not seen through the chest', () => {
    expect(ghostsOver(plate('intercostalspaces', 'bone', 0.02, 0.12, { tissue: 'ligament' }))).toEqual([]);
  });

  it('but not a bone, nor a ligament carrying an attachment the page paints', () => {
    expect(ghostsOver(plate('sternum', 'bone', 0.02, 0.12))).toEqual([]);
    const n = 4;
    const paint: BonePaint = { colours: new Float32Array(n * 3).fill(0.8), markers: new Float32Array(n * 3) };
    expect(ghostsOver(plates('lineaalba', 'bone', [-0.02, 0.02], 0.12, { tissue: 'ligament' }), new Map([['lineaalba', paint]]))).toEqual([]);
  });

  it('and a covered muscle is seen through the ligament in the picture', () => {
    const cover = plates('intercostalspaces', 'bone', [-0.02, 0.02], 0.12, { tissue: 'ligament' });
    const views = [0, 180].map((angle) => renderView([muscle, cover], { basis: viewBasis(angle), framing, highlighted: new Set([muscle.id]), paints: new Map() }));
    // From both sides the highlighted muscle's pixels are counted as seen (nearest opaque surface).
    for (const view of views) expect(view.targetPixels).toBeGreaterThan(1000);
  });
});

describe('the sheets of one muscle', () => {
  /** Two plates side by side in one plane, meeting at x = 0: as the sheets of a dome or a draped muscle meet. */
  function halves(extra: Partial<SceneItem>): readonly SceneItem[] {
    const left = plate('sheetone', 'muscle', 0, 0.05);
    const shift = (item: SceneItem, dx: number): SceneItem => ({
      ...item,
      mesh: { ...item.mesh, positions: item.mesh.positions.map((v, i) => (i % 3 === 0 ? v + dx : v)) },
      bounds: [item.bounds[0] + dx, item.bounds[1], item.bounds[2], item.bounds[3] + dx, item.bounds[4], item.bounds[5]],
    });
    return [shift(left, -0.05), { ...shift(plate('sheettwo', 'muscle', 0, 0.05), 0.05), ...extra }];
  }
  /** The picture's row through the middle, across the seam at x = 0 (the picture's centre). */
  function seamRow(items: readonly SceneItem[]): number[] {
    const view = renderView(items, { basis: viewBasis(0), framing, highlighted: new Set(['sheetone', 'sheettwo']), paints: new Map() });
    const y = 60;
    return Array.from({ length: 9 }, (_, i) => view.rgb[(y * 120 + 56 + i) * 3] ?? 0);
  }

  it('meet without an ink line where one sheet is a sheet of the other', () => {
    const apart = seamRow(halves({}));
    const joined = seamRow(halves({ sheetOf: 'sheetone' }));
    // Two muscles: an ink line darkens the pixels at the seam; one muscle's sheets: an even surface.
    expect(Math.min(...apart)).toBeLessThan(Math.min(...joined) - 20);
    expect(Math.max(...joined) - Math.min(...joined)).toBeLessThan(15);
  });
});
