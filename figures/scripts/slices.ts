/**
 * Cross-sections of the model's voxel labels, like an MRI atlas, to check how the bellies pack:
 * `npx tsx figures/scripts/slices.ts 0.36 0.25 0.15` writes out-figures/preview/slices.png.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { model } from '../model';
import { solidPartMeshes } from '../render/bone-geometry';
import { DEFAULT_VOLUME_OPTIONS, labelVolume, tendonSweep } from '../render/muscle-volumes';

function colour(i: number): [number, number, number] {
  const h = (i * 0.618034) % 1;
  const f = (n: number): number => {
    const k = (n + h * 12) % 12;
    return 255 * (0.55 - 0.35 * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  };
  return [f(0), f(8), f(4)];
}

async function main(): Promise<void> {
  const levels = process.argv.slice(2).map(Number);
  const parts = solidPartMeshes(model.bones);
  const { grid, labels, solid } = labelVolume(model.muscles, parts, model.tendons.map(tendonSweep), DEFAULT_VOLUME_OPTIONS);
  const scale = 3;
  const tiles: { input: Buffer; left: number; top: number }[] = [];
  const W = grid.nx * scale;
  const H = grid.ny * scale;
  const legend = new Set<number>();
  for (const [n, z] of levels.entries()) {
    const k = Math.round((z - grid.origin[2]) / grid.spacing);
    const img = Buffer.alloc(W * H * 3, 255);
    for (let j = 0; j < grid.ny; j++) {
      for (let i = 0; i < grid.nx; i++) {
        const idx = i + grid.nx * (j + grid.ny * k);
        const s = solid[idx] ?? 0;
        const l = labels[idx] ?? 0;
        let c: [number, number, number] = [250, 250, 250];
        if (s === 1) c = [120, 110, 90];
        else if (s === 2) c = [30, 30, 30];
        else if (l > 0) {
          c = colour(l);
          legend.add(l);
        }
        for (let dy = 0; dy < scale; dy++)
          for (let dx = 0; dx < scale; dx++) {
            // Anterior up, lateral left (as seen from below, like a radiological image).
            const px = (grid.nx - 1 - i) * scale + dx;
            const py = (grid.ny - 1 - j) * scale + dy;
            const o = (py * W + px) * 3;
            img[o] = c[0];
            img[o + 1] = c[1];
            img[o + 2] = c[2];
          }
      }
    }
    tiles.push({ input: await sharp(img, { raw: { width: W, height: H, channels: 3 } }).png().toBuffer(), left: n * (W + 4), top: 0 });
  }
  const out = path.join('out-figures', 'preview');
  mkdirSync(out, { recursive: true });
  await sharp({ create: { width: levels.length * (W + 4), height: H, channels: 3, background: '#888' } })
    .composite(tiles)
    .png()
    .toFile(path.join(out, 'slices.png'));
  for (const l of [...legend].sort((a, b) => a - b)) console.log(l, model.muscles[l - 1]?.id, colour(l).map(Math.round).join(','));
}

void main();
