/**
 * Where a page's time goes, by stage: geometry (the page's bone paint and framing), render (the
 * rasterizer), encode (sharp: resizes, webp, png) and write (files to disk). Wall time from
 * performance.now(), CPU time from process.cpuUsage(): the CPU of the whole process, every thread
 * (sharp's included), so it is a page's own cost only when one page is drawn at a time, as
 * `npm run bench:figures` does.
 */
export const STAGES = ['geometry', 'render', 'encode', 'write'] as const;
export type Stage = (typeof STAGES)[number];
export type StageTimes = Record<Stage, number>;

export const noStageTimes = (): StageTimes => ({ geometry: 0, render: 0, encode: 0, write: 0 });

/** Attributes the time since the previous lap to a stage. */
export class StageClock {
  readonly wallMs: StageTimes = noStageTimes();
  readonly cpuMs: StageTimes = noStageTimes();
  private wall = performance.now();
  private cpu = process.cpuUsage();

  lap(stage: Stage): void {
    const wall = performance.now();
    const used = process.cpuUsage(this.cpu);
    this.wallMs[stage] += wall - this.wall;
    this.cpuMs[stage] += (used.user + used.system) / 1000;
    this.wall = wall;
    this.cpu = process.cpuUsage();
  }
}
