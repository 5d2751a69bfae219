/** Separable [1 2 1] / 4 blur along x, y and z. */
export function blur(src: Float32Array, nx: number, ny: number, nz: number): Float32Array {
  let a: Float32Array = src;
  const strides = [1, nx, nx * ny];
  const sizes = [nx, ny, nz];
  for (let axis = 0; axis < 3; axis++) {
    const out = new Float32Array(a.length);
    const st = strides[axis] ?? 1;
    const size = sizes[axis] ?? 1;
    for (let idx = 0; idx < a.length; idx++) {
      const coord = Math.floor(idx / st) % size;
      const c = a[idx] ?? 0;
      const l = coord > 0 ? (a[idx - st] ?? 0) : c;
      const r = coord < size - 1 ? (a[idx + st] ?? 0) : c;
      out[idx] = 0.25 * l + 0.5 * c + 0.25 * r;
    }
    a = out;
  }
  return a;
}
