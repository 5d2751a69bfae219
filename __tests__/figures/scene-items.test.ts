/** @jest-environment node */
import { model } from '@/figures/model';
import type { Mesh } from '@/figures/render/mesh';
import type { SceneGeometry } from '@/figures/render/scene-geometry';
import { sceneItems, sidedItems } from '@/figures/render/scene-items';

/** One small triangle for every structure: which items a picture holds does not depend on their shapes. */
const triangle: Mesh = {
  positions: new Float32Array([0.1, 0, 1, 0.11, 0, 1, 0.1, 0.01, 1]),
  indices: new Uint32Array([0, 1, 2]),
  normals: new Float32Array([0, 1, 0, 0, 1, 0, 0, 1, 0]),
};
const geometry: SceneGeometry = {
  bones: new Map(model.bones.map((b) => [b.id, triangle])),
  muscles: new Map(model.muscles.map((m) => [m.id, triangle])),
  tendons: new Map(model.tendons.map((t) => [t.id, triangle])),
};
const items = sceneItems(model, geometry);
const drawn = (framing: string, sides: 'right' | 'both' = 'right'): string[] => sidedItems(items, sides, framing).map((it) => it.id);

describe('what a region’s pictures draw', () => {
  it('the arm’s and forearm’s: the upper limb with its girdle, nothing of the trunk', () => {
    for (const framing of ['arm', 'forearm']) {
      const ids = drawn(framing);
      expect(ids).toEqual(expect.arrayContaining(['clavicle', 'scapula', 'humerus', 'radius', 'ulna', 'longbicepsbrachii', 'claviculardeltoid', 'pronatorteres']));
      for (const id of ['rib5', 'sternum', 'thoracicspine', 'hipbone', 'femur', 'sternocostalpectoralismajor', 'serratusanteriorlower', 'trapezius', 'latissimusdorsi', 'rectusabdominis', 'soleus']) {
        expect(ids).not.toContain(id);
      }
    }
  });

  it('the shoulder’s: the chest wall closed by the intercostal sheet, and the muscles from the trunk to the girdle', () => {
    const ids = drawn('shoulder');
    expect(ids).toEqual(expect.arrayContaining(['rib5', 'intercostalspaces', 'sternum', 'serratusanteriorlower', 'sternocostalpectoralismajor', 'trapezius']));
    expect(ids).not.toContain('femur');
    expect(ids).not.toContain('gluteusmaximus');
  });

  it('the lower limb’s: none of the muscles of the trunk or the upper limb', () => {
    for (const framing of ['lowerlimb', 'hip', 'thigh', 'leg', 'lumbar']) {
      const ids = new Set(drawn(framing));
      for (const id of ['externaloblique', 'rectusabdominis', 'latissimusdorsi', 'iliocostalis', 'multifidus', 'longbicepsbrachii', 'humerus']) {
        expect(ids.has(id)).toBe(false);
      }
      expect(ids.has('psoasmajor')).toBe(true);
    }
  });

  it('the back’s and abdomen’s: both sides of paired muscles, the midline once, no forearm', () => {
    for (const framing of ['back', 'abdomen']) {
      const both = sidedItems(items, 'both', framing);
      const sides = (id: string) => both.filter((it) => it.id === id).map((it) => it.side).sort();
      expect(sides('trapezius')).toEqual(['left', 'right']);
      expect(sides('externaloblique')).toEqual(['left', 'right']);
      expect(sides('thoracicspine')).toEqual(['midline']);
      expect(sides('humerus')).toEqual(['left', 'right']);
      expect(sides('radius')).toEqual([]);
      expect(sides('flexorcarpiradialis')).toEqual([]);
    }
  });
});

describe('a muscle modelled as several sheets', () => {
  it('names a muscle of the model as the one its sheets belong to, and is drawn wherever that muscle is', () => {
    const sheets = model.muscles.filter((m) => m.sheetOf !== undefined);
    expect(sheets.map((m) => m.id)).toEqual(expect.arrayContaining(['trapeziusshoulder', 'diaphragmsternal', 'diaphragmlumbar']));
    for (const sheet of sheets) {
      const whole = items.find((it) => it.id === sheet.sheetOf);
      expect(whole?.kind).toBe('muscle');
      // Left out of the same pictures as its muscle: no piece of trapezius hangs over the arm's pictures.
      expect([...(items.find((it) => it.id === sheet.id)?.hiddenIn ?? [])].sort()).toEqual([...(whole?.hiddenIn ?? [])].sort());
    }
  });
});
