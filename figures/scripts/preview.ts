/**
 * Quick look at the model while editing it: `npx tsx figures/scripts/preview.ts [framing] [angles...]`
 * writes out-figures/preview/<framing>.png with the requested views side by side.
 * Framings: the regions' own (limb, leg, thigh, hip, lumbar) and the close-ups below.
 * `BONES=1` draws the skeleton alone (seconds instead of a minute: no muscle packing); with it,
 * `HIDE=femur,patella` leaves those bones out and `ONLY=talus,meta` keeps those whose ids start so.
 * Cartilage is drawn blue-grey, ligaments straw, soft solids (the tongue) pink. `ELEV=-60` looks
 * from 60° below (a close-up may set its own elevation: `skullbase` looks up at the pterygoid
 * plates); `TILT=-90` turns the model so its top faces the camera (a dorsal view of the foot).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { model } from '../model';
import { buildSceneGeometry, type SceneGeometry } from '../render/scene-geometry';
import { viewBasis, type ViewBasis } from '../render/camera';
import { Framebuffer, drawTriangles } from '../render/rasterizer';
import { MATTE, shade, type Framing } from '../render/projection';
import { outline } from '../render/outline';
import { boneMesh, bonePartMeshes } from '../render/bone-geometry';
import type { Tissue } from '../model/types';
import { mergeMeshes, mirrorMesh, type Mesh } from '../render/mesh';
import { FRAMING_NAMES, framingFor, isFramingName, sidesOf } from '../render/framing';

/** Close-ups for editing, besides the regions' own frames (limb, leg, thigh, hip, lumbar). */
const CLOSE_UPS: Record<string, Omit<Framing, 'width' | 'height' | 'pixelsPerMetre'> & { heightM: number; elev?: number }> = {
  pelvis: { axisX: 0.05, axisY: -0.02, centreZ: 0.93, heightM: 0.3 },
  skull: { axisX: 0, axisY: 0.0, centreZ: 1.64, heightM: 0.3 },
  skullbase: { axisX: 0, axisY: 0.0, centreZ: 1.62, heightM: 0.3, elev: -70 },
  jaw: { axisX: 0, axisY: 0.03, centreZ: 1.58, heightM: 0.16 },
  larynx: { axisX: 0, axisY: 0.02, centreZ: 1.52, heightM: 0.12 },
  knee: { axisX: 0.09, axisY: 0.0, centreZ: 0.47, heightM: 0.2 },
  calf: { axisX: 0.1, axisY: -0.02, centreZ: 0.33, heightM: 0.2 },
  foot: { axisX: 0.09, axisY: 0.065, centreZ: 0.08, heightM: 0.36 },
  spine: { axisX: 0, axisY: -0.04, centreZ: 1.32, heightM: 0.66 },
  cervical: { axisX: 0, axisY: -0.03, centreZ: 1.56, heightM: 0.2 },
  lumbarspine: { axisX: 0, axisY: -0.03, centreZ: 1.13, heightM: 0.24 },
  thorax: { axisX: 0, axisY: -0.01, centreZ: 1.33, heightM: 0.5 },
  scapula: { axisX: 0.12, axisY: -0.06, centreZ: 1.4, heightM: 0.26 },
  elbow: { axisX: 0.21, axisY: -0.01, centreZ: 1.1, heightM: 0.2 },
  hand: { axisX: 0.23, axisY: 0.0, centreZ: 0.77, heightM: 0.26 },
  occiput: { axisX: 0, axisY: -0.04, centreZ: 1.63, heightM: 0.2 },
  femur: { axisX: 0.11, axisY: 0.0, centreZ: 0.71, heightM: 0.48 },
  proximalfemur: { axisX: 0.12, axisY: -0.005, centreZ: 0.83, heightM: 0.17 },
  ankle: { axisX: 0.095, axisY: 0.0, centreZ: 0.07, heightM: 0.14 },
  sacrum: { axisX: 0.0, axisY: -0.07, centreZ: 0.95, heightM: 0.16 },
};

async function main(): Promise<void> {
  const name = process.argv[2] ?? 'lowerlimb';
  const angles = process.argv.slice(3).map(Number);
  const list = angles.length > 0 ? angles : [0, 90, 180, 270];
  const W = Number(process.env.W ?? 500);
  const H = Math.round(W * 1.25);
  const close = CLOSE_UPS[name];
  const elev = Number(process.env.ELEV ?? close?.elev ?? 0);
  let framing: Framing;
  if (close) framing = { ...close, width: W * 2, height: H * 2, pixelsPerMetre: (H * 2) / close.heightM };
  else if (isFramingName(name)) framing = framingFor(name, W * 2, H * 2);
  else throw new Error(`unknown framing ${name}: ${[...FRAMING_NAMES, ...Object.keys(CLOSE_UPS)].join(', ')}`);
  const t0 = Date.now();
  const bonesOnly = process.env.BONES === '1';
  const geo: SceneGeometry = bonesOnly
    ? { bones: new Map(model.bones.filter((b) => !(process.env.HIDE ?? '').split(',').includes(b.id) && (!process.env.ONLY || process.env.ONLY.split(',').some((o) => b.id.startsWith(o)))).map((b) => [b.id, process.env.PARTS === '1' ? mergeMeshes(bonePartMeshes(b)) : boneMesh(b)] as const)), muscles: new Map(), tendons: new Map() }
    : buildSceneGeometry(model);
  console.log(`geometry ${Date.now() - t0} ms`);
  // TILT=-90 turns the model about a transverse axis through the frame's centre so its top faces
  // the camera at 0° (a dorsal view of the foot, toes down); TILT=90 shows its underside.
  const tilt = (Number(process.env.TILT ?? 0) * Math.PI) / 180;
  const tilted = (m: Mesh): Mesh => {
    if (tilt === 0) return m;
    const c = Math.cos(tilt), s = Math.sin(tilt);
    const turn = (src: Float32Array, centre: boolean): Float32Array => {
      const out = new Float32Array(src.length);
      const y0 = centre ? framing.axisY : 0, z0 = centre ? framing.centreZ : 0;
      for (let i = 0; i < src.length; i += 3) {
        const y = (src[i + 1] ?? 0) - y0, z = (src[i + 2] ?? 0) - z0;
        out[i] = src[i] ?? 0;
        out[i + 1] = y0 + y * c - z * s;
        out[i + 2] = z0 + y * s + z * c;
      }
      return out;
    };
    return { positions: turn(m.positions, true), normals: turn(m.normals, false), indices: m.indices };
  };
  // Trunk framings (and MIRROR=1) show both sides, as the pipeline does; a framing's hidden bones are left out.
  const both = process.env.MIRROR === '1' || (isFramingName(name) && sidesOf(name) === 'both');
  const TISSUE: Record<Tissue, readonly [number, number, number]> = { bone: [236, 226, 200], cartilage: [196, 212, 222], ligament: [226, 206, 170], soft: [222, 150, 150] };
  const items = [
    ...model.bones.flatMap((b) => {
      const m = geo.bones.get(b.id);
      if (!m || b.hiddenIn?.includes(name)) return [];
      const c = TISSUE[b.tissue ?? 'bone'];
      return both && !b.midline ? [{ m: tilted(m), c }, { m: tilted(mirrorMesh(m)), c }] : [{ m: tilted(m), c }];
    }),
    ...[...geo.muscles.values()].map((m) => ({ m: tilted(m), c: [190, 70, 60] as const })),
    ...[...geo.tendons.values()].map((m) => ({ m: tilted(m), c: [225, 225, 230] as const })),
  ];
  const tiles: Buffer[] = [];
  for (const angle of list) {
    const fb = new Framebuffer(W * 2, H * 2);
    fb.clear(0xffeeeef2);
    const basis = raised(viewBasis(angle), elev);
    items.forEach(({ m, c }, i) => drawTriangles(fb, shade(m, basis, framing, c, MATTE), m.indices, { id: i + 1, cull: true }));
    outline(fb, 0.004, 0.8);
    tiles.push(await sharp(Buffer.from(fb.color.buffer), { raw: { width: W * 2, height: H * 2, channels: 4 } }).resize(W, H).png().toBuffer());
  }
  const out = path.join('out-figures', 'preview');
  mkdirSync(out, { recursive: true });
  await sharp({ create: { width: W * tiles.length, height: H, channels: 4, background: '#ffffff' } })
    .composite(tiles.map((input, i) => ({ input, left: i * W, top: 0 })))
    .png()
    .toFile(path.join(out, `${name}${tilt ? `-tilt${process.env.TILT}` : ''}.png`));
  console.log(`wrote ${path.join(out, `${name}${tilt ? `-tilt${process.env.TILT}` : ''}.png`)}`);
}

/** The camera raised (positive) or lowered (negative) by `elev` degrees. */
function raised(b: ViewBasis, elev: number): ViewBasis {
  if (elev === 0) return b;
  const e = (elev * Math.PI) / 180;
  const toward = [b.toward[0] * Math.cos(e), b.toward[1] * Math.cos(e), Math.sin(e)] as const;
  const r = b.right;
  const up = [toward[1] * r[2] - toward[2] * r[1], toward[2] * r[0] - toward[0] * r[2], toward[0] * r[1] - toward[1] * r[0]] as const;
  return { angle: b.angle, toward, right: r, up };
}

void main();
