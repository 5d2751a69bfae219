/** Sizes and encodings of the generated figures. Part of the cache key (see figures/scripts/generate.ts). */
export const FIGURE_SETTINGS: {
  /** `effort`: the webp encoder's effort (0-6), as sharp names libwebp's method. */
  readonly gallery: { readonly width: number; readonly height: number; readonly quality: number; readonly effort: number };
  readonly thumb: { readonly width: number; readonly height: number; readonly quality: number; readonly effort: number };
  readonly hero: {
    readonly width: number;
    readonly height: number;
    /** Qualities the turntable is encoded at, best first: the first that keeps the page's pictures within `pageBytes`. */
    readonly qualities: readonly number[];
    /**
     * Frames the turntable turns in: all 16 views, or on a page too busy for any quality to keep it
     * within budget, every second (8 frames, 45° steps) or every fourth view, each shown longer.
     */
    readonly frameCounts: readonly number[];
    readonly effort: number;
    readonly stillQuality: number;
    readonly stillEffort: number;
    readonly frameDelay: number;
  };
  /** The most a page's pictures loaded without a click may weigh: still, turntable and thumbnails (the site's budget is 250 KB). */
  readonly pageBytes: number;
  /** A JPEG, the format every site that shows a link's picture reads. */
  readonly og: { readonly width: number; readonly height: number; readonly panelWidth: number; readonly panelHeight: number; readonly quality: number };
} = {
  /**
   * Effort 2 (no rate-distortion search) encodes the gallery twice as fast as 3 for files about 3%
   * larger, with no difference the eye can see at this quality.
   */
  gallery: { width: 1000, height: 1250, quality: 78, effort: 2 },
  /** Effort 2 for the thumbnails and the turntable's frames: 35% and 55% less time than 4, for 3% and 5% more bytes. */
  thumb: { width: 200, height: 250, quality: 60, effort: 2 },
  hero: { width: 560, height: 700, qualities: [42, 36, 31, 26], frameCounts: [16, 8, 4], effort: 2, stillQuality: 76, stillEffort: 5, frameDelay: 240 },
  pageBytes: 240 * 1024,
  /** JPEG: a tenth of the palette PNG's time (35 against 370 ms) and under half its bytes (105 against 270 KB). */
  og: { width: 1200, height: 630, panelWidth: 400, panelHeight: 500, quality: 85 },
};
