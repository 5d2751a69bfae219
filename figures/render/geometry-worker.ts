/**
 * The bones' share of a cold geometry build, on a second thread: the bones do not depend on the
 * muscles, so geometry-cache.ts builds them here while its own thread packs the muscles (on 2
 * cores, the build's wall time falls from the sum of the two to the longer). This file is both
 * sides: `bonesOnSecondThread` starts a worker that runs this same file.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { AnatomicalModel } from '../model/types';
import { drawnGeometry } from './drawn-geometry';
import type { Mesh } from './mesh';
import { buildBoneGeometry } from './scene-geometry';

/** The bones of the scene geometry, and of each of its drawn levels (drawn-geometry.ts). */
export interface BoneGeometry {
  readonly bones: [string, Mesh][];
  readonly levels: [string, Mesh][][];
}

interface Task {
  readonly boneGeometryOf: AnatomicalModel;
}

function isTask(v: unknown): v is Task {
  return typeof v === 'object' && v !== null && 'boneGeometryOf' in v;
}

/** The bones' geometry, full and at every drawn level. */
async function boneGeometry(model: AnatomicalModel): Promise<BoneGeometry> {
  const bones = buildBoneGeometry(model);
  const levels = await drawnGeometry(model, { bones, muscles: new Map(), tendons: new Map() });
  return { bones: [...bones], levels: levels.map((level) => [...level.bones]) };
}

/** Builds the model's bones (full and at every drawn level) on a worker thread. */
export function bonesOnSecondThread(model: AnatomicalModel): Promise<BoneGeometry> {
  return new Promise((resolve, reject) => {
    const task: Task = { boneGeometryOf: model };
    // Run through tsx, as the generator's workers are (this file is TypeScript).
    const worker = new Worker(__filename, { workerData: task, execArgv: ['--require', require.resolve('tsx/cjs')] });
    worker.once('message', (m: { readonly bones?: BoneGeometry; readonly error?: string }) => {
      if (m.bones) resolve(m.bones);
      else reject(new Error(`building the bones on a second thread: ${m.error ?? 'no result'}`));
    });
    worker.once('error', reject);
    // After a result this changes nothing (a promise settles once).
    worker.once('exit', (code) => reject(new Error(`the bones' geometry thread stopped (exit code ${code}) without a result`)));
  });
}

if (!isMainThread && parentPort && isTask(workerData)) {
  const port = parentPort;
  boneGeometry(workerData.boneGeometryOf).then(
    (bones) => port.postMessage({ bones }),
    (error: unknown) => port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
}
