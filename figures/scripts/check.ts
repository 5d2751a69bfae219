/**
 * Correctness checks of the anatomical model and its figures: `npx tsx figures/scripts/check.ts`
 * (add --json for a machine-readable report; the jest test runs it that way).
 *
 * - laterality: in the anterior view of this right limb the lateral side is on the viewer's left;
 * - attachments: every origin and insertion lies on the bone it names and is painted on that bone only;
 * - bones: no muscle belly or tendon passes through a bone;
 * - whole bellies: no belly falls into pieces;
 * - visibility: every page's highlighted muscles show in at least one of its 16 views;
 * - hero coverage (reported, not yet required of every page): the share of its hero a group, muscle or
 *   part page's highlighted muscles fill, 2% at least so they read at thumbnail size.
 * Uses the geometry cache of `npm run figures` (or builds it, about 15 s). Exits 1 on a problem.
 */
import path from 'node:path';
import { model } from '../model';
import { loadFigurePages } from './content-pages';
import { paintBones } from '../render/attachments';
import { viewBasis } from '../render/camera';
import { attachmentReports, bonePenetrations, brokenBellies, pageViews } from '../render/checks';
import { HERO_SHARE } from '../render/page-frame';
import { framingFor } from '../render/framing';
import { DrawnScene } from '../render/scene-items';
import { loadOrBuildDrawnGeometry, loadOrBuildGeometry } from '../render/geometry-cache';
import { defaultCacheDir, figureKeys } from '../render/keys';
import { project } from '../render/projection';
import { renderView } from '../render/render-view';
import { sceneItems, sidedItems } from '../render/scene-items';

const ROOT = path.resolve(__dirname, '..', '..');

export interface CheckReport {
  readonly laterality: { readonly fibulaX: number; readonly tibiaX: number; readonly lateralMuscleX: number; readonly medialMuscleX: number };
  readonly attachments: { readonly checked: number; readonly far: readonly string[]; readonly misPainted: readonly string[] };
  readonly penetrations: readonly { id: string; vertices: number }[];
  /** Bellies in more than one piece, with their pieces' sizes (triangles). */
  readonly broken: readonly { id: string; pieces: readonly number[] }[];
  readonly visibility: { readonly pages: number; readonly hidden: readonly string[]; readonly firstViews: Readonly<Record<string, number>> };
  /** Pages whose hero their muscles fill less than 2% of, with that share (percent). */
  readonly smallHeroes: Readonly<Record<string, number>>;
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const { geometry } = loadOrBuildGeometry(model, defaultCacheDir(ROOT), figureKeys(ROOT).geometry);
  const items = sceneItems(model, geometry);
  // What the pictures show is checked on what they are drawn from: at 64 pixels, the coarsest level.
  const { levels } = await loadOrBuildDrawnGeometry(model, defaultCacheDir(ROOT), figureKeys(ROOT).geometry);
  const drawnItems = new DrawnScene(model, levels).level().items;

  // Laterality, from the geometry and from drawn pixels.
  const meanX = (id: string): number => {
    const mesh = geometry.bones.get(id);
    if (!mesh) throw new Error(`no bone ${id}`);
    const { x } = project(mesh, viewBasis(0), framingFor('leg', 64, 80));
    return x.reduce((s, v) => s + v, 0) / x.length;
  };
  const framing = framingFor('thigh', 64, 80);
  const drawnX = (muscle: string): number => {
    const highlighted = new Set([muscle]);
    const view = renderView(sidedItems(items, 'right', 'thigh'), { basis: viewBasis(0), framing, highlighted, paints: paintBones(model, geometry.bones, highlighted) });
    let sum = 0;
    let n = 0;
    for (let k = 0; k < framing.width * framing.height; k++) {
      const r = view.rgb[k * 3] ?? 0, g = view.rgb[k * 3 + 1] ?? 0, b = view.rgb[k * 3 + 2] ?? 0;
      if (r > g + 70 && r > b + 70) {
        sum += k % framing.width;
        n++;
      }
    }
    return n > 0 ? sum / n : NaN;
  };

  // Attachments: on the named bone, painted there and nowhere else.
  const boneIds = new Set(model.bones.map((b) => b.id));
  const reports = attachmentReports(model, geometry.bones);
  const far = reports
    .filter((r) => !boneIds.has(r.bone) || r.distance > 0.006)
    .map((r) => `${r.muscle}: ${r.area} is ${(r.distance * 1000).toFixed(1)} mm from the ${r.bone}`);
  const misPainted: string[] = [];
  for (const m of model.muscles) {
    const named = new Set([...m.origin, ...m.insertion].flatMap((a) => (a.bone === null ? [] : [a.bone])));
    const paints = paintBones(model, geometry.bones, new Set([m.id]));
    for (const bone of paints.keys()) if (!named.has(bone)) misPainted.push(`${m.id}: painted on ${bone}, which it does not name`);
    for (const bone of named) {
      const p = paints.get(bone);
      if (!p || !p.markers.some((v) => v > 128)) misPainted.push(`${m.id}: nothing painted on ${bone}`);
    }
  }

  const firstViews: Record<string, number> = {};
  const pages = loadFigurePages();
  const smallHeroes: Record<string, number> = {};
  for (const page of pages) {
    const { firstVisible, share } = pageViews(drawnItems, page, 64);
    firstViews[page.url] = firstVisible;
    if (page.kind !== 'region' && page.kind !== 'superregion' && share < HERO_SHARE) smallHeroes[page.url] = Math.round(share * 1000) / 10;
  }

  const report: CheckReport = {
    laterality: { fibulaX: meanX('fibula'), tibiaX: meanX('tibia'), lateralMuscleX: drawnX('vastuslateralis'), medialMuscleX: drawnX('vastusmedialis') },
    attachments: { checked: reports.length, far, misPainted },
    penetrations: bonePenetrations(model, geometry, 0.0015, 0.008),
    broken: brokenBellies(geometry),
    visibility: { pages: pages.length, hidden: pages.filter((p) => (firstViews[p.url] ?? -1) < 0).map((p) => p.url), firstViews },
    smallHeroes,
  };
  const lateralOk = report.laterality.fibulaX < report.laterality.tibiaX && report.laterality.lateralMuscleX < report.laterality.medialMuscleX;
  const ok = lateralOk && far.length === 0 && misPainted.length === 0 && report.penetrations.length === 0 && report.broken.length === 0 && report.visibility.hidden.length === 0;
  if (json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else {
    console.log(`laterality: ${lateralOk ? 'lateral on the viewer’s left in the anterior view' : 'WRONG'} (${JSON.stringify(report.laterality)})`);
    console.log(`attachments: ${reports.length} checked; ${far.length} off their bone, ${misPainted.length} painted wrong`);
    for (const line of [...far, ...misPainted]) console.log(`  ${line}`);
    console.log(`bones: ${report.penetrations.length === 0 ? 'nothing passes through a bone' : JSON.stringify(report.penetrations)}`);
    console.log(`whole bellies: ${report.broken.length === 0 ? 'none falls into pieces' : report.broken.map((b) => `${b.id} ${b.pieces.join('+')}`).join(', ')}`);
    console.log(`visibility: ${pages.length - report.visibility.hidden.length}/${pages.length} pages show their muscles ${report.visibility.hidden.join(' ')}`);
    const small = Object.entries(smallHeroes);
    console.log(`hero coverage: ${small.length === 0 ? 'every group, muscle and part page’s muscles fill 2% of its hero or more' : `${small.length} under 2%: ${small.map(([u, pc]) => `${u} ${pc}%`).join(', ')}`}`);
  }
  process.exitCode = ok ? 0 : 1;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack ?? e.message : e);
  process.exitCode = 1;
});
