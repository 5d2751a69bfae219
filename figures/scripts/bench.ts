/**
 * Benchmark of the figure generator: `npm run bench:figures -- [options]`
 * (npx tsx figures/scripts/bench.ts).
 *
 * 1. Stages: the scene geometry built from nothing (shared by every page), then a sample of pages
 *    drawn one at a time in this process, with the CPU and wall time of each stage per page
 *    (geometry: the page's bone paint and framing; render; encode; write). One page at a time, so
 *    the process's CPU time (sharp's threads included) is that page's own. With the projected
 *    cold time of N pages on this machine's cores: shared geometry + N x CPU per page / cores.
 * 2. Cold: all lower-limb figures from nothing (empty output folder and geometry cache), on 2
 *    worker threads. 3. Warm: the same again with nothing changed.
 * 4. Bytes a muscle page loads before any click: its still hero and 16 thumbnails (and, for
 *    comparison, the turntable that replaces the still when motion is allowed, and the full-size
 *    gallery loaded on click).
 * Wall time grows with other load on a shared machine; CPU time does not: compare CPU times.
 *
 * Options: --sample <n> pages for the stages (6; spread over the page list)  --only <text in URL>
 * (restricts the sample and the cold run)  --pages <n> to project (225)  --stages-only (skip 2-4)
 * --page <url> for the bytes (/muscle/leg/soleus/)
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { model } from '../model';
import { readFigureManifest } from '../manifest';
import { DrawnScene } from '../render/scene-items';
import { loadOrBuildDrawnGeometry } from '../render/geometry-cache';
import { figureKeys } from '../render/keys';
import { renderPageFigures } from '../render/page-figures';
import { STAGES, noStageTimes, type StageTimes } from '../render/stages';
import { generateFigures, defaultOptions, pageJobs } from './generator';

const ROOT = path.resolve(__dirname, '..', '..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return (i >= 0 ? process.argv[i + 1] : undefined) ?? fallback;
}

const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');

async function timed<T>(label: string, run: () => Promise<T> | T): Promise<{ wall: number; cpu: number; value: T }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await run();
  const wall = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(c0);
  const cpu = (used.user + used.system) / 1e6;
  console.log(`${label}: ${wall.toFixed(1)} s wall, ${cpu.toFixed(1)} s CPU (load average now ${load()})`);
  return { wall, cpu, value };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const pad = (s: string, n: number): string => s.padStart(n);

/** Geometry from nothing, then `sample` pages one at a time: CPU and wall per stage per page. */
async function stages(work: string, only: string | null, sample: number, projectPages: number): Promise<void> {
  const cores = cpus().length;
  const k = figureKeys(ROOT);
  const geo = await timed('scene geometry from nothing, and made lighter for drawing (shared by every page)', () =>
    loadOrBuildDrawnGeometry(model, path.join(work, 'stage-cache'), k.geometry),
  );
  const scene = new DrawnScene(model, geo.value.levels);
  const all = pageJobs(only, k.global);
  const n = Math.min(sample, all.length);
  const picked = Array.from({ length: n }, (_, i) => all[n === 1 ? 0 : Math.round((i * (all.length - 1)) / (n - 1))]).filter((j) => j !== undefined);
  const cpu = noStageTimes();
  const wall = noStageTimes();
  const out = path.join(work, 'stage-figures');
  for (const job of picked) {
    const { stats } = await renderPageFigures(model, scene, job, out);
    const line = STAGES.map((s) => `${s} ${Math.round(stats.cpuMs[s])}`).join(', ');
    console.log(`  ${job.url}: CPU ms ${line}`);
    for (const s of STAGES) {
      cpu[s] += stats.cpuMs[s] / picked.length;
      wall[s] += stats.wallMs[s] / picked.length;
    }
  }
  const total = (t: StageTimes): number => STAGES.reduce((sum, s) => sum + t[s], 0);
  console.log(`\nper page, mean of ${picked.length} pages drawn one at a time:`);
  console.log(`  ${'stage'.padEnd(10)} ${pad('CPU ms', 8)} ${pad('wall ms', 8)}`);
  for (const s of STAGES) console.log(`  ${s.padEnd(10)} ${pad(cpu[s].toFixed(0), 8)} ${pad(wall[s].toFixed(0), 8)}`);
  console.log(`  ${'total'.padEnd(10)} ${pad(total(cpu).toFixed(0), 8)} ${pad(total(wall).toFixed(0), 8)}`);
  const project = (pages: number): string => `${(geo.cpu + (pages * total(cpu)) / 1000 / cores).toFixed(0)} s`;
  console.log(
    `projected cold time on ${cores} cores (shared geometry ${geo.cpu.toFixed(1)} s CPU + pages x CPU per page / cores): ` +
      `${all.length} pages ${project(all.length)}, ${projectPages} pages ${project(projectPages)}\n`,
  );
}

async function main(): Promise<void> {
  const page = arg('--page', '/muscle/leg/soleus/');
  const only = process.argv.includes('--only') ? arg('--only', '') : null;
  const sample = Number(arg('--sample', '6'));
  const projectPages = Number(arg('--pages', '225'));
  const work = mkdtempSync(path.join(tmpdir(), 'figures-bench-'));
  const opts = { ...defaultOptions(), out: path.join(work, 'figures'), cache: path.join(work, 'cache'), verbose: false, only };
  try {
    console.log(`machine: ${cpus().length} cores, load average ${load()}; output in ${work}`);
    await stages(work, only, sample, projectPages);
    if (process.argv.includes('--stages-only')) return;
    const cold = await timed(`cold (nothing cached, ${pageJobs(only).length} pages, ${opts.workers} workers)`, () => generateFigures(opts));
    const drawn = cold.value.drawn;
    console.log(`  geometry ${cold.value.geometrySeconds.toFixed(1)} s wall; ${(cold.cpu / drawn).toFixed(2)} s CPU per page all in`);
    await timed('warm (nothing changed)', () => generateFigures(opts));
    const manifest = readFigureManifest(opts.out);
    const size = (url: string): number => statSync(path.join(opts.out, path.basename(url))).size;
    const bytes = (url: string): { first: number; turntable: number; gallery: number } | null => {
      const e = manifest.pages[url];
      if (!e) return null;
      const thumbs = e.gallery.reduce((s, g) => s + size(g.thumb), 0);
      return {
        first: size(e.hero.still) + thumbs,
        turntable: size(e.hero.animated) + thumbs,
        gallery: e.gallery.reduce((s, g) => s + size(g.src), 0),
      };
    };
    const one = bytes(page);
    if (one) {
      console.log(`${page} before any click: still hero + 16 thumbnails = ${kb(one.first)}`);
      console.log(`  with motion allowed: turntable hero + 16 thumbnails = ${kb(one.turntable)}; full-size gallery on click: ${kb(one.gallery)}`);
    }
    const every = Object.keys(manifest.pages).map((u) => ({ u, b: bytes(u) }));
    const worst = every.reduce((w, x) => ((x.b?.first ?? 0) > (w.b?.first ?? 0) ? x : w));
    const worstMotion = every.reduce((w, x) => ((x.b?.turntable ?? 0) > (w.b?.turntable ?? 0) ? x : w));
    const gallery = every.reduce((s, x) => s + (x.b?.gallery ?? 0), 0) / every.length;
    console.log(`largest page before any click: ${worst.u} ${kb(worst.b?.first ?? 0)}; with the turntable: ${worstMotion.u} ${kb(worstMotion.b?.turntable ?? 0)}`);
    console.log(`mean full-size gallery per page: ${kb(gallery)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
