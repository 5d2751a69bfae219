/** The figure generator (see generate.ts for the command). */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { model } from '../model';
import { loadFigurePages } from './content-pages';
import { loadOrBuildDrawnGeometry, loadOrBuildGeometry } from '../render/geometry-cache';
import { sha256 } from '../render/hash';
import { defaultCacheDir, figureKeys } from '../render/keys';
import { FIGURES_DIR, MANIFEST_FILE, readFigureManifest, type FigureManifest, type PageFigures } from '../manifest';
import { pageEntry, pageFiles, type PageJob, type PageStats } from '../render/page-figures';
import type { FigurePage } from '../pages';
import { addPageModels } from '../export/models';

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

/** Draw the jobs on `count` worker threads; resolves with each page's entry. */
function runWorkers(
  jobs: readonly PageJob[],
  count: number,
  geometryFile: string,
  outDir: string,
  verbose: boolean,
): Promise<Map<string, { entry: PageFigures; stats: PageStats }>> {
  const results = new Map<string, { entry: PageFigures; stats: PageStats }>();
  const queue = [...jobs];
  return new Promise((resolve, reject) => {
    let live = Math.min(count, jobs.length);
    if (live === 0) resolve(results);
    for (let w = 0; w < Math.min(count, jobs.length); w++) {
      const worker = new Worker(path.join(__dirname, 'worker.ts'), {
        workerData: { geometryFile, outDir },
        execArgv: ['--require', require.resolve('tsx/cjs')],
      });
      const feed = (): void => {
        const job = queue.shift();
        if (job) worker.postMessage(job);
        else void worker.terminate();
      };
      worker.on('message', (m: Done) => {
        if (m.error) {
          reject(new Error(`${m.url ?? 'worker'}: ${m.error}`));
          return;
        }
        if (m.url && m.entry && m.stats) {
          results.set(m.url, { entry: m.entry, stats: m.stats });
          const invisible = m.stats.visible.every((v) => v === 0);
          if (verbose || invisible) console.log(
            `  ${m.url}  render ${(m.stats.renderMs / 1000).toFixed(1)} s, encode ${(m.stats.encodeMs / 1000).toFixed(1)} s${invisible ? '  (highlight never visible!)' : ''}`,
          );
        }
        feed();
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
  const heroes = new Map<string, { view: number; framing: PageStats['framing'] }>();
  if (todo.length > 0) {
    const g0 = performance.now();
    const { file, cached } = await loadOrBuildDrawnGeometry(model, opts.cache, k.geometry);
    geometryState = cached ? 'cached' : 'built';
    geometrySeconds = (performance.now() - g0) / 1000;
    log(`geometry ${cached ? 'from cache' : 'built'} in ${geometrySeconds.toFixed(1)} s`);
    mkdirSync(opts.out, { recursive: true });
    const results = await runWorkers(todo, opts.workers, file, opts.out, opts.verbose);
    for (const [url, r] of results) {
      entries.set(url, r.entry);
      stats.set(url, r.stats);
      heroes.set(url, { view: r.stats.bestView, framing: r.stats.framing });
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
  // The "Explore in 3D" models (figures/export): each page's entry gains its `model`.
  await addPageModels(manifest, jobs, {
    root: ROOT,
    figuresDir: opts.out,
    cacheDir: opts.cache,
    model,
    // The viewer names a structure by its page's short name (Soleus, not Soleus muscle).
    allPages: pages.map((page) => ({ ...page, name: page.shortName })),
    heroes,
    geometry: () => loadOrBuildGeometry(model, opts.cache, k.geometry).geometry,
    log,
  });
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

