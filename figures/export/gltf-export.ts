import { Document, Logger, NodeIO, type Material, type Node } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { meshopt } from '@gltf-transform/functions';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';
import type { AnatomicalModel } from '../model/types';
import { paintBones } from '../render/attachments';
import { BONE, MUTED_MUSCLE, MUTED_TENDON, TARGET_MUSCLE, TARGET_TENDON, vary, type Rgb } from '../render/palette';
import { framingFor, subjectOf, type FramingName, type Sides } from '../render/framing';
import type { SceneItem } from '../render/render-view';
import type { SceneGeometry } from '../render/scene-geometry';
import { sceneItems, sidedItems } from '../render/scene-items';
import { simplifyMesh, type LightMesh } from './simplify';

/**
 * The 3D models of the atlas pages as binary glTF, from the same scene geometry as the pictures, in
 * two files each, so that the pages of a region share most of what they download:
 * - a region's scene (`sceneDocument`): every bone, muscle belly and tendon its pictures draw, as a
 *   node named as the atlas names it, in the pictures' muted colours, each muscle and tendon with
 *   the colour the pictures highlight it in;
 * - a page's painted bones (`pageDocument`): the bones its muscles attach to, painted with their
 *   origins (orange) and insertions (blue) by the pictures' own paintBones. The viewer draws them in
 *   place of the scene's, and the page's muscles (the manifest's `highlighted`) and their tendons in
 *   their highlight colour.
 *
 * Axes are glTF's: +Y up, +Z anterior (the body faces +Z), so +X is the body's left; the model's
 * (x, y, z) becomes (-x, z, y). Metres, as in the model.
 *
 * Each node's `extras` (three.js: `userData`) say what it is:
 * `{ name, id, kind: 'bone' | 'muscle' | 'tendon', highlight?, href?, of?, midline? }`, `highlight`
 * a muscle's or tendon's highlighted colour, `href` a muscle's page, `of` a tendon's muscles
 * (`[{ id, name, href? }]`).
 *
 * Like the model, the files hold the right side and the midline structures only. The root node's
 * extras `{ scene, sides }` (a page's: `{ page, sides }`) say whether the pictures show both sides
 * (`sides: 'both'`: the back, the abdomen, the head, the neck, the pelvic floor); then the viewer
 * draws each structure that is not `midline: true` a second time, mirrored to the left, which costs
 * no download.
 */

/** A page as the export needs it: its URL and the model muscles it highlights. */
export interface ModelPage {
  readonly url: string;
  readonly name: string;
  readonly kind: string;
  readonly muscles: readonly string[];
  /** The region's framing: which structures belong in the page's scene (those its pictures draw). */
  readonly framing?: FramingName;
  /** Whether the page's pictures show the right side alone or both sides (the right by default). */
  readonly sides?: Sides;
}

/**
 * The ids of the structures a page's scene holds: those its pictures may draw (not left out of its
 * region's framing) that reach into the region's frame, with a margin.
 */
function inScene(items: readonly SceneItem[], framing: FramingName | undefined): (id: string) => boolean {
  if (framing === undefined) return () => true;
  const f = framingFor(framing, 100, 100);
  const half = 50 / f.pixelsPerMetre + 0.05;
  const ids = new Set(
    sidedItems(items, 'right', framing)
      .filter((item) => item.bounds[5] >= f.centreZ - half && item.bounds[2] <= f.centreZ + half)
      .map((item) => item.id),
  );
  return (id) => ids.has(id);
}

/** What the atlas calls a model muscle and where its page is. */
export interface AtlasName {
  readonly name: string;
  readonly href?: string;
}

export interface StructureExtras {
  readonly id: string;
  readonly kind: 'bone' | 'muscle' | 'tendon';
  /** A muscle's or tendon's colour where a page highlights it, as the pictures draw it ('#rrggbb', sRGB). */
  readonly highlight?: string;
  readonly href?: string;
  readonly of?: readonly { readonly id: string; readonly name: string; readonly href?: string }[];
  /** Modelled whole across the midline (a vertebra, the tongue): never mirrored. */
  readonly midline?: true;
}

/** The simplified meshes of the whole model, made once per run and shared by every page. */
export interface LightScene {
  readonly bones: ReadonlyMap<string, LightMesh>;
  readonly muscles: ReadonlyMap<string, LightMesh>;
  readonly tendons: ReadonlyMap<string, LightMesh>;
}

export function simplifyScene(geometry: SceneGeometry): LightScene {
  const each = (meshes: SceneGeometry['bones']) => new Map([...meshes].map(([id, mesh]) => [id, simplifyMesh(mesh)] as const));
  return { bones: each(geometry.bones), muscles: each(geometry.muscles), tendons: each(geometry.tendons) };
}

/**
 * The atlas's name and page of each model muscle: a muscle or part page that shows exactly that
 * muscle names it and is its link; a muscle with no page of its own keeps the model's name.
 */
export function atlasNames(model: AnatomicalModel, pages: readonly ModelPage[]): Map<string, AtlasName> {
  const names = new Map<string, AtlasName>(model.muscles.map((m) => [m.id, { name: m.name }] as const));
  for (const page of pages) {
    const [only] = page.muscles;
    if (page.muscles.length !== 1 || only === undefined || !names.has(only)) continue;
    if (page.kind !== 'muscle' && page.kind !== 'part') continue;
    if (names.get(only)?.href) continue;
    names.set(only, { name: page.name, href: page.url });
  }
  return names;
}

/** The extras flag of a structure modelled whole across the midline. */
const midline = (structure: { readonly midline?: true }): { midline?: true } => (structure.midline ? { midline: true } : {});

/** sRGB 0-255 to glTF's linear 0-1. */
function linear(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Model frame (x right, y anterior, z up) to glTF (x left, y up, z anterior). */
function toGltf(v: Float32Array): Float32Array<ArrayBuffer> {
  const out = new Float32Array(v.length);
  for (let i = 0; i < v.length; i += 3) {
    out[i] = -(v[i] ?? 0);
    out[i + 1] = v[i + 2] ?? 0;
    out[i + 2] = v[i + 1] ?? 0;
  }
  return out;
}

/** A point of the model frame in glTF axes. */
export function pointToGltf(p: readonly [number, number, number]): [number, number, number] {
  return [-p[0], p[2], p[1]];
}

/** What a region's scene holds: the structures of a framing's pictures, on its sides. */
export interface ModelScene {
  readonly framing?: FramingName;
  readonly sides?: Sides;
  /** Bones every page of the region paints: each page's file has them, so the scene leaves them out. */
  readonly paintedByAll?: ReadonlySet<string>;
}

/** A glTF document with a root node, and a way to add a structure to it as a node of its own. */
function structureDocument(rootName: string, rootExtras: Record<string, string>) {
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  doc.createExtension(KHRMeshQuantization);
  const buffer = doc.createBuffer();
  const scene = doc.createScene(rootName);
  const root = doc.createNode(rootName.charAt(0).toUpperCase() + rootName.slice(1)).setExtras(rootExtras);
  scene.addChild(root);
  const materials = new Map<string, Material>();
  const material = (name: string, colour: Rgb): Material => {
    const key = `${name} ${colour.map((c) => c.toFixed(2)).join(' ')}`;
    let m = materials.get(key);
    if (!m) {
      m = doc
        .createMaterial(name)
        .setBaseColorFactor([linear(colour[0]), linear(colour[1]), linear(colour[2]), 1])
        .setMetallicFactor(0)
        .setRoughnessFactor(0.75);
      materials.set(key, m);
    }
    return m;
  };
  const add = (name: string, mesh: LightMesh, mat: Material, extras: StructureExtras, colours?: Float32Array<ArrayBuffer>): Node => {
    const prim = doc
      .createPrimitive()
      .setMaterial(mat)
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(mesh.positions.length / 3 <= 65536 ? Uint16Array.from(mesh.indices) : Uint32Array.from(mesh.indices)).setBuffer(buffer))
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(toGltf(mesh.positions)).setBuffer(buffer))
      .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(toGltf(mesh.normals)).setBuffer(buffer));
    if (colours) prim.setAttribute('COLOR_0', doc.createAccessor().setType('VEC3').setArray(colours).setBuffer(buffer));
    // The name is in the extras too: loaders may rewrite node names (three.js: spaces to underscores, duplicates numbered).
    const node = doc.createNode(name).setMesh(doc.createMesh(name).addPrimitive(prim)).setExtras({ name, ...extras });
    root.addChild(node);
    return node;
  };
  return { doc, material, add };
}

/** An sRGB colour as '#rrggbb'. */
const hex = (colour: Rgb): string => `#${colour.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** A muscle's extras: its highlighted colour, and its page when it has one. */
function muscleExtras(muscle: AnatomicalModel['muscles'][number], names: ReadonlyMap<string, AtlasName>): StructureExtras {
  const atlas = names.get(muscle.id);
  return { id: muscle.id, kind: 'muscle', highlight: hex(vary(TARGET_MUSCLE, muscle.id, 0.05)), ...(atlas?.href ? { href: atlas.href } : {}), ...midline(muscle) };
}

/** A tendon's extras: its highlighted colour, and the muscles it belongs to, with their names and pages. */
function tendonExtras(tendon: AnatomicalModel['tendons'][number], names: ReadonlyMap<string, AtlasName>): StructureExtras {
  const of = tendon.of.map((id) => {
    const atlas = names.get(id);
    return { id, name: atlas?.name ?? id, ...(atlas?.href ? { href: atlas.href } : {}) };
  });
  return { id: tendon.id, kind: 'tendon', highlight: hex(TARGET_TENDON), of, ...midline(tendon) };
}

/** The glTF document of a region's scene: every structure its pictures draw, in the muted colours. */
export function sceneDocument(
  model: AnatomicalModel,
  geometry: SceneGeometry,
  light: LightScene,
  region: ModelScene,
  names: ReadonlyMap<string, AtlasName>,
  /** The model's scene items (sceneItems), when the caller has them already. */
  items: readonly SceneItem[] = sceneItems(model, geometry),
): Document {
  const subject = region.framing ? subjectOf(region.framing) : 'the model';
  const { doc, material, add } = structureDocument(subject, { scene: region.framing ?? 'model', sides: region.sides ?? 'right' });
  const shown = inScene(items, region.framing);
  for (const bone of model.bones) {
    const mesh = light.bones.get(bone.id);
    if (mesh && shown(bone.id) && !region.paintedByAll?.has(bone.id)) add(bone.name, mesh, material('bone', BONE), { id: bone.id, kind: 'bone', ...midline(bone) });
  }
  for (const muscle of model.muscles) {
    const mesh = light.muscles.get(muscle.id);
    if (mesh && shown(muscle.id)) add(names.get(muscle.id)?.name ?? muscle.name, mesh, material('muscle', vary(MUTED_MUSCLE, muscle.id, 0.06)), muscleExtras(muscle, names));
  }
  for (const tendon of model.tendons) {
    const mesh = light.tendons.get(tendon.id);
    if (mesh && shown(tendon.id)) add(tendon.name, mesh, material('tendon', MUTED_TENDON), tendonExtras(tendon, names));
  }
  return doc;
}

/**
 * The glTF document of one page's painted bones, drawn in place of its region's scene's: the bones
 * its muscles attach to, painted with their areas. (Its muscles and their tendons are the scene's,
 * drawn in their highlight colour.)
 */
export function pageDocument(
  model: AnatomicalModel,
  geometry: SceneGeometry,
  page: ModelPage,
  /** The model's scene items (sceneItems), when the caller has them already. */
  items: readonly SceneItem[] = sceneItems(model, geometry),
): Document {
  const subject = page.framing ? subjectOf(page.framing) : 'the model';
  const { doc, material, add } = structureDocument(subject, { page: page.url, sides: page.sides ?? 'right' });
  const shown = inScene(items, page.framing);
  const paints = paintBones(model, geometry.bones, new Set(page.muscles), page.sides ?? 'right');
  for (const bone of model.bones) {
    const full = geometry.bones.get(bone.id);
    const paint = paints.get(bone.id);
    if (!full || !paint || !shown(bone.id)) continue;
    // A painted bone keeps the outlines of its areas: simplified again with its colours.
    const mesh = simplifyMesh(full, undefined, paint.colours);
    const colours = new Float32Array(mesh.source.length * 3);
    mesh.source.forEach((v, i) => {
      for (let k = 0; k < 3; k++) colours[i * 3 + k] = linear(paint.colours[v * 3 + k] ?? 0);
    });
    add(bone.name, mesh, material('painted bone', [255, 255, 255]), { id: bone.id, kind: 'bone', ...midline(bone) }, colours);
  }
  return doc;
}

function io(): NodeIO {
  return new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder, 'meshopt.decoder': MeshoptDecoder });
}

/** Quantized (positions 14 bits, normals and colours 8) and meshopt-compressed binary glTF. */
export async function writeCompressedGlb(doc: Document): Promise<Uint8Array> {
  await MeshoptEncoder.ready;
  await doc.transform(
    meshopt({
      encoder: MeshoptEncoder,
      level: 'high',
      quantizationVolume: 'scene',
      quantizePosition: 14,
      quantizeNormal: 8,
      quantizeColor: 8,
    }),
  );
  return io().writeBinary(doc);
}

/** Read a compressed binary glTF back (tests, checks). */
export async function readGlb(glb: Uint8Array): Promise<Document> {
  await MeshoptDecoder.ready;
  return io().readBinary(glb);
}
