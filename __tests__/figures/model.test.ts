/**
 * @jest-environment node
 *
 * Correctness of the anatomical model and its figures. The heavy checks (geometry of every muscle,
 * small renders of every page) run in figures/scripts/check.ts as a child process: plain Node runs
 * them in seconds where jest's sandbox takes minutes. It uses the geometry cache of
 * `npm run figures` when present, else builds the geometry (about 15 s).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { CheckReport } from '@/figures/scripts/check';

// The whole body's geometry, built when no cache holds it, and small renders of every page: minutes.
jest.setTimeout(900_000);

const ROOT = path.resolve(__dirname, '..', '..');
let report: CheckReport;

function isReport(v: unknown): v is CheckReport {
  return typeof v === 'object' && v !== null && 'laterality' in v && 'attachments' in v && 'penetrations' in v && 'visibility' in v;
}

beforeAll(() => {
  // The check exits 1 when something is wrong; its report still says what.
  const run = spawnSync(process.execPath, [require.resolve('tsx/cli'), path.join(ROOT, 'figures', 'scripts', 'check.ts'), '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const parsed: unknown = JSON.parse(run.stdout.trim().split('\n').pop() ?? 'null');
  if (!isReport(parsed)) throw new Error(`no report from check.ts: ${run.stderr}`);
  report = parsed;
}, 900_000);

describe('the model of the whole body', () => {
  it('shows its lateral side on the viewer’s left in the anterior view', () => {
    expect(report.laterality.fibulaX).toBeLessThan(report.laterality.tibiaX);
    expect(report.laterality.lateralMuscleX).toBeLessThan(report.laterality.medialMuscleX);
  });

  it('puts every origin and insertion on the bone it names, painted there only', () => {
    expect(report.attachments.checked).toBeGreaterThan(400);
    expect(report.attachments.far).toEqual([]);
    expect(report.attachments.misPainted).toEqual([]);
  });

  it('lets no muscle or tendon pass through a bone', () => {
    expect(report.penetrations).toEqual([]);
  });

  it('keeps every belly in one piece, thin sheets and crowded stretches included', () => {
    expect(report.broken).toEqual([]);
  });

  it('shows each page’s highlighted muscles in at least one view', () => {
    // Every page of the atlas's regions: the lower limb's 65, the upper limb's 64, the back's and abdomen's 37, the head's 27, the neck's 20 and the torso's 1.
    expect(report.visibility.pages).toBe(214);
    expect(report.visibility.hidden).toEqual([]);
  });

  it('frames each group, muscle and part so its muscles fill at least 2% of the hero, but those whose long or segmental span must be whole', () => {
    // Plantaris's tendon runs to the calcaneus, extensor digiti minimi to the little finger, omohyoid
    // from the scapula to the hyoid; interspinales and intertransversarii lie at every cervical and lumbar level.
    expect(Object.keys(report.smallHeroes).sort()).toEqual([
      '/muscle/back/interspinalis/',
      '/muscle/back/intertransversarii/',
      '/muscle/forearm/extensordigitiminimi/',
      '/muscle/leg/plantaris/',
      '/muscle/neck/omohyoid/',
    ]);
  });
});
