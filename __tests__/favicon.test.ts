/** @jest-environment node */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { faviconOfSvg } from '@/lib/favicon';

describe('favicon.ico', () => {
  it('holds the site icon as one 32×32 PNG in an ICO container', async () => {
    const ico = await faviconOfSvg(fs.readFileSync(path.join(process.cwd(), 'app', 'icon.svg')));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    expect([ico.readUInt8(6), ico.readUInt8(7)]).toEqual([32, 32]);
    const length = ico.readUInt32LE(14);
    const offset = ico.readUInt32LE(18);
    expect(offset + length).toBe(ico.length);
    const png = await sharp(ico.subarray(offset)).metadata();
    expect(png).toMatchObject({ format: 'png', width: 32, height: 32 });
  });
});
