/** `#image-5` ↔ the fifth picture (index 4). The hash is 1-based, as a reader counts. */
export function imageHash(index: number): string {
  return `#image-${index + 1}`;
}

/** The picture a hash opens, or null when it names none of `count` pictures. */
export function indexFromHash(hash: string, count: number): number | null {
  const match = /^#image-(\d{1,4})$/.exec(hash);
  if (!match) return null;
  const index = Number(match[1]) - 1;
  return index >= 0 && index < count ? index : null;
}
