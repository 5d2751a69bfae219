/** A figure worker: loads the cached scene geometry once, then draws the pages it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { model } from '../model';
import { readGeometry } from '../render/geometry-cache';
import { renderPageFigures, type PageJob } from '../render/page-figures';
import { sceneItems } from '../render/scene-geometry';

interface WorkerData {
  readonly geometryFile: string;
  readonly outDir: string;
}

function isWorkerData(v: unknown): v is WorkerData {
  return typeof v === 'object' && v !== null && 'geometryFile' in v && 'outDir' in v;
}

if (!parentPort || !isWorkerData(workerData)) throw new Error('worker.ts runs as a worker of generate.ts');
const port = parentPort;
const { geometryFile, outDir } = workerData;
const geometry = readGeometry(geometryFile);
if (!geometry) throw new Error(`unreadable geometry cache ${geometryFile}`);
const items = sceneItems(model, geometry);

port.on('message', (job: PageJob) => {
  renderPageFigures(model, geometry, items, job, outDir).then(
    (result) => port.postMessage({ url: job.url, ...result }),
    (error: unknown) => port.postMessage({ url: job.url, error: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
});
port.postMessage({ ready: true });
