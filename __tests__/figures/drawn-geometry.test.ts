/** @jest-environment node */
import { attachmentWeights } from '@/figures/render/attachments';
import { boneMesh } from '@/figures/render/bone-geometry';
import { attachmentLock, DRAWN_ERROR, drawnGeometry } from '@/figures/render/drawn-geometry';
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

  it('has far fewer triangles than the voxel surface', () => {
    const light = drawn.bones.get('shaft')!;
    expect(light.indices.length).toBeLessThan(full.indices.length * 0.6);
  });

  it('keeps every vertex of the attachment area, so the area paints with the same outline', () => {
    const light = drawn.bones.get('shaft')!;
    const fullWeights = attachmentWeights(full, area);
    const lightWeights = attachmentWeights(light, area);
    const painted = (w: Float32Array) => w.reduce((n, v) => n + (v > 0 ? 1 : 0), 0);
    expect(painted(lightWeights)).toBe(painted(fullWeights));
    expect(lightWeights.reduce((s, v) => s + v, 0)).toBeCloseTo(fullWeights.reduce((s, v) => s + v, 0), 3);
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

  it('keeps the shape: the same bounds and volume, within its error', () => {
    const light = drawn.bones.get('shaft')!;
    const [a, b] = [meshBounds(full), meshBounds(light)];
    a.forEach((v, i) => expect(Math.abs(v - (b[i] ?? 0))).toBeLessThanOrEqual(DRAWN_ERROR));
    // A surface moved by at most the error changes the volume by at most error x area (about 2% here).
    const area = 2 * Math.PI * 0.012 * 0.132;
    const change = Math.abs(signedVolume(light.positions, light.indices) - signedVolume(full.positions, full.indices));
    expect(change).toBeLessThan(DRAWN_ERROR * area);
  });
});
