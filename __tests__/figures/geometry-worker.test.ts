/** @jest-environment node */
import { drawnGeometry } from '@/figures/render/drawn-geometry';
import { bonesOnSecondThread } from '@/figures/render/geometry-worker';
import { buildBoneGeometry } from '@/figures/render/scene-geometry';
import type { AnatomicalModel, Attachment, Bone, Muscle } from '@/figures/model/types';

// Two small bones, one with a muscle's attachment area (which the drawn levels keep whole).
const shaft: Bone = {
  id: 'shaft',
  name: 'Shaft',
  parts: [{ kind: 'loft', label: 'shaft', sections: [{ at: [0, 0, 0], r: 0.012 }, { at: [0, 0, 0.12], r: 0.012 }], capStart: 0.006, capEnd: 0.006 }],
};
const peg: Bone = {
  id: 'peg',
  name: 'Peg',
  parts: [{ kind: 'loft', label: 'peg', sections: [{ at: [0.05, 0, 0], r: 0.006 }, { at: [0.05, 0, 0.05], r: 0.008 }], capStart: 0.003, capEnd: 0.004 }],
};
const area: Attachment = { bone: 'shaft', area: 'lateral surface', points: [[0.012, 0, 0.04], [0.012, 0, 0.07]], radius: 0.006 };
const muscle = { id: 'lateralis', name: 'Lateralis', origin: [area], insertion: [] } as unknown as Muscle;
const model = { regions: [], bones: [shaft, peg], muscles: [muscle], tendons: [] } as unknown as AnatomicalModel;

describe("the bones' geometry built on a second thread", () => {
  it('is the geometry this thread builds, full and at every drawn level, in the model’s order', async () => {
    const bones = buildBoneGeometry(model);
    const levels = await drawnGeometry(model, { bones, muscles: new Map(), tendons: new Map() });
    const there = await bonesOnSecondThread(model);
    expect(there.bones.map(([id]) => id)).toEqual(['shaft', 'peg']);
    expect(there.bones).toEqual([...bones]);
    expect(there.levels).toEqual(levels.map((level) => [...level.bones]));
  }, 60_000);
});
