// The bare page: scripts/floor-app, a root layout and a paragraph built with this project's Next.js
// version and export settings, and nothing else. The size budget (scripts/budget.mjs) measures the
// framework's floor with it, and the Lighthouse benchmark (scripts/lighthouse.mjs) runs it beside the
// site's pages, so that every comparison is made in one run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const FLOOR_APP = path.join('scripts', 'floor-app');

/** The export of the bare page (scripts/floor-app/out), built once per Next.js version. */
export function floorExport() {
  const out = path.join(FLOOR_APP, 'out');
  const stamp = path.join(out, '.next-version');
  const version = JSON.parse(fs.readFileSync(path.join('node_modules', 'next', 'package.json'), 'utf8')).version;
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== version) {
    const built = spawnSync('npx', ['next', 'build', FLOOR_APP], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error(`building the bare page in ${FLOOR_APP} failed`);
    fs.writeFileSync(stamp, version);
  }
  return out;
}
