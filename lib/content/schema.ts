import { z } from 'zod';

/** The kinds of page, from the top of the tree down. */
export const PAGE_KINDS = ['root', 'superregion', 'region', 'group', 'muscle', 'part'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

const text = z.string().trim().min(1, 'must not be empty');
const textOrList = z.union([text, z.array(text).min(1, 'must list at least one item')]);
const urlList = z.array(text);

const heroImage = z.strictObject({
  image_id: z.union([text, z.number()]).transform(String),
  image_name: text,
  image_title: z.string().optional(),
  image_alt: z.string().optional(),
});

const galleryImage = z.strictObject({
  image_url: text,
  caption: z.string().optional(),
  title: z.string().optional(),
});

const identifier = z.union([text, z.number()]).transform(String);

/** A reference a page's facts were checked against. */
const source = z.strictObject({
  title: text,
  url: z.string().trim().regex(/^https:\/\/[^\s]+$/, 'must be an https:// address'),
});

/** A calendar date written YYYY-MM-DD (YAML 1.2 reads it as text). */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a real date');

/**
 * The front matter of a page: the old Jekyll keys, accepted as they are, and this project's
 * extensions. Unknown keys are errors, so a misspelt fact never disappears silently.
 */
export const frontMatterSchema = z.strictObject({
  // Jekyll presentation switches: accepted, ignored.
  layout: z.unknown().optional(),
  header: z.unknown().optional(),
  // Old and new.
  title: text.optional(),
  subheadline: text.optional(),
  permalink: text.optional(),
  tags: z.union([text, z.array(text)]).optional(),
  images: z.array(heroImage).optional(),
  gallery: z.array(galleryImage).optional(),
  aliases: urlList.optional(),
  // This project's extensions.
  kind: z.enum(PAGE_KINDS).optional(),
  name: text.optional(),
  parent: text.optional(),
  order: z.number().finite().optional(),
  same_as: text.optional(),
  latin: text.optional(),
  synonyms: z.array(text).optional(),
  origin: textOrList.optional(),
  insertion: textOrList.optional(),
  innervation: textOrList.optional(),
  nerves: z.array(text).optional(),
  artery: textOrList.optional(),
  action: textOrList.optional(),
  movements: z.array(text).optional(),
  antagonists: urlList.optional(),
  synergists: urlList.optional(),
  fma: identifier.optional(),
  ta2: identifier.optional(),
  sources: z.array(source).optional(),
  checked: isoDate.optional(),
  model: z.array(text).min(1, 'must name at least one model structure').optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type HeroImageEntry = NonNullable<FrontMatter['images']>[number];
export type GalleryEntry = NonNullable<FrontMatter['gallery']>[number];

/** Keys a `same_as` page may carry: everything else comes from the page it mirrors. */
export const SAME_AS_KEYS: ReadonlySet<string> = new Set(['same_as', 'kind', 'parent', 'order', 'aliases', 'layout', 'header']);

/** The facts a student learns, in the order a page shows them. */
export const FACT_KEYS = ['origin', 'insertion', 'innervation', 'artery', 'action'] as const;
export type FactKey = (typeof FACT_KEYS)[number];
