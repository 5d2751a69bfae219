/**
 * The 3D models of the atlas pages, for the "Explore in 3D" viewer, in public/generated/models/:
 * compressed binary glTF (see gltf-export.ts), one per region's scene shared by the region's pages,
 * and one per page with its painted bones, each named by a hash of its bytes; and the manifest's
 * `model` entry of each page (its two files, its highlighted muscles, the hero's framing).
 *
 * Made by the figure generator as each page's pictures are drawn. A page's file is rebuilt only
 * when what it depends on changed (the page's figure key, which covers the model, the geometry code
 * and the page's selection, and this folder's code), a scene's when the figures' global key or this
 * folder's code changed; which files are current is remembered in the geometry cache folder
 * (models-index.json). This folder is not part of the pictures' key, so changing the export never
 * redraws the pictures.
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
import { paintedAttachments } from '../render/attachments';
import { atlasNames, pageDocument, pointToGltf, sceneDocument, simplifyScene, writeCompressedGlb, type LightScene, type ModelPage } from './gltf-export';
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

/**
 * Which files are current: for each page its key, the figure key its hero view was found for and
 * its manifest entry; for each region's scene its key, file and bytes.
 */
const indexSchema = z.object({
  pages: z.record(z.string(), z.object({ key: z.string(), heroKey: z.string(), model: figureManifestSchema.shape.pages.valueType.shape.model.unwrap() })),
  scenes: z.record(z.string(), z.object({ key: z.string(), src: z.string(), bytes: z.number() })),
});
type ModelIndex = z.infer<typeof indexSchema>;

function readIndex(file: string): ModelIndex {
  try {
    const parsed = indexSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : { pages: {}, scenes: {} };
  } catch {
    return { pages: {}, scenes: {} };
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
  /** The figures' global key (render/keys.ts: the model, the renderer's code, the settings): a scene is remade when it changes. */
  readonly figuresKey: string;
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

/** A region's scene file: the same for every page of the region (its framing and sides). */
interface SceneFile {
  readonly src: string;
  readonly bytes: number;
}

/** The bones a page's pictures paint with its muscles' attachments (those paintBones paints, when they are in the scene). */
function paintedBones(model: AnatomicalModel, page: ModelPage): Set<string> {
  return new Set(paintedAttachments(model, new Set(page.muscles), page.sides ?? 'right').flatMap(({ a }) => (a.bone === null ? [] : [a.bone])));
}

/** The name of a glTF file: what it holds and a hash of its bytes. */
function fileName(stem: string, glb: Uint8Array): string {
  return `${stem}-${sha256(Buffer.from(glb).toString('base64')).slice(0, 12)}.glb`;
}

/**
 * The pages' models, each made when asked for (the generator asks as each page's pictures are
 * drawn, so the models are made while the workers draw), or taken from the cache when up to date;
 * a region's scene is made once, for the first of its pages asked for.
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
  /** The regions' scene files of this run, by framing and sides. */
  private readonly scenes = new Map<string, Promise<SceneFile>>();
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

  /** The model's geometry, made lighter for the browser, and its scene items: made once, on first use. */
  private async lightScene(): Promise<NonNullable<PageModels['scene']>> {
    if (!this.scene) {
      const geometry = await this.opts.geometry();
      await simplifierReady();
      this.scene = { geometry, light: simplifyScene(geometry), all: sceneItems(this.opts.model, geometry) };
    }
    return this.scene;
  }

  /** A region's scene file: the cached one when it is up to date, else made and written now. */
  private sceneFile(job: ModelJob): Promise<SceneFile> {
    const name = `scene-${job.framing ?? 'model'}${job.sides === 'both' ? '-both' : ''}`;
    let file = this.scenes.get(name);
    if (!file) {
      file = (async () => {
        // The bones every page of the region paints are in each page's file, not the scene: a
        // region of one page (a super-region's) downloads no bone twice.
        const painted = this.opts.allPages.filter((p) => p.framing === job.framing && (p.sides ?? 'right') === (job.sides ?? 'right')).map((p) => paintedBones(this.opts.model, p));
        const paintedByAll = new Set([...(painted[0] ?? [])].filter((id) => painted.every((ids) => ids.has(id))));
        const key = sha256(this.opts.figuresKey, this.code, name, JSON.stringify([...this.names]), JSON.stringify([...paintedByAll]));
        const cached = this.index.scenes[name];
        if (cached && cached.key === key && existsSync(path.join(this.dir, path.basename(cached.src)))) return { src: cached.src, bytes: cached.bytes };
        const { geometry, light, all } = await this.lightScene();
        const glb = await writeCompressedGlb(sceneDocument(this.opts.model, geometry, light, { framing: job.framing, sides: job.sides, paintedByAll }, this.names, all));
        const src = `${MODELS_URL}/${fileName(name, glb)}`;
        writeFileSync(path.join(this.dir, path.basename(src)), glb);
        this.index.scenes[name] = { key, src, bytes: glb.length };
        this.built++;
        this.opts.log(`  ${name}  3D scene ${(glb.length / 1024).toFixed(0)} KB`);
        return { src, bytes: glb.length };
      })();
      this.scenes.set(name, file);
    }
    return file;
  }

  private async make(job: ModelJob, hero?: DrawnHero): Promise<PageModel> {
    this.asked++;
    const { opts, index, names } = this;
    const scene = await this.sceneFile(job);
    const key = sha256(job.key, this.code, JSON.stringify(job.muscles), JSON.stringify([...names]), scene.src);
    const cached = index.pages[job.url];
    if (cached && cached.key === key && existsSync(path.join(this.dir, path.basename(cached.model.src)))) return cached.model;
    const { geometry, all } = await this.lightScene();
    // The viewer opens framed like the hero: as the pictures drawn in this run framed it, or as the
    // pictures were framed when this page's model was last made, or (neither) framed again here.
    const view = hero
      ? heroViewOf(hero.framing, hero.view)
      : cached && cached.heroKey === job.key
        ? cached.model.view
        : framedAgain(sidedItems(all, job.sides ?? 'right', job.framing), job);
    const glb = await writeCompressedGlb(pageDocument(opts.model, geometry, job, all));
    const file = fileName(job.url.replace(/^\/muscle\//, '').replace(/\/$/, '').replace(/\//g, '-'), glb);
    writeFileSync(path.join(this.dir, file), glb);
    const model: PageModel = { src: `${MODELS_URL}/${file}`, bytes: glb.length, scene: scene.src, sceneBytes: scene.bytes, highlighted: [...job.muscles], view };
    index.pages[job.url] = { key, heroKey: job.key, model };
    this.built++;
    opts.log(`  ${job.url}  3D model: painted bones ${(glb.length / 1024).toFixed(0)} KB, on its region’s scene`);
    return model;
  }

  /** Remembers which model file is current for each page, and removes those no page of the manifest names. */
  finish(manifest: FigureManifest): void {
    mkdirSync(this.opts.cacheDir, { recursive: true });
    writeFileSync(this.indexFile, `${JSON.stringify(this.index)}\n`);
    const keep = new Set(Object.values(manifest.pages).flatMap((p) => (p.model ? [path.basename(p.model.src), path.basename(p.model.scene)] : [])));
    let removed = 0;
    for (const name of readdirSync(this.dir)) {
      if (!keep.has(name)) {
        rmSync(path.join(this.dir, name), { force: true });
        removed++;
      }
    }
    this.opts.log(`3D models (pages and regions' scenes): ${this.built} built, ${this.asked + this.scenes.size - this.built} up to date, ${removed} stale removed, in ${(this.busyMs / 1000).toFixed(1)} s`);
  }
}
