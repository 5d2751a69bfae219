/** @jest-environment node */
import { figureManifestSchema } from '@/figures/manifest';
import { atlasNames, pageDocument, readGlb, sceneDocument, simplifyScene, writeCompressedGlb, type ModelPage } from '@/figures/export/gltf-export';
import { simplifierReady } from '@/figures/export/simplify';
import type { AnatomicalModel, Muscle } from '@/figures/model/types';
import { meshBounds, type Mesh } from '@/figures/render/mesh';
import { ORIGIN } from '@/figures/render/palette';
import { ellipsoidMesh } from '@/figures/render/primitives';
import type { SceneGeometry } from '@/figures/render/scene-geometry';
import type { Document, Node } from '@gltf-transform/core';

/** A small model: a bone, two muscles on it, and a tendon of one of them. */
const ellipsoid = (center: [number, number, number], radii: [number, number, number]): Mesh =>
  ellipsoidMesh({ kind: 'ellipsoid', label: 'part', center, radii });

const muscle = (id: string, name: string, origin: [number, number, number]): Muscle => ({
  id,
  name,
  path: [origin, [origin[0], origin[1], origin[2] - 0.2]],
  facing: [0, -1, 0],
  profile: [{ t: 0, w: 0.03, d: 0.02 }],
  shape: 'fusiform',
  depth: 'superficial',
  origin: [{ bone: 'tibia', area: 'soleal line', points: [origin], radius: 0.02 }],
  insertion: [],
});

const model: AnatomicalModel = {
  regions: ['leg'],
  bones: [{ id: 'tibia', name: 'Tibia', parts: [] }],
  muscles: [muscle('soleus', 'Soleus (model name)', [0.1, -0.02, 0.4]), muscle('plantaris', 'Plantaris', [0.12, -0.02, 0.42])],
  tendons: [{ id: 'calcanealtendon', name: 'Calcaneal tendon', of: ['soleus'], path: [[0.1, -0.04, 0.2], [0.1, -0.05, 0.05]], facing: [0, -1, 0], profile: [{ t: 0, w: 0.01, d: 0.01 }] }],
};

const geometry: SceneGeometry = {
  bones: new Map([['tibia', ellipsoid([0.1, 0, 0.25], [0.02, 0.02, 0.2])]]),
  muscles: new Map([
    ['soleus', ellipsoid([0.1, -0.045, 0.3], [0.03, 0.02, 0.12])],
    ['plantaris', ellipsoid([0.13, -0.04, 0.35], [0.008, 0.008, 0.08])],
  ]),
  tendons: new Map([['calcanealtendon', ellipsoid([0.1, -0.05, 0.12], [0.006, 0.006, 0.07])]]),
};

const pages: ModelPage[] = [
  { url: '/muscle/leg/', name: 'Muscles of the leg', kind: 'region', muscles: ['soleus', 'plantaris'] },
  { url: '/muscle/leg/soleus/', name: 'Soleus', kind: 'muscle', muscles: ['soleus'] },
];

/** A page's own file, read back. */
async function exported(page: ModelPage): Promise<{ doc: Document; bytes: number }> {
  await simplifierReady();
  const doc = pageDocument(model, geometry, page);
  const glb = await writeCompressedGlb(doc);
  return { doc: await readGlb(glb), bytes: glb.length };
}

/** The region's scene file, read back. */
async function scene(): Promise<Document> {
  await simplifierReady();
  return readGlb(await writeCompressedGlb(sceneDocument(model, geometry, simplifyScene(geometry), { framing: 'leg', sides: 'right' }, atlasNames(model, pages))));
}

const structures = (doc: Document): Node[] => doc.getRoot().listNodes().filter((node) => node.getMesh() !== null);
const extras = (node: Node): Record<string, unknown> => node.getExtras();

describe('the 3D model of a page', () => {
  it('has a scene of the region that names every structure as the atlas does, with its id, kind, page and highlight colour', async () => {
    const doc = await scene();
    const byId = new Map(structures(doc).map((node) => [extras(node).id, node] as const));
    expect([...byId.keys()].sort()).toEqual(['calcanealtendon', 'plantaris', 'soleus', 'tibia']);
    // A muscle with a page of its own takes the page's name and links to it.
    expect(byId.get('soleus')?.getName()).toBe('Soleus');
    expect(extras(byId.get('soleus')!)).toMatchObject({ kind: 'muscle', href: '/muscle/leg/soleus/' });
    // One without keeps the model's name and has no link.
    expect(byId.get('plantaris')?.getName()).toBe('Plantaris');
    expect(extras(byId.get('plantaris')!).href).toBeUndefined();
    expect(extras(byId.get('tibia')!)).toMatchObject({ kind: 'bone' });
    expect(extras(byId.get('calcanealtendon')!)).toMatchObject({ kind: 'tendon', of: [{ id: 'soleus', name: 'Soleus', href: '/muscle/leg/soleus/' }] });
    // Drawn muted; where a page highlights them, the viewer draws them in the pictures' red.
    expect(extras(byId.get('soleus')!).highlight).toMatch(/^#[0-9a-f]{6}$/);
    expect(extras(byId.get('calcanealtendon')!).highlight).toBe('#ea9280');
    expect(extras(byId.get('tibia')!).highlight).toBeUndefined();
  });

  it('has a file of the page’s own bones, painted with its muscles’ attachments', async () => {
    const { doc } = await exported(pages[1]!);
    // Nothing else: the rest is the region's scene, shared by its pages.
    expect(structures(doc).map((node) => extras(node).id)).toEqual(['tibia']);
    const tibia = structures(doc).find((node) => extras(node).id === 'tibia');
    const colours = tibia?.getMesh()?.listPrimitives()[0]?.getAttribute('COLOR_0');
    expect(colours).not.toBeNull();
    // Some of the bone has the origins' colour (the origin of soleus), the rest ivory. glTF vertex colours are linear.
    const linear = (v: number) => ((v / 255) <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
    const origin = ORIGIN.map(linear);
    let painted = 0;
    const c: number[] = [];
    for (let i = 0; i < (colours?.getCount() ?? 0); i++) {
      colours?.getElement(i, c);
      if (origin.every((v, k) => Math.abs((c[k] ?? 0) - v) < 0.05)) painted++;
    }
    expect(painted).toBeGreaterThan(0);
    expect(painted).toBeLessThan(colours?.getCount() ?? 0);
  });

  it('leaves out of a scene the bones every page of its region paints (each page’s file has them)', async () => {
    await simplifierReady();
    const doc = await readGlb(await writeCompressedGlb(sceneDocument(model, geometry, simplifyScene(geometry), { framing: 'leg', paintedByAll: new Set(['tibia']) }, atlasNames(model, pages))));
    expect(structures(doc).map((node) => extras(node).id).sort()).toEqual(['calcanealtendon', 'plantaris', 'soleus']);
  });

  it('keeps the model’s bounds, in glTF axes (+Y up, +Z anterior, +X the body’s left)', async () => {
    const doc = await scene();
    const all = [...geometry.bones.values(), ...geometry.muscles.values(), ...geometry.tendons.values()];
    const [x0, y0, z0, x1, y1, z1] = all.map(meshBounds).reduce((a, b) => a.map((v, i) => (i < 3 ? Math.min(v, b[i]!) : Math.max(v, b[i]!))) as typeof a);
    const min = [Infinity, Infinity, Infinity];
    const max = [-Infinity, -Infinity, -Infinity];
    for (const node of structures(doc)) {
      const matrix = node.getWorldMatrix();
      const position = node.getMesh()?.listPrimitives()[0]?.getAttribute('POSITION');
      const p: number[] = [];
      for (let i = 0; i < (position?.getCount() ?? 0); i++) {
        position?.getElement(i, p);
        const [px = 0, py = 0, pz = 0] = p;
        const world = [0, 1, 2].map((r) => (matrix[r] ?? 0) * px + (matrix[4 + r] ?? 0) * py + (matrix[8 + r] ?? 0) * pz + (matrix[12 + r] ?? 0));
        world.forEach((v, k) => {
          min[k] = Math.min(min[k] ?? 0, v);
          max[k] = Math.max(max[k] ?? 0, v);
        });
      }
    }
    const mm = 0.001;
    expect(min[0]).toBeCloseTo(-x1, 2);
    expect(max[0]).toBeCloseTo(-x0, 2);
    expect(Math.abs((min[1] ?? 0) - z0)).toBeLessThan(mm);
    expect(Math.abs((max[1] ?? 0) - z1)).toBeLessThan(mm);
    expect(Math.abs((min[2] ?? 0) - y0)).toBeLessThan(mm);
    expect(Math.abs((max[2] ?? 0) - y1)).toBeLessThan(mm);
  });

  it('says whether the viewer mirrors it to show both sides, and which structures lie across the midline', async () => {
    const rootExtras = (doc: Document): Record<string, unknown> => doc.getRoot().listScenes()[0]!.listChildren()[0]!.getExtras();
    // A limb's page holds the right side alone.
    expect(rootExtras((await exported(pages[1]!)).doc)).toMatchObject({ page: '/muscle/leg/soleus/', sides: 'right' });
    expect(rootExtras(await scene())).toMatchObject({ scene: 'leg', sides: 'right' });
    // A page whose pictures show both sides, with a bone modelled whole across the midline.
    const trunk: AnatomicalModel = { ...model, bones: [{ ...model.bones[0]!, midline: true }] };
    await simplifierReady();
    const both = await readGlb(await writeCompressedGlb(pageDocument(trunk, geometry, { ...pages[1]!, sides: 'both' })));
    expect(rootExtras(both)).toMatchObject({ sides: 'both' });
    const midline = structures(both).filter((node) => extras(node).midline === true).map((node) => extras(node).id);
    expect(midline).toEqual(['tibia']);
  });

  it('is compressed with meshopt and quantized', async () => {
    await simplifierReady();
    const doc = sceneDocument(model, geometry, simplifyScene(geometry), { framing: 'leg' }, atlasNames(model, pages));
    const glb = await writeCompressedGlb(doc);
    const json = JSON.parse(Buffer.from(glb.subarray(20, 20 + new DataView(glb.buffer, glb.byteOffset).getUint32(12, true))).toString('utf8'));
    expect(json.extensionsUsed).toEqual(expect.arrayContaining(['EXT_meshopt_compression', 'KHR_mesh_quantization']));
  });
});

describe('the manifest’s model entry', () => {
  const entry = {
    hero: { animated: '/generated/figures/a-turntable.webp', still: '/generated/figures/a-still.webp', width: 560, height: 700, alt: 'a' },
    gallery: Array.from({ length: 16 }, () => ({ src: '/generated/figures/a.webp', thumb: '/generated/figures/a-t.webp', width: 1, height: 1, thumbWidth: 1, thumbHeight: 1, caption: 'c', alt: 'a' })),
    og: { src: '/generated/figures/a-og.jpg', width: 1, height: 1 },
  };

  it('is optional: a manifest written before it still parses', () => {
    expect(figureManifestSchema.safeParse({ version: 1, pages: { '/muscle/leg/': entry } }).success).toBe(true);
  });

  it('names the page’s glTF file and its region’s scene under /generated/models/, and the hero’s framing', () => {
    const model = {
      src: '/generated/models/leg-soleus-0123456789ab.glb',
      bytes: 1000,
      scene: '/generated/models/scene-leg-0123456789ab.glb',
      sceneBytes: 300000,
      highlighted: ['soleus'],
      view: { target: [-0.1, 0.3, 0], angle: 180, height: 0.4, aspect: 0.8 },
    };
    expect(figureManifestSchema.safeParse({ version: 1, pages: { '/muscle/leg/': { ...entry, model } } }).success).toBe(true);
    expect(figureManifestSchema.safeParse({ version: 1, pages: { '/muscle/leg/': { ...entry, model: { ...model, src: 'https://elsewhere/x.glb' } } } }).success).toBe(false);
    expect(figureManifestSchema.safeParse({ version: 1, pages: { '/muscle/leg/': { ...entry, model: { ...model, scene: '/elsewhere/x.glb' } } } }).success).toBe(false);
  });
});
