// Makes the fixture atlas's pictures for the browser tests: 16 numbered views and an animated hero.
// They are generated, never committed (public/e2e-images is gitignored).
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const out = path.resolve('public/e2e-images/muscles');
const WIDTH = 400;
const HEIGHT = 500;

function card(label, hue) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <rect width="100%" height="100%" fill="hsl(${hue} 45% 88%)"/>
    <ellipse cx="${WIDTH / 2}" cy="${HEIGHT / 2}" rx="70" ry="190" fill="hsl(${hue} 55% 45%)"/>
    <text x="50%" y="92%" font-family="sans-serif" font-size="44" text-anchor="middle" fill="#222">${label}</text>
  </svg>`;
  return sharp(Buffer.from(svg)).png();
}

await fs.mkdir(path.join(out, 'png'), { recursive: true });
await fs.mkdir(path.join(out, 'gif'), { recursive: true });
for (let view = 1; view <= 16; view += 1) {
  await card(`View ${view}`, view * 22).toFile(path.join(out, 'png', `Calf-Flatfish-${view}.png`));
}
const frames = await Promise.all([0, 1, 2, 3].map((frame) => card(`Turn ${frame + 1}`, frame * 90).toBuffer()));
await sharp(frames, { join: { animated: true } })
  .gif({ delay: 250, loop: 0 })
  .toFile(path.join(out, 'gif', 'Calf-Flatfish.gif'));
console.log(`fixture images written to ${path.relative(process.cwd(), out)}`);
