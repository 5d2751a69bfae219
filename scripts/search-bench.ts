// How fast the search answers over the whole atlas, in Node: loads the exported index
// (out/search-index.json, as the browser fetches it), then times queries of every kind a student
// types. Usage: npm run build && npx tsx scripts/search-bench.ts [out-dir] [rounds]
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEngine } from '../lib/search/engine';

const outDir = process.argv[2] ?? 'out';
const rounds = Number(process.argv[3] ?? 1000);
const json = fs.readFileSync(path.join(outDir, 'search-index.json'), 'utf8');

const QUERIES = [
  'soleus', 'solius', 'gastroc', 'peroneus longus', 'tibial nerve', 'musculus soleus', 'femoral nerve',
  'ankle plantarflexion', 'hip flexor', 'rotator cuff', 'bicep', 'calcaneus', 'S1', 'supraspinatus',
  'trapezius', 'lats', 'quads', 'radial nerve', 'suprspinatus', 'extensor digitorum', 'elbow flexion', 'deltoid',
];

const loadStart = performance.now();
const engine = createEngine(json);
const loadMs = performance.now() - loadStart;

for (const query of QUERIES) engine.search(query); // warm up
const times: number[] = [];
for (let round = 0; round < rounds; round += 1) {
  const query = QUERIES[round % QUERIES.length] ?? '';
  const start = performance.now();
  engine.search(query, 8);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
const at = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))] ?? 0;
console.log(`index: ${(json.length / 1024).toFixed(1)} KB, loaded in ${loadMs.toFixed(1)} ms`);
console.log(`${rounds} queries over the whole atlas: mean ${mean.toFixed(3)} ms, median ${at(0.5).toFixed(3)} ms, p95 ${at(0.95).toFixed(3)} ms, max ${at(1).toFixed(3)} ms`);
