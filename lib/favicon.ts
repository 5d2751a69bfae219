import sharp from 'sharp';

/**
 * An .ico file holding one PNG (every browser of the last decade reads PNG inside ICO): a header, one
 * directory entry, then the PNG's bytes.
 */
export function icoOfPng(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  const entry = Buffer.alloc(16);
  entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
  entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
  entry.writeUInt8(0, 2); // no palette
  entry.writeUInt8(0, 3); // reserved
  entry.writeUInt16LE(1, 4); // colour planes
  entry.writeUInt16LE(32, 6); // bits per pixel
  entry.writeUInt32LE(png.length, 8);
  entry.writeUInt32LE(header.length + entry.length, 12); // where the PNG starts
  return Buffer.concat([header, entry, png]);
}

/** The site's SVG icon as a 32×32 favicon.ico. */
export async function faviconOfSvg(svg: Buffer): Promise<Buffer> {
  const size = 32;
  const png = await sharp(svg, { density: 300 }).resize(size, size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } }).png().toBuffer();
  return icoOfPng(png, size);
}
