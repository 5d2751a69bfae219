import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { FigurePage } from '../pages';
import type { AnatomicalModel } from '../model/types';
import { paintBones } from './attachments';
import { VIEW_ANGLES, viewBasis, viewCaption, viewPhrase } from './camera';
import { heroScore, heroView } from './hero-view';
import { heroFromOf, subjectOf } from './framing';
import { fittedPageFrame } from './page-frame';
import type { Framing } from './projection';
import { drawOrientationCue } from './orientation';
import { FIGURES_URL, type PageFigures } from '../manifest';
import { BACKGROUND } from './palette';
import { drawnLevel } from './drawn-geometry';
import type { DrawnScene } from './scene-items';
import { renderView } from './render-view';
import { FIGURE_SETTINGS as S } from './settings';
import { StageClock, type StageTimes } from './stages';
import { encodeTurntable } from './turntable';

/** A page to draw, with the hash of everything its figures depend on. */
export interface PageJob extends FigurePage {
  readonly key: string;
}

/** "leg-soleus" for /muscle/leg/soleus/, "lowerlimb" for /muscle/lowerlimb/. */
export function fileStem(url: string): string {
  return url
    .replace(/^\/muscle\//, '')
    .replace(/\/$/, '')
    .replace(/\//g, '-');
}

/** The names of a page's files: they carry the page's content hash, so they can be cached forever. */
export function pageFiles(job: { url: string; key: string }): {
  gallery: (i: number) => string;
  thumb: (i: number) => string;
  animated: string;
  still: string;
  og: string;
  all: string[];
} {
  const base = `${fileStem(job.url)}-${job.key.slice(0, 12)}`;
  const two = (i: number): string => String(i).padStart(2, '0');
  const gallery = (i: number): string => `${base}-${two(i)}.webp`;
  const thumb = (i: number): string => `${base}-${two(i)}-thumb.webp`;
  const animated = `${base}-turntable.webp`;
  const still = `${base}-still.webp`;
  const og = `${base}-og.jpg`;
  return {
    gallery,
    thumb,
    animated,
    still,
    og,
    all: [...VIEW_ANGLES.flatMap((_, i) => [gallery(i), thumb(i)]), animated, still, og],
  };
}

/** What the colours of a page's pictures mean (palette.ts), said under its hero. */
export function colourKey(job: Pick<PageJob, 'name' | 'kind'>): string {
  const one = job.kind === 'muscle' || job.kind === 'part';
  const where = one ? 'where it arises and blue where it inserts' : 'where its muscles arise and blue where they insert';
  return `Highlighted in red: ${job.name}. On the bones, orange marks ${where}.`;
}

/** The manifest entry of a page whose files exist. */
export function pageEntry(job: PageJob): PageFigures {
  const f = pageFiles(job);
  const url = (name: string): string => `${FIGURES_URL}/${name}`;
  return {
    hero: {
      animated: url(f.animated),
      still: url(f.still),
      width: S.hero.width,
      height: S.hero.height,
      alt: `${job.name} highlighted on a model of ${subjectOf(job.framing)}, turning`,
      caption: colourKey(job),
      subject: subjectOf(job.framing),
    },
    gallery: VIEW_ANGLES.map((angle, i) => ({
      src: url(f.gallery(i)),
      thumb: url(f.thumb(i)),
      width: S.gallery.width,
      height: S.gallery.height,
      thumbWidth: S.thumb.width,
      thumbHeight: S.thumb.height,
      caption: viewCaption(angle, job.sides),
      alt: `${job.name}, ${viewPhrase(angle, job.sides)} of ${subjectOf(job.framing)}`,
    })),
    og: { src: url(f.og), width: S.og.width, height: S.og.height },
  };
}

export interface PageStats {
  readonly renderMs: number;
  readonly encodeMs: number;
  /** Wall and CPU time by stage (see stages.ts: the CPU is the process's, a page's own when one page is drawn at a time). */
  readonly wallMs: StageTimes;
  readonly cpuMs: StageTimes;
  /** Highlighted pixels per view (at the rendered size): the highlighted muscle is visible where > 0. */
  readonly visible: readonly number[];
  /** The hero's view (index into VIEW_ANGLES) and the page's frame (at the rendered size), for its 3D model's first view. */
  readonly bestView: number;
  readonly framing: Framing;
}

/** Draw a page's 16 views and write its gallery, thumbnails, hero (turntable and still) and Open Graph picture. */
export async function renderPageFigures(
  model: AnatomicalModel,
  scene: DrawnScene,
  job: PageJob,
  outDir: string,
): Promise<{ entry: PageFigures; stats: PageStats }> {
  const clock = new StageClock();
  mkdirSync(outDir, { recursive: true });
  const files = pageFiles(job);
  const write = (name: string, data: Buffer): void => writeFileSync(path.join(outDir, name), data);
  const highlighted = new Set(job.muscles);
  // Drawn at the gallery's size, one sample per pixel, its edges smoothed (render/smooth-edges.ts).
  const W = S.gallery.width;
  const H = S.gallery.height;
  // Framed on the coarsest level (measured at 80 pixels), drawn from the level its scale needs.
  const framing = fittedPageFrame(job, scene.items(job), W, H);
  const level = drawnLevel(framing.pixelsPerMetre);
  const items = scene.items(job, level);
  const paints = paintBones(model, scene.level(level).geometry.bones, highlighted, job.sides);
  clock.lap('geometry');
  const heroFrames: Buffer[] = [];
  const visible: number[] = [];
  const exposed: number[] = [];
  // Bytes of the pictures a page loads before the turntable: its thumbnails, then its still.
  let firstBytes = 0;
  // One picture buffer for the page's views: each is resized before the next is drawn.
  const picture = new Uint8Array(W * H * 3);
  for (const [i, angle] of VIEW_ANGLES.entries()) {
    const view = renderView(items, { basis: viewBasis(angle), framing, highlighted, paints, out: picture });
    drawOrientationCue(view.rgb, { width: W, height: H, channels: 3 }, angle, job.sides);
    clock.lap('render');
    visible.push(view.targetPixels);
    exposed.push(view.exposedPixels);
    const raw = { raw: { width: W, height: H, channels: 3 as const } };
    const heroFrame = sharp(view.rgb, raw).resize(S.hero.width, S.hero.height, { kernel: 'lanczos3' }).raw().toBuffer();
    const [gallery, hero, thumb] = await Promise.all([
      sharp(view.rgb, raw).webp({ quality: S.gallery.quality, effort: S.gallery.effort }).toBuffer(),
      heroFrame,
      // The thumbnail from the hero's frame: a third of the full picture's pixels to scale down.
      heroFrame.then((frame) =>
        sharp(frame, { raw: { width: S.hero.width, height: S.hero.height, channels: 3 } })
          .resize(S.thumb.width, S.thumb.height, { kernel: 'lanczos3' })
          .webp({ quality: S.thumb.quality, effort: S.thumb.effort })
          .toBuffer(),
      ),
    ]);
    heroFrames.push(hero);
    firstBytes += thumb.length;
    clock.lap('encode');
    write(files.gallery(i), gallery);
    write(files.thumb(i), thumb);
    clock.lap('write');
  }
  const bestView = heroView(
    visible.map((pixels, i) => heroScore(pixels, exposed[i] ?? 0)),
    heroFromOf(job.framing),
  );
  const frame = (i: number): Buffer => heroFrames[((i % 16) + 16) % 16] ?? Buffer.alloc(0);
  const heroRaw = { raw: { width: S.hero.width, height: S.hero.height, channels: 3 as const } };
  const still = await sharp(frame(bestView), heroRaw).webp({ quality: S.hero.stillQuality, effort: S.hero.stillEffort }).toBuffer();
  firstBytes += still.length;
  // The still and the thumbnails load first, the turntable when the page is idle: together they
  // stay within the page's picture budget, the turntable losing quality on the busiest pages, and
  // on the few too busy for that, turning in fewer, longer steps.
  const animated = await encodeTurntable(frame, bestView, S.pageBytes - firstBytes);
  const panelRaw = { width: S.og.panelWidth, height: S.og.panelHeight, channels: 3 as const };
  const panels = await Promise.all(
    [-4, 0, 4].map((d) =>
      sharp(frame(bestView + d), heroRaw).resize(S.og.panelWidth, S.og.panelHeight, { kernel: 'lanczos3' }).raw().toBuffer(),
    ),
  );
  const top = Math.round((S.og.height - S.og.panelHeight) / 2);
  const og = await sharp({
    create: { width: S.og.width, height: S.og.height, channels: 3, background: { r: BACKGROUND[0], g: BACKGROUND[1], b: BACKGROUND[2] } },
  })
    .composite(panels.map((input, i) => ({ input, raw: panelRaw, left: i * S.og.panelWidth, top })))
    .jpeg({ quality: S.og.quality })
    .toBuffer();
  clock.lap('encode');
  write(files.still, still);
  write(files.animated, animated);
  write(files.og, og);
  clock.lap('write');
  const { wallMs, cpuMs } = clock;
  return {
    entry: pageEntry(job),
    stats: { renderMs: wallMs.render, encodeMs: wallMs.encode + wallMs.write, wallMs, cpuMs, visible, bestView, framing },
  };
}
