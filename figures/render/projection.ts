import type { ViewBasis } from './camera';
import type { Mesh } from './mesh';
import type { ScreenVertices } from './rasterizer';

/**
 * Where the picture looks: the vertical turning axis passes through (axisX, axisY); the picture's
 * centre is at height centreZ; `pixelsPerMetre` sets the scale.
 */
export interface Framing {
  readonly axisX: number;
  readonly axisY: number;
  readonly centreZ: number;
  readonly pixelsPerMetre: number;
  readonly width: number;
  readonly height: number;
}

/** Screen positions and depths (no colour) of a mesh's vertices in a view; `out` arrays are reused when given. */
export function project(
  mesh: Mesh,
  basis: ViewBasis,
  framing: Framing,
  out?: { x: Float32Array; y: Float32Array; z: Float32Array },
): { x: Float32Array; y: Float32Array; z: Float32Array } {
  const p = mesh.positions;
  const n = p.length / 3;
  const x = out?.x ?? new Float32Array(n);
  const y = out?.y ?? new Float32Array(n);
  const z = out?.z ?? new Float32Array(n);
  const [rx, ry, rz] = basis.right;
  const [ux, uy, uz] = basis.up;
  const [tx, ty, tz] = basis.toward;
  const s = framing.pixelsPerMetre;
  const cx = framing.width / 2;
  const cy = framing.height / 2;
  const ax = framing.axisX, ay = framing.axisY, cz = framing.centreZ;
  // The gallery's cameras are level (up = z, exactly as before); a preview may tilt its camera.
  const level = rz === 0 && tz === 0 && ux === 0 && uy === 0 && uz === 1;
  for (let i = 0; i < n; i++) {
    const px = (p[i * 3] ?? 0) - ax;
    const py = (p[i * 3 + 1] ?? 0) - ay;
    const pz = (p[i * 3 + 2] ?? 0) - cz;
    if (level) {
      x[i] = cx + (px * rx + py * ry) * s;
      y[i] = cy - pz * s;
      z[i] = px * tx + py * ty;
    } else {
      x[i] = cx + (px * rx + py * ry + pz * rz) * s;
      y[i] = cy - (px * ux + py * uy + pz * uz) * s;
      z[i] = px * tx + py * ty + pz * tz;
    }
  }
  return { x, y, z };
}

/** Light directions fixed to the camera, so every view is lit alike. */
function lights(basis: ViewBasis): { key: [number, number, number]; fill: [number, number, number] } {
  const [rx, ry, rz] = basis.right;
  const [ux, uy, uz] = basis.up;
  const [tx, ty, tz] = basis.toward;
  const comb = (a: number, b: number, c: number): [number, number, number] => {
    const v: [number, number, number] = [rx * a + ux * b + tx * c, ry * a + uy * b + ty * c, rz * a + uz * b + tz * c];
    const l = Math.hypot(v[0], v[1], v[2]);
    return [v[0] / l, v[1] / l, v[2] / l];
  };
  return { key: comb(-0.45, 0.55, 0.7), fill: comb(0.6, -0.1, 0.45) };
}

export interface Shading {
  readonly ambient: number;
  readonly diffuse: number;
  readonly fill: number;
  readonly specular: number;
  readonly shininess: number;
}

export const MATTE: Shading = { ambient: 0.3, diffuse: 0.72, fill: 0.14, specular: 0.06, shininess: 14 };

/**
 * Project and light a mesh: Lambert with ambient, a key and a fill light and a little specular.
 * `colours` is one RGB (0-255) for the whole mesh or three values per vertex.
 */
export function shade(
  mesh: Mesh,
  basis: ViewBasis,
  framing: Framing,
  colours: readonly [number, number, number] | Float32Array,
  shading: Shading,
): ScreenVertices {
  const n = mesh.positions.length / 3;
  const rgb = { r: new Float32Array(n), g: new Float32Array(n), b: new Float32Array(n) };
  light(mesh, basis, colours, shading, rgb);
  return { ...project(mesh, basis, framing), ...rgb };
}

/**
 * Light a mesh's vertices: Lambert with ambient, a key and a fill light and a little specular.
 * `colours` is one RGB (0-255) for the whole mesh or three values per vertex.
 */
export function light(
  mesh: Mesh,
  basis: ViewBasis,
  colours: readonly [number, number, number] | Float32Array,
  shading: Shading,
  out: { r: Float32Array; g: Float32Array; b: Float32Array },
): void {
  const n = mesh.positions.length / 3;
  const { r, g, b } = out;
  const { key, fill } = lights(basis);
  const [tx, ty, tz] = basis.toward;
  // Half vector of the key light and the view direction for the specular term.
  const hl = Math.hypot(key[0] + tx, key[1] + ty, key[2] + tz);
  const hx = (key[0] + tx) / hl, hy = (key[1] + ty) / hl, hz = (key[2] + tz) / hl;
  const N = mesh.normals;
  const perVertex = colours instanceof Float32Array;
  const k0 = key[0], k1 = key[1], k2 = key[2], f0 = fill[0], f1 = fill[1], f2 = fill[2];
  const { ambient, diffuse, specular, shininess } = shading;
  const fillAmount = shading.fill;
  for (let i = 0; i < n; i++) {
    const nx = N[i * 3] ?? 0, ny = N[i * 3 + 1] ?? 0, nz = N[i * 3 + 2] ?? 0;
    const dk = Math.max(0, nx * k0 + ny * k1 + nz * k2);
    const df = Math.max(0, nx * f0 + ny * f1 + nz * f2);
    const lit = ambient + diffuse * dk + fillAmount * df;
    const h = Math.max(0, nx * hx + ny * hy + nz * hz);
    const sp = h > 0.5 ? specular * Math.pow(h, shininess) * 255 : 0;
    const cr = perVertex ? (colours[i * 3] ?? 0) : colours[0];
    const cg = perVertex ? (colours[i * 3 + 1] ?? 0) : colours[1];
    const cb = perVertex ? (colours[i * 3 + 2] ?? 0) : colours[2];
    r[i] = cr * lit + sp;
    g[i] = cg * lit + sp;
    b[i] = cb * lit + sp;
  }
}
