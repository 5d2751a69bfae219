/**
 * The 3D models of the atlas pages, for the "Explore in 3D" viewer: one compressed binary glTF per
 * page (see gltf-export.ts) in public/generated/models/, named by a hash of its bytes, and the
 * manifest's `model` entry of each page (file, highlighted muscles, the hero's framing).
 *
 * Called by the figure generator after the pictures. A page's model is rebuilt only when what it
 * depends on changed (the page's figure key, which covers the model, the geometry code and the
 * page's selection, and this folder's code); which model file is current is remembered in the
 * geometry cache folder (models-index.json). This folder is not part of the pictures' key, so
 * changing the export never redraws the pictures.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { figureManifestSchema, type FigureManifest, type PageModel } from '../manifest';
import type { AnatomicalModel } from '../model/types';
import { VIEW_ANGLES } from '../render/camera';
import type { pageFrame } from '../render/framing';
import { hashFiles, listSources, sha256 } from '../render/hash';
import { fittedPageFrame, heroOf } from '../render/page-frame';
import type { Framing } from '../render/projection';
import type { SceneItem } from '../render/render-view';
import { sceneItems, sidedItems, type SceneGeometry } from '../render/scene-geometry';
import { FIGURE_SETTINGS } from '../render/settings';
import { atlasNames, pageDocument, pointToGltf, simplifyScene, writeCompressedGlb, type LightScene, type ModelPage } from './gltf-export';
import { simplifierReady } from './simplify';

export const MODELS_URL = '/generated/models';

/** The models folder beside the figures folder (public/generated/models for public/generated/figures). */
export function modelsDir(figuresDir: string): string {
  return path.join(path.dirname(figuresDir), 'models');
}

/** A page to export: its figure job (URL, name, kind, framing, muscles) and that job's key. */
export interface ModelJob extends ModelPage {
  readonly framing: Parameters<typeof pageFrame>[0]['framing'];
  readonly key: string;
}

/** Which model file is current for each page: its key, and the figure key its hero view was found for. */
const indexSchema = z.record(z.string(), z.object({ key: z.string(), heroKey: z.string(), model: figureManifestSchema.shape.pages.valueType.shape.model.unwrap() }));
type ModelIndex = z.infer<typeof indexSchema>;

function readIndex(file: string): ModelIndex {
  try {
    const parsed = indexSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Metres to a tenth of a millimetre. */
const round = (v: number): number => Math.round(v * 1e4) / 1e4;

/** A hash of the export code and the versions of the libraries that encode the files. */
export function exportKey(root: string): string {
  const versions = ['@gltf-transform/core', '@gltf-transform/functions', 'meshoptimizer'].map((name) => {
    try {
      const pkg: unknown = JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'));
      return typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : '';
    } catch {
      return '';
    }
  });
  return sha256(hashFiles(listSources([path.join(root, 'figures', 'export')], ['.ts']), root), ...versions);
}

export interface ModelOptions {
  readonly root: string;
  /** The figures folder (models go beside it). */
  readonly figuresDir: string;
  readonly cacheDir: string;
  readonly model: AnatomicalModel;
  /** Every page of the atlas with figures (for the names and links of the muscles). */
  readonly allPages: readonly ModelPage[];
  /** The hero's view (index into VIEW_ANGLES) and the frame of the pages drawn in this run, as their pictures have them. */
  readonly heroes: ReadonlyMap<string, { readonly view: number; readonly framing: Framing }>;
  readonly geometry: () => SceneGeometry;
  readonly log: (line: string) => void;
}

/** The 3D viewer's first view: the hero's direction (an index into VIEW_ANGLES) and frame. */
function heroViewOf(frame: Framing, view: number): PageModel['view'] {
  return {
    target: pointToGltf([round(frame.axisX), round(frame.axisY), round(frame.centreZ)]),
    angle: VIEW_ANGLES[view] ?? 0,
    height: round(frame.height / frame.pixelsPerMetre),
    aspect: frame.width / frame.height,
  };
}

/** The first view of a page whose pictures were not drawn in this run: framed, and its 16 views drawn small, as the pictures do it. */
function framedAgain(items: readonly SceneItem[], job: ModelJob): PageModel['view'] {
  const frame = fittedPageFrame(job, items, FIGURE_SETTINGS.gallery.width, FIGURE_SETTINGS.gallery.height);
  return heroViewOf(frame, heroOf(items, job, frame, 160).view);
}

/**
 * Write the model of every job that is not up to date, give each job's manifest entry its `model`,
 * and remove model files no manifest page names. Pages of the manifest that are not jobs (a partial
 * run) keep their entries.
 */
export async function addPageModels(manifest: FigureManifest, jobs: readonly ModelJob[], opts: ModelOptions): Promise<void> {
  const started = performance.now();
  const dir = modelsDir(opts.figuresDir);
  mkdirSync(dir, { recursive: true });
  const indexFile = path.join(opts.cacheDir, 'models-index.json');
  const index = readIndex(indexFile);
  const code = exportKey(opts.root);
  let geometry: SceneGeometry | null = null;
  let light: LightScene | null = null;
  let all: readonly SceneItem[] | null = null;
  const names = atlasNames(opts.model, opts.allPages);
  let built = 0;
  for (const job of jobs) {
    const entry = manifest.pages[job.url];
    if (!entry) continue;
    const key = sha256(job.key, code, JSON.stringify(job.muscles), JSON.stringify([...names]));
    const cached = index[job.url];
    if (cached && cached.key === key && existsSync(path.join(dir, path.basename(cached.model.src)))) {
      entry.model = cached.model;
      continue;
    }
    geometry ??= opts.geometry();
    if (!light) {
      await simplifierReady();
      light = simplifyScene(geometry);
    }
    all ??= sceneItems(opts.model, geometry);
    // The viewer opens framed like the hero: as the pictures drawn in this run framed it, or as the
    // pictures were framed when this page's model was last made, or (neither) framed again here.
    const hero = opts.heroes.get(job.url);
    const view = hero
      ? heroViewOf(hero.framing, hero.view)
      : cached && cached.heroKey === job.key
        ? cached.model.view
        : framedAgain(sidedItems(all, job.sides ?? 'right', job.framing), job);
    const doc = pageDocument(opts.model, geometry, light, job, names, all);
    const glb = await writeCompressedGlb(doc);
    const file = `${job.url.replace(/^\/muscle\//, '').replace(/\/$/, '').replace(/\//g, '-')}-${sha256(Buffer.from(glb).toString('base64')).slice(0, 12)}.glb`;
    writeFileSync(path.join(dir, file), glb);
    const model: PageModel = {
      src: `${MODELS_URL}/${file}`,
      bytes: glb.length,
      highlighted: [...job.muscles],
      view,
    };
    entry.model = model;
    index[job.url] = { key, heroKey: job.key, model };
    built++;
    opts.log(`  ${job.url}  3D model ${(glb.length / 1024).toFixed(0)} KB`);
  }
  mkdirSync(opts.cacheDir, { recursive: true });
  writeFileSync(indexFile, `${JSON.stringify(index)}\n`);
  const keep = new Set(Object.values(manifest.pages).flatMap((p) => (p.model ? [path.basename(p.model.src)] : [])));
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (!keep.has(name)) {
      rmSync(path.join(dir, name), { force: true });
      removed++;
    }
  }
  opts.log(`3D models: ${built} built, ${jobs.length - built} up to date, ${removed} stale removed, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
