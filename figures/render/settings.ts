/** Sizes and encodings of the generated figures. Part of the cache key (see figures/scripts/generate.ts). */
export const FIGURE_SETTINGS: {
  readonly supersample: number;
  readonly gallery: { readonly width: number; readonly height: number; readonly quality: number };
  readonly thumb: { readonly width: number; readonly height: number; readonly quality: number };
  readonly hero: {
    readonly width: number;
    readonly height: number;
    /** Qualities the turntable is encoded at, best first: the first that keeps the page's pictures within `pageBytes`. */
    readonly qualities: readonly number[];
    readonly stillQuality: number;
    readonly frameDelay: number;
  };
  /** The most a page's pictures loaded without a click may weigh: still, turntable and thumbnails (the site's budget is 250 KB). */
  readonly pageBytes: number;
  readonly og: { readonly width: number; readonly height: number; readonly panelWidth: number; readonly panelHeight: number };
} = {
  /** Each view is rendered this many times larger and downscaled (antialiasing). */
  supersample: 1.5,
  gallery: { width: 1000, height: 1250, quality: 78 },
  thumb: { width: 200, height: 250, quality: 60 },
  hero: { width: 560, height: 700, qualities: [42, 36, 31, 26], stillQuality: 76, frameDelay: 240 },
  pageBytes: 240 * 1024,
  og: { width: 1200, height: 630, panelWidth: 400, panelHeight: 500 },
};
