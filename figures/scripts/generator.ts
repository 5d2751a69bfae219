/** The figure generator (see generate.ts for the command). */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { model } from '../model';
import { loadFigurePages } from './content-pages';
import { loadOrBuildDrawnGeometry } from '../render/geometry-cache';
import { sha256 } from '../render/hash';
import { defaultCacheDir, figureKeys } from '../render/keys';
import { FIGURES_DIR, MANIFEST_FILE, readFigureManifest, type FigureManifest, type PageFigures, type PageModel } from '../manifest';
import { pageEntry, pageFiles, type PageJob, type PageStats } from '../render/page-figures';
import type { FigurePage } from '../pages';
import { MODEL_LEVEL, PageModels } from '../export/models';

const ROOT = path.resolve(__dirname, '..', '..');

export interface GenerateOptions {
  /** Folder of the pictures and manifest.json. */
  out: string;
  /** Folder of the geometry cache. */
  cache: string;
  workers: number;
  /** Only pages whose URL contains this text. */
  only: string | null;
  /** Redraw every page. */
  force: boolean;
  /** Print a line per page. */
  verbose: boolean;
}

export interface GenerateSummary {
  readonly pages: number;
  readonly drawn: number;
  readonly geometry: 'built' | 'cached' | 'unused';
  /** Seconds spent building or loading the scene geometry (0 when unused). */
  readonly geometrySeconds: number;
  readonly seconds: number;
  /** Stage times of the pages drawn (their CPU times overlap when several workers draw at once). */
  readonly stats: ReadonlyMap<string, PageStats>;
}

export function defaultOptions(): GenerateOptions {
  return { out: path.join(ROOT, FIGURES_DIR), cache: defaultCacheDir(ROOT), workers: 2, only: null, force: false, verbose: true };
}

function previousManifest(dir: string): FigureManifest | null {
  try {
    return readFigureManifest(dir, { optional: true });
  } catch {
    return null;
  }
}

/** A worker's message: ready for work (at start), a page done, or a page failed. */
interface Done {
  readonly url?: string;
  readonly entry?: PageFigures;
  readonly stats?: PageStats;
  readonly error?: string;
  readonly ready?: boolean;
}

/**
 * Draw the jobs on `count` worker threads; resolves with each page's entry. Each worker holds a
 * second job while it draws one, so it never waits for this thread, which makes the 3D models
 * (`drawn` is called as each page is done).
 */
function runWorkers(
  jobs: readonly PageJob[],
  count: number,
  geometryFile: string,
  outDir: string,
  verbose: boolean,
  drawn: (job: PageJob, stats: PageStats) => void,
): Promise<Map<string, { entry: PageFigures; stats: PageStats }>> {
  const results = new Map<string, { entry: PageFigures; stats: PageStats }>();
  const byUrl = new Map(jobs.map((job) => [job.url, job] as const));
  const queue = [...jobs];
  return new Promise((resolve, reject) => {
    let live = Math.min(count, jobs.length);
    if (live === 0) resolve(results);
    for (let w = 0; w < Math.min(count, jobs.length); w++) {
      const worker = new Worker(path.join(__dirname, 'worker.ts'), {
        workerData: { geometryFile, outDir },
        execArgv: ['--require', require.resolve('tsx/cjs')],
      });
      // Jobs sent and not yet done: the worker is let go when it has none.
      let held = 0;
      const feed = (): void => {
        const job = queue.shift();
        if (job) {
          worker.postMessage(job);
          held++;
        } else if (held === 0) void worker.terminate();
      };
      worker.on('message', (m: Done) => {
        if (m.error) {
          reject(new Error(`${m.url ?? 'worker'}: ${m.error}`));
          return;
        }
        if (m.ready) {
          feed();
          feed();
          return;
        }
        if (m.url && m.entry && m.stats) {
          held--;
          results.set(m.url, { entry: m.entry, stats: m.stats });
          const invisible = m.stats.visible.every((v) => v === 0);
          if (verbose || invisible) console.log(
            `  ${m.url}  render ${(m.stats.renderMs / 1000).toFixed(1)} s, encode ${(m.stats.encodeMs / 1000).toFixed(1)} s${invisible ? '  (highlight never visible!)' : ''}`,
          );
          feed();
          const job = byUrl.get(m.url);
          if (job) drawn(job, m.stats);
        }
      });
      worker.on('error', reject);
      worker.on('exit', () => {
        live--;
        if (live === 0) resolve(results);
      });
    }
  });
}

/** The pages to draw (those whose URL contains `only`, when given), each with the hash its files are named by. */
export function pageJobs(only: string | null, globalKey: string = figureKeys(ROOT).global, pages: readonly FigurePage[] = loadFigurePages()): PageJob[] {
  return pages.filter((p) => !only || p.url.includes(only)).map((p) => ({ ...p, key: sha256(globalKey, JSON.stringify(p)) }));
}

/** Draw the figures of every page of the regions the model draws that is not up to date, and write the manifest. */
export async function generateFigures(opts: GenerateOptions): Promise<GenerateSummary> {
  const started = performance.now();
  const k = figureKeys(ROOT);
  const pages = loadFigurePages();
  const jobs = pageJobs(opts.only, k.global, pages);
  const entries = new Map<string, PageFigures>();
  const todo: PageJob[] = [];
  for (const job of jobs) {
    // File names carry the page's key: when they all exist, they are this page's current figures.
    const fresh = !opts.force && pageFiles(job).all.every((f) => existsSync(path.join(opts.out, f)));
    if (fresh) entries.set(job.url, pageEntry(job));
    else todo.push(job);
  }
  const log = (line: string): void => {
    if (opts.verbose) console.log(line);
  };
  log(`figures: ${jobs.length} pages, ${jobs.length - todo.length} up to date, ${todo.length} to draw`);
  let geometryState: GenerateSummary['geometry'] = 'unused';
  let geometrySeconds = 0;
  const stats = new Map<string, PageStats>();
  // Read or built once, for the workers and the models.
  let drawn: ReturnType<typeof loadOrBuildDrawnGeometry> | null = null;
  const drawnGeometry = (): ReturnType<typeof loadOrBuildDrawnGeometry> => (drawn ??= loadOrBuildDrawnGeometry(model, opts.cache, k.geometry));
  // The "Explore in 3D" models (figures/export), made one at a time on this thread: a drawn page's
  // as soon as its pictures are done (framed like its hero), the others' after the pictures.
  const models = new PageModels({
    root: ROOT,
    figuresKey: k.global,
    figuresDir: opts.out,
    cacheDir: opts.cache,
    model,
    // The viewer names a structure by its page's short name (Soleus, not Soleus muscle).
    allPages: pages.map((page) => ({ ...page, name: page.shortName })),
    geometry: async () => {
      const level = (await drawnGeometry()).levels[MODEL_LEVEL];
      if (!level) throw new Error(`the drawn geometry has no level ${MODEL_LEVEL}`);
      return level;
    },
    log,
  });
  const pageModels = new Map<string, Promise<PageModel>>();
  let modelsDone: Promise<unknown> = Promise.resolve();
  const askModel = (job: PageJob, hero?: { view: number; framing: PageStats['framing'] }): void => {
    const made = modelsDone.then(() => models.modelOf(job, hero));
    pageModels.set(job.url, made);
    modelsDone = made.catch(() => undefined);
  };
  if (todo.length > 0) {
    const g0 = performance.now();
    const { file, cached } = await drawnGeometry();
    geometryState = cached ? 'cached' : 'built';
    geometrySeconds = (performance.now() - g0) / 1000;
    log(`geometry ${cached ? 'from cache' : 'built'} in ${geometrySeconds.toFixed(1)} s`);
    mkdirSync(opts.out, { recursive: true });
    const results = await runWorkers(todo, opts.workers, file, opts.out, opts.verbose, (job, s) => askModel(job, { view: s.bestView, framing: s.framing }));
    for (const [url, r] of results) {
      entries.set(url, r.entry);
      stats.set(url, r.stats);
    }
  }
  const manifest: FigureManifest = { version: 1, pages: {} };
  for (const job of jobs) {
    const e = entries.get(job.url);
    if (e) manifest.pages[job.url] = e;
  }
  // A partial run (--only) keeps the other pages of the previous manifest.
  const previous = opts.only ? previousManifest(opts.out) : null;
  for (const [url, e] of Object.entries(previous?.pages ?? {})) if (!manifest.pages[url]) manifest.pages[url] = e;
  // Each page's entry gains its `model`.
  for (const job of jobs) {
    const entry = manifest.pages[job.url];
    if (!entry) continue;
    if (!pageModels.has(job.url)) askModel(job);
    entry.model = await pageModels.get(job.url);
  }
  models.finish(manifest);
  mkdirSync(opts.out, { recursive: true });
  writeFileSync(path.join(opts.out, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
  // Remove pictures no page uses any more.
  const keep = new Set(Object.values(manifest.pages).flatMap((e) => [e.hero.animated, e.hero.still, e.og.src, ...e.gallery.flatMap((g) => [g.src, g.thumb])].map((u) => path.basename(u))));
  let removed = 0;
  for (const name of readdirSync(opts.out)) {
    if (name !== MANIFEST_FILE && !keep.has(name)) {
      rmSync(path.join(opts.out, name), { force: true });
      removed++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  log(`figures done in ${seconds.toFixed(1)} s (${removed} stale files removed)`);
  return { pages: jobs.length, drawn: todo.length, geometry: geometryState, geometrySeconds, seconds, stats };
}

