import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Where the generator writes the figures and their manifest, and the URL they are served from. */
export const FIGURES_DIR = path.join('public', 'generated', 'figures');
export const FIGURES_URL = '/generated/figures';
export const MANIFEST_FILE = 'manifest.json';

const figurePath = z.string().regex(/^\/generated\/figures\/[a-z0-9][a-z0-9._-]*\.(webp|jpg)$/);
const size = z.number().int().positive();

const heroSchema = z.object({
  animated: figurePath,
  still: figurePath,
  width: size,
  height: size,
  alt: z.string().min(1),
  /** What the colours mean, shown under the hero (manifests written before it parse without). */
  caption: z.string().min(1).optional(),
  /** What the pictures show, "the right lower limb" (manifests written before it parse without). */
  subject: z.string().min(1).optional(),
});

const galleryItemSchema = z.object({
  src: figurePath,
  thumb: figurePath,
  width: size,
  height: size,
  thumbWidth: size,
  thumbHeight: size,
  caption: z.string().min(1),
  alt: z.string().min(1),
});

/**
 * The page's 3D model for the "Explore in 3D" viewer (optional: manifests written before it parse),
 * binary glTF files under /generated/models/ named by their content hash: `scene` its region's
 * structures, shared by the region's pages, and `src` the page's painted bones (drawn in place of
 * the scene's), with their bytes; `highlighted` the model
 * ids of the page's muscles; `view` the hero's framing in glTF axes (+Y up, +Z anterior): the point
 * the camera turns about, the hero's angle (degrees, 0 anterior, 90 lateral) and the height of limb
 * (metres) the hero's picture spans, `aspect` its width over height.
 */
const modelFile = z.string().regex(/^\/generated\/models\/[a-z0-9][a-z0-9._-]*\.glb$/);
const pageModelSchema = z.object({
  src: modelFile,
  bytes: size,
  scene: modelFile,
  sceneBytes: size,
  highlighted: z.array(z.string().min(1)),
  view: z.object({
    target: z.tuple([z.number(), z.number(), z.number()]),
    angle: z.number(),
    height: z.number().positive(),
    aspect: z.number().positive(),
  }),
});

const pageFiguresSchema = z.object({
  hero: heroSchema,
  gallery: z.array(galleryItemSchema).length(16),
  og: z.object({ src: figurePath, width: size, height: size }),
  model: pageModelSchema.optional(),
});

export const figureManifestSchema = z.object({
  version: z.literal(1),
  pages: z.record(z.string().regex(/^\/muscle\/[a-z]+\/([a-z]+\/)?$/), pageFiguresSchema),
});

export type FigureManifest = z.infer<typeof figureManifestSchema>;
export type PageFigures = z.infer<typeof pageFiguresSchema>;
export type GalleryFigure = z.infer<typeof galleryItemSchema>;
export type PageModel = z.infer<typeof pageModelSchema>;

/**
 * The figure manifest written by `npm run figures`, validated. `dir` is the folder holding
 * manifest.json (default public/generated/figures under the working directory). Throws with the
 * reason when it is missing or malformed, unless `optional` is set: then a missing file gives an
 * empty manifest (a site built without figures).
 */
export function readFigureManifest(dir: string = path.join(process.cwd(), FIGURES_DIR), options: { optional?: boolean } = {}): FigureManifest {
  const file = path.join(dir, MANIFEST_FILE);
  if (!existsSync(file)) {
    if (options.optional) return { version: 1, pages: {} };
    throw new Error(`${file}: no figure manifest; run \`npm run figures\` first`);
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const parsed = figureManifestSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${file}: invalid figure manifest: ${issues.join('; ')}`);
  }
  return parsed.data;
}

/** The figures of one page (URL with or without its trailing slash), if it has any. */
export function figuresForPage(manifest: FigureManifest, url: string): PageFigures | undefined {
  const key = url.endsWith('/') ? url : `${url}/`;
  return manifest.pages[key];
}
