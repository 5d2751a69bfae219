/** @jest-environment node */
import { attachmentWeights } from '@/figures/render/attachments';
import { boneMesh } from '@/figures/render/bone-geometry';
import { attachmentLock, DRAWN_ERRORS, DRAWN_PIXELS, drawnGeometry, drawnLevel } from '@/figures/render/drawn-geometry';
import { meshBounds, signedVolume } from '@/figures/render/mesh';
import type { AnatomicalModel, Attachment, Bone, Muscle } from '@/figures/model/types';

// A long bone with one muscle attached along its side.
const bone: Bone = {
  id: 'shaft',
  name: 'Shaft',
  parts: [{ kind: 'loft', label: 'shaft', sections: [{ at: [0, 0, 0], r: 0.012 }, { at: [0, 0, 0.12], r: 0.012 }], capStart: 0.006, capEnd: 0.006 }],
};
const area: Attachment = { bone: 'shaft', area: 'lateral surface', points: [[0.012, 0, 0.04], [0.012, 0, 0.07]], radius: 0.006 };
const muscle = { id: 'lateralis', name: 'Lateralis', origin: [area], insertion: [] } as unknown as Muscle;
const model = { regions: [], bones: [bone], muscles: [muscle], tendons: [] } as unknown as AnatomicalModel;

describe('the geometry the pictures are drawn from', () => {
  const full = boneMesh(bone);
  let drawn: Awaited<ReturnType<typeof drawnGeometry>>;
  beforeAll(async () => {
    drawn = await drawnGeometry(model, { bones: new Map([['shaft', full]]), muscles: new Map(), tendons: new Map() });
  });

  const shaft = (level: number) => drawn[level]!.bones.get('shaft')!;

  it('has far fewer triangles than the voxel surface, fewer at each coarser level', () => {
    expect(drawn).toHaveLength(DRAWN_ERRORS.length);
    expect(shaft(0).indices.length).toBeLessThan(full.indices.length * 0.6);
    const counts = drawn.map((_, level) => shaft(level).indices.length);
    counts.slice(1).forEach((n, i) => expect(n).toBeLessThanOrEqual(counts[i]!));
    expect(counts.at(-1)!).toBeLessThan(counts[0]!);
  });

  it('keeps every vertex of the attachment area at every level, so the area paints with the same outline', () => {
    const fullWeights = attachmentWeights(full, area);
    const painted = (w: Float32Array) => w.reduce((n, v) => n + (v > 0 ? 1 : 0), 0);
    drawn.forEach((_, level) => {
      const lightWeights = attachmentWeights(shaft(level), area);
      expect(painted(lightWeights)).toBe(painted(fullWeights));
      expect(lightWeights.reduce((s, v) => s + v, 0)).toBeCloseTo(fullWeights.reduce((s, v) => s + v, 0), 3);
    });
  });

  it('locks the area with a margin and nothing far from it', () => {
    const lock = attachmentLock(model, 'shaft', full);
    const P = full.positions;
    for (let v = 0; v < lock.length; v++) {
      const z = P[v * 3 + 2] ?? 0;
      if (lock[v]) expect(z).toBeGreaterThan(0.04 - 0.006 - 0.004);
      if (lock[v]) expect(z).toBeLessThan(0.07 + 0.006 + 0.004);
    }
    expect(lock.some((l) => l === 1)).toBe(true);
  });

  it('keeps the shape at every level: the same bounds and volume, within its error', () => {
    DRAWN_ERRORS.forEach((error, level) => {
      const light = shaft(level);
      const [a, b] = [meshBounds(full), meshBounds(light)];
      a.forEach((v, i) => expect(Math.abs(v - (b[i] ?? 0))).toBeLessThanOrEqual(error));
      // A surface moved by at most the error changes the volume by at most error x area (about 2% at 0.1 mm).
      const area = 2 * Math.PI * 0.012 * 0.132;
      const change = Math.abs(signedVolume(light.positions, light.indices) - signedVolume(full.positions, full.indices));
      expect(change).toBeLessThan(error * area);
    });
  });

  it('draws each framing from the coarsest level that strays at most DRAWN_PIXELS', () => {
    // The closest framings need the finest level; a whole limb (0.9 m in 1875 pixels) a coarse one.
    expect(drawnLevel(20000)).toBe(0);
    const limb = 1875 / 0.9;
    const level = drawnLevel(limb);
    expect(level).toBeGreaterThan(0);
    expect(DRAWN_ERRORS[level]! * limb).toBeLessThanOrEqual(DRAWN_PIXELS);
    if (level < DRAWN_ERRORS.length - 1) expect(DRAWN_ERRORS[level + 1]! * limb).toBeGreaterThan(DRAWN_PIXELS);
    expect(drawnLevel(100)).toBe(DRAWN_ERRORS.length - 1);
  });
});
