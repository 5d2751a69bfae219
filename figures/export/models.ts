/**
 * The 3D models of the atlas pages, for the "Explore in 3D" viewer: one compressed binary glTF per
 * page (see gltf-export.ts) in public/generated/models/, named by a hash of its bytes, and the
 * manifest's `model` entry of each page (file, highlighted muscles, the hero's framing).
 *
 * Made by the figure generator as each page's pictures are drawn. A page's model is rebuilt only when what it
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
import type { SceneGeometry } from '../render/scene-geometry';
import { sceneItems, sidedItems } from '../render/scene-items';
import { FIGURE_SETTINGS } from '../render/settings';
import { atlasNames, pageDocument, pointToGltf, simplifyScene, writeCompressedGlb, type LightScene, type ModelPage } from './gltf-export';
import { simplifierReady } from './simplify';

export const MODELS_URL = '/generated/models';

/**
 * The level of the drawn geometry (render/drawn-geometry.ts, 0.22 mm) the models are made from,
 * rather than the full geometry: its bones keep every attachment area's vertices as they are, so a
 * page's painted areas have the full mesh's outlines, at less than a third of the full bones'
 * triangles, which makes painting and simplifying a page's bones four times quicker. Simplified
 * again for the browser (export/simplify.ts), a surface strays at most 0.72 mm from the model's.
 */
export const MODEL_LEVEL = 2;

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
  /** The geometry the models are made from: the drawn geometry's level MODEL_LEVEL (see there). */
  readonly geometry: () => Promise<SceneGeometry>;
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

/** The hero's view (index into VIEW_ANGLES) and frame of a page drawn in this run, as its pictures have them. */
export interface DrawnHero {
  readonly view: number;
  readonly framing: Framing;
}

/**
 * The pages' models, each made when asked for (the generator asks as each page's pictures are
 * drawn, so the models are made while the workers draw), or taken from the cache when up to date.
 * `finish` remembers the current ones and removes the model files no page of the manifest names.
 */
export class PageModels {
  /** Time spent making models (they are made while the workers draw). */
  private busyMs = 0;
  private readonly dir: string;
  private readonly indexFile: string;
  private readonly index: ModelIndex;
  private readonly code: string;
  private readonly names: ReturnType<typeof atlasNames>;
  private scene: { readonly geometry: SceneGeometry; readonly light: LightScene; readonly all: readonly SceneItem[] } | null = null;
  private built = 0;
  private asked = 0;

  constructor(private readonly opts: ModelOptions) {
    this.dir = modelsDir(opts.figuresDir);
    mkdirSync(this.dir, { recursive: true });
    this.indexFile = path.join(opts.cacheDir, 'models-index.json');
    this.index = readIndex(this.indexFile);
    this.code = exportKey(opts.root);
    this.names = atlasNames(opts.model, opts.allPages);
  }

  /** A page's model: the cached one when it is up to date, else made and written now. */
  async modelOf(job: ModelJob, hero?: DrawnHero): Promise<PageModel> {
    const t0 = performance.now();
    try {
      return await this.make(job, hero);
    } finally {
      this.busyMs += performance.now() - t0;
    }
  }

  private async make(job: ModelJob, hero?: DrawnHero): Promise<PageModel> {
    this.asked++;
    const { opts, index, names } = this;
    const key = sha256(job.key, this.code, JSON.stringify(job.muscles), JSON.stringify([...names]));
    const cached = index[job.url];
    if (cached && cached.key === key && existsSync(path.join(this.dir, path.basename(cached.model.src)))) return cached.model;
    if (!this.scene) {
      const geometry = await opts.geometry();
      await simplifierReady();
      this.scene = { geometry, light: simplifyScene(geometry), all: sceneItems(opts.model, geometry) };
    }
    const { geometry, light, all } = this.scene;
    // The viewer opens framed like the hero: as the pictures drawn in this run framed it, or as the
    // pictures were framed when this page's model was last made, or (neither) framed again here.
    const view = hero
      ? heroViewOf(hero.framing, hero.view)
      : cached && cached.heroKey === job.key
        ? cached.model.view
        : framedAgain(sidedItems(all, job.sides ?? 'right', job.framing), job);
    const doc = pageDocument(opts.model, geometry, light, job, names, all);
    const glb = await writeCompressedGlb(doc);
    const file = `${job.url.replace(/^\/muscle\//, '').replace(/\/$/, '').replace(/\//g, '-')}-${sha256(Buffer.from(glb).toString('base64')).slice(0, 12)}.glb`;
    writeFileSync(path.join(this.dir, file), glb);
    const model: PageModel = { src: `${MODELS_URL}/${file}`, bytes: glb.length, highlighted: [...job.muscles], view };
    index[job.url] = { key, heroKey: job.key, model };
    this.built++;
    opts.log(`  ${job.url}  3D model ${(glb.length / 1024).toFixed(0)} KB`);
    return model;
  }

  /** Remembers which model file is current for each page, and removes those no page of the manifest names. */
  finish(manifest: FigureManifest): void {
    mkdirSync(this.opts.cacheDir, { recursive: true });
    writeFileSync(this.indexFile, `${JSON.stringify(this.index)}\n`);
    const keep = new Set(Object.values(manifest.pages).flatMap((p) => (p.model ? [path.basename(p.model.src)] : [])));
    let removed = 0;
    for (const name of readdirSync(this.dir)) {
      if (!keep.has(name)) {
        rmSync(path.join(this.dir, name), { force: true });
        removed++;
      }
    }
    this.opts.log(`3D models: ${this.built} built, ${this.asked - this.built} up to date, ${removed} stale removed, in ${(this.busyMs / 1000).toFixed(1)} s`);
  }
}
