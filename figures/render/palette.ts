/** Colours of the figures (sRGB, 0-255). */
export type Rgb = readonly [number, number, number];

export const BACKGROUND: Rgb = [244, 242, 237];
export const BONE: Rgb = [234, 224, 198];
/** Hyaline cartilage (the thyroid and cricoid cartilages): bluish grey beside the ivory bone. */
export const CARTILAGE: Rgb = [200, 214, 222];
/** Ligaments and aponeuroses drawn as structures (the inguinal ligament, the linea alba): pale straw. */
export const LIGAMENT: Rgb = [226, 214, 184];
/** A soft solid of the skeleton's scene (the body of the tongue). */
export const SOFT: Rgb = [214, 150, 146];
/**
 * Where the highlighted muscles arise, on the bone: orange, not the muscle's own red, beside which
 * a red origin read as more muscle. Orange and blue stay apart for readers with red-green colour
 * blindness too.
 */
export const ORIGIN: Rgb = [236, 124, 8];
/** Where they insert, on the bone. */
export const INSERTION: Rgb = [36, 92, 214];
export const TARGET_MUSCLE: Rgb = [196, 46, 40];
export const TARGET_TENDON: Rgb = [234, 146, 128];
export const MUTED_MUSCLE: Rgb = [201, 168, 160];
export const MUTED_TENDON: Rgb = [232, 232, 228];
export const GHOST: Rgb = [236, 226, 222];

/** A slight, stable variation of a colour per structure, so neighbours stay apart. */
export function vary(colour: Rgb, id: string, amount: number): Rgb {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  const f = 1 + amount * (((h >>> 0) % 1000) / 500 - 1);
  return [colour[0] * f, colour[1] * f, colour[2] * f];
}

/** Packed 0xAABBGGRR for the framebuffer. */
export function pack(c: Rgb): number {
  return (0xff000000 | (Math.round(c[2]) << 16) | (Math.round(c[1]) << 8) | Math.round(c[0])) >>> 0;
}
