import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { AnatomicalModel } from '../model/types';
import type { Mesh } from './mesh';
import { drawnGeometry } from './drawn-geometry';
import { bonesOnSecondThread } from './geometry-worker';
import { buildSceneGeometry, buildSoftGeometry, type SceneGeometry } from './scene-geometry';

interface Stored {
  readonly bones: [string, Mesh][];
  readonly muscles: [string, Mesh][];
  readonly tendons: [string, Mesh][];
}

function isStored(v: unknown): v is Stored {
  return typeof v === 'object' && v !== null && 'bones' in v && 'muscles' in v && 'tendons' in v;
}

export function geometryCachePath(cacheDir: string, key: string): string {
  return path.join(cacheDir, `geometry-${key.slice(0, 16)}.v8`);
}

/**
 * The scene geometry for a model, from the cache folder when it was built before with the same
 * key (hash of the model and the geometry code), else built and stored (older entries removed).
 */
export function loadOrBuildGeometry(model: AnatomicalModel, cacheDir: string, key: string): { geometry: SceneGeometry; cached: boolean; file: string } {
  const file = geometryCachePath(cacheDir, key);
  if (existsSync(file)) {
    const geometry = readGeometry(file);
    if (geometry) return { geometry, cached: true, file };
  }
  const geometry = buildSceneGeometry(model);
  mkdirSync(cacheDir, { recursive: true });
  for (const old of readdirSync(cacheDir)) if (old.startsWith('geometry-')) rmSync(path.join(cacheDir, old), { force: true });
  writeGeometry(file, geometry);
  return { geometry, cached: false, file };
}

/**
 * The scene geometry built from nothing, and stored, with its drawn levels: the bones on a second
 * thread (geometry-worker.ts) while this one packs the muscles and tendons, which need only the
 * bones' parts. The same meshes as loadOrBuildGeometry and drawnGeometry make on one thread.
 */
async function buildBothThreads(model: AnatomicalModel, cacheDir: string, key: string): Promise<SceneGeometry[]> {
  const boneThread = bonesOnSecondThread(model);
  // Started before the main thread is busy; a failure is reported when it is awaited below.
  boneThread.catch(() => undefined);
  const soft = buildSoftGeometry(model);
  const softLevels = await drawnGeometry(model, { bones: new Map(), ...soft });
  const bones = await boneThread;
  const geometry: SceneGeometry = { bones: new Map(bones.bones), ...soft };
  mkdirSync(cacheDir, { recursive: true });
  for (const old of readdirSync(cacheDir)) if (old.startsWith('geometry-')) rmSync(path.join(cacheDir, old), { force: true });
  writeGeometry(geometryCachePath(cacheDir, key), geometry);
  return softLevels.map((level, i) => ({ bones: new Map(bones.levels[i] ?? []), muscles: level.muscles, tendons: level.tendons }));
}

export function drawnGeometryCachePath(cacheDir: string, key: string): string {
  return path.join(cacheDir, `drawn-${key.slice(0, 16)}.v8`);
}

/**
 * The geometry the pictures are drawn from (render/drawn-geometry.ts: the scene geometry made
 * lighter, at each level of detail), from the cache folder when it was made before with the same
 * key, else made from the scene geometry (itself cached) and stored.
 */
export async function loadOrBuildDrawnGeometry(model: AnatomicalModel, cacheDir: string, key: string): Promise<{ levels: SceneGeometry[]; cached: boolean; file: string }> {
  const file = drawnGeometryCachePath(cacheDir, key);
  if (existsSync(file)) {
    const levels = readDrawnGeometry(file);
    if (levels) return { levels, cached: true, file };
  }
  // From the cached scene geometry when only the levels are missing, else both built on two threads.
  const levels = existsSync(geometryCachePath(cacheDir, key))
    ? await drawnGeometry(model, loadOrBuildGeometry(model, cacheDir, key).geometry)
    : await buildBothThreads(model, cacheDir, key);
  for (const old of readdirSync(cacheDir)) if (old.startsWith('drawn-')) rmSync(path.join(cacheDir, old), { force: true });
  writeFileSync(file, serialize(levels.map(stored)));
  return { levels, cached: false, file };
}

/** The levels of drawn geometry stored by loadOrBuildDrawnGeometry, or null when the file holds something else. */
export function readDrawnGeometry(file: string): SceneGeometry[] | null {
  const v: unknown = deserialize(readFileSync(file));
  if (!Array.isArray(v) || !v.every(isStored)) return null;
  return v.map(fromStored);
}

function stored(geometry: SceneGeometry): Stored {
  return { bones: [...geometry.bones], muscles: [...geometry.muscles], tendons: [...geometry.tendons] };
}

function fromStored(v: Stored): SceneGeometry {
  return { bones: new Map(v.bones), muscles: new Map(v.muscles), tendons: new Map(v.tendons) };
}

function writeGeometry(file: string, geometry: SceneGeometry): void {
  writeFileSync(file, serialize(stored(geometry)));
}

export function readGeometry(file: string): SceneGeometry | null {
  const v: unknown = deserialize(readFileSync(file));
  return isStored(v) ? fromStored(v) : null;
}
