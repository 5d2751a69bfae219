import type { PageKind } from './schema';

/** The facts a student learns; each a list of statements (one when the page gave text). */
export type Facts = {
  origin: string[];
  insertion: string[];
  innervation: string[];
  artery: string[];
  action: string[];
};

export type Picture = {
  src: string;
  alt: string;
  caption?: string;
  thumb?: string;
  width?: number;
  height?: number;
};

export type Hero = {
  /** What plays: an animated GIF or WebP, or a still picture. */
  src: string;
  alt: string;
  title?: string;
  /** What shows to readers who ask for reduced motion, when the hero moves. */
  still?: string;
  /** Videos of the same name beside a local animated file, played in its place. */
  videos: { src: string; type: 'video/webm' | 'video/mp4' }[];
  animated: boolean;
  width?: number;
  height?: number;
};

/**
 * What the "Explore in 3D" viewer needs of a page (put on pages with figures by lib/with-figures):
 * its binary glTF, the model ids it highlights and the hero's framing (glTF axes, +Y up).
 */
export type ExploreModel = {
  /** The page's painted bones (binary glTF), drawn in place of the same ones in `scene`. */
  src: string;
  /** Its region's structures (binary glTF), shared by the region's pages. */
  scene: string;
  /** The model ids of the page's muscles, drawn (with their tendons) in their highlight colour. */
  highlighted: string[];
  /** What the model shows ("the right lower limb"), for the 3D view's name. */
  subject?: string;
  /** What its colours mean (the hero's caption). */
  colourKey?: string;
  view: { target: [number, number, number]; angle: number; height: number; aspect: number };
};

export type BodyBlock =
  | { type: 'markdown'; markdown: string }
  | { type: 'image'; image: Picture }
  | { type: 'list-pages'; tag: string; urls: string[] };

export type Page = {
  url: string;
  /** The content file, relative to the content folder. */
  file: string;
  kind: PageKind;
  title: string;
  name: string;
  subheadline?: string;
  /** Plain text for meta descriptions and search results. */
  description: string;
  latin?: string;
  /** Terminologia Anatomica 2 number and Foundational Model of Anatomy identifier. */
  ta2?: string;
  fma?: string;
  synonyms: string[];
  facts: Facts;
  nerves: string[];
  movements: string[];
  antagonists: string[];
  synergists: string[];
  body: BodyBlock[];
  hero: Hero | null;
  gallery: Picture[];
  /** The picture shared links show (Open Graph, Twitter), when it is not the hero. */
  socialImage?: { src: string; width: number; height: number };
  /** The page's 3D model, when it has one (the figures' "Explore in 3D"). */
  explore?: ExploreModel;
  parent: string | null;
  children: string[];
  aliases: string[];
  /** The URL search engines should index: the page's own, or the page it mirrors. */
  canonical: string;
  tags: string[];
  sameAs?: string;
  /** The references the page's facts were checked against, and when (YYYY-MM-DD). */
  sources: Source[];
  checked?: string;
  /**
   * The anatomical model's structures this page shows (its `model` key), with the key's line for
   * errors. The figure pipeline reads it; the content knows nothing more of the model.
   */
  model?: { structures: string[]; line?: number };
};

export type Source = { title: string; url: string };

export type Atlas = {
  root: Page;
  /** Every page by its URL. */
  pages: ReadonlyMap<string, Page>;
  /** Every URL that shows a page (its own and its aliases) → the page's URL. */
  routes: ReadonlyMap<string, string>;
};
