/** A figure worker: loads the cached drawn geometry once, then draws the pages it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { model } from '../model';
import { DrawnScene } from '../render/scene-items';
import { readDrawnGeometry } from '../render/geometry-cache';
import { renderPageFigures, type PageJob } from '../render/page-figures';

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
const levels = readDrawnGeometry(geometryFile);
if (!levels) throw new Error(`unreadable geometry cache ${geometryFile}`);
const scene = new DrawnScene(model, levels);

// Pages are drawn one after another, in the order they are sent (the generator sends the next
// while this one is drawn).
let drawing: Promise<void> = Promise.resolve();
port.on('message', (job: PageJob) => {
  drawing = drawing.then(() =>
    renderPageFigures(model, scene, job, outDir).then(
      (result) => port.postMessage({ url: job.url, ...result }),
      (error: unknown) => port.postMessage({ url: job.url, error: error instanceof Error ? error.stack ?? error.message : String(error) }),
    ),
  );
});
port.postMessage({ ready: true });
