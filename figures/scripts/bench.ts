/**
 * Benchmark of the figure generator: `npx tsx figures/scripts/bench.ts [--page /muscle/leg/soleus/]`.
 *
 * 1. Cold: all lower-limb figures from nothing (empty output folder and empty geometry cache), on
 *    2 worker threads. 2. Warm: the same again with nothing changed. 3. Bytes a muscle page loads
 *    before any click: its still hero and 16 thumbnails (and, for comparison, the turntable that
 *    replaces the still when motion is allowed, and the full-size gallery loaded on click).
 * Prints wall time and the process's CPU time (both worker threads included): on a shared machine
 * wall time grows with other load, CPU time does not.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { readFigureManifest } from '../manifest';
import { generateFigures, defaultOptions } from './generator';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return (i >= 0 ? process.argv[i + 1] : undefined) ?? fallback;
}

async function timed(label: string, run: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await run();
  const wall = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(c0);
  const cpu = (used.user + used.system) / 1e6;
  console.log(`${label}: ${wall.toFixed(1)} s wall, ${cpu.toFixed(1)} s CPU (load average now ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
  return { wall, cpu };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const page = arg('--page', '/muscle/leg/soleus/');
  const work = mkdtempSync(path.join(tmpdir(), 'figures-bench-'));
  const opts = { ...defaultOptions(), out: path.join(work, 'figures'), cache: path.join(work, 'cache'), verbose: false };
  try {
    console.log(`machine: ${(await import('node:os')).cpus().length} cores; output in ${work}`);
    await timed('cold (nothing cached, 65 pages)', () => generateFigures(opts));
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
    if (!one) throw new Error(`no page ${page}`);
    console.log(`${page} before any click: still hero + 16 thumbnails = ${kb(one.first)}`);
    console.log(`  with motion allowed: turntable hero + 16 thumbnails = ${kb(one.turntable)}; full-size gallery on click: ${kb(one.gallery)}`);
    const all = Object.keys(manifest.pages).map((u) => ({ u, b: bytes(u) }));
    const worst = all.reduce((w, x) => ((x.b?.first ?? 0) > (w.b?.first ?? 0) ? x : w));
    const worstMotion = all.reduce((w, x) => ((x.b?.turntable ?? 0) > (w.b?.turntable ?? 0) ? x : w));
    console.log(`largest page before any click: ${worst.u} ${kb(worst.b?.first ?? 0)}; with the turntable: ${worstMotion.u} ${kb(worstMotion.b?.turntable ?? 0)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
