/** Helpers that write cross-section profiles as polar radii (16 equal angles from `front` toward `side`). */

/** A rounded rectangle or ellipse: half-sizes toward front and side, exponent 2 (ellipse) to 6 (box). */
export function superellipse(front: number, side: number, exponent = 2, count = 16): number[] {
  return Array.from({ length: count }, (_, k) => {
    const th = (2 * Math.PI * k) / count;
    const c = Math.abs(Math.cos(th)) / front;
    const s = Math.abs(Math.sin(th)) / side;
    return Math.pow(Math.pow(c, exponent) + Math.pow(s, exponent), -1 / exponent);
  });
}

/**
 * Radii at the eight compass directions, clockwise from front toward side:
 * front, front-side, side, back-side, back, back-other side, other side, front-other side.
 * For a vertical bone with front = anterior and side = lateral: A, AL, L, PL, P, PM, M, AM.
 */
export function compass(
  a: number,
  al: number,
  l: number,
  pl: number,
  p: number,
  pm: number,
  m: number,
  am: number,
): number[] {
  return [a, al, l, pl, p, pm, m, am];
}
