/**
 * The skull, the mandible, the hyoid, the thyroid and cricoid cartilages and the body of the
 * tongue, in the one body frame (metres; x to the right, y forward, z up from the floor). All are
 * single midline structures, modelled whole; their paired parts are written for the right side and
 * mirrored here (`both`). Proportions of an adult of about 1.75 m: vertex at z 1.75, porion (the
 * external acoustic meatus) at z 1.634, the Frankfort plane level, the chin near (0, 0.08, 1.53),
 * the occipital condyles on the atlas, the hyoid at C4, the larynx at C5-C7.
 * The coordinates below are written where the head was first modelled (vertex 1.75, porion 1.60,
 * the skull base and the larynx too low for the neck); each bone is placed on the neck by the
 * moves of head-placement.ts. Landmarks: HEAD-LANDMARKS.md.
 */
import type { Bone, BonePart, EllipsoidPart, LoftPart, PlatePart, Vec3 } from '../types';
import { moveBone, movePart, onBase, onCricoid, onHyoidBone, onMastoid, onNuchal, onThyroid, onTongue, placeHead } from './head-placement';

const mx = (p: Vec3): Vec3 => [-p[0], p[1], p[2]];

/** A right-side part and its mirror image on the left. */
function both<P extends BonePart>(part: P): BonePart[] {
  const label = `${part.label} (left)`;
  let left: BonePart;
  switch (part.kind) {
    case 'loft': {
      const l: LoftPart = part;
      left = {
        ...l,
        label,
        sections: l.sections.map((s) => ({ ...s, at: mx(s.at) })),
        ...(l.front ? { front: mx(l.front) } : {}),
        ...(l.side ? { side: mx(l.side) } : {}),
      };
      break;
    }
    case 'ellipsoid': {
      const e: EllipsoidPart = part;
      left = { ...e, label, center: mx(e.center), ...(e.axes ? { axes: [mx(e.axes[0]), mx(e.axes[1])] as const } : {}) };
      break;
    }
    case 'plate': {
      const p: PlatePart = part;
      left = { ...p, label, grid: p.grid.map((row) => row.map(mx)), outward: mx(p.outward) };
      break;
    }
  }
  return [{ ...part, label: `${part.label} (right)` }, left];
}

/** Polar radii of a symmetric section: up, up-lateral, lateral, down-lateral, down (and the other side). */
function sym(up: number, ul: number, l: number, dl: number, d: number): number[] {
  return [up, ul, l, dl, d, dl, l, ul];
}

/**
 * Radii (32, from front toward side) of a rounded box: `front` and `back` half-depths, `side`
 * half-width, exponents toward the front and the back (2: an ellipse; larger: squarer).
 */
function box(front: number, side: number, back: number, nf = 2, nb = 2, count = 32): number[] {
  return Array.from({ length: count }, (_, k) => {
    const th = (2 * Math.PI * k) / count;
    const c = Math.cos(th);
    const depth = c >= 0 ? front : back;
    const n = c >= 0 ? nf : nb;
    return Math.pow(Math.pow(Math.abs(c) / depth, n) + Math.pow(Math.abs(Math.sin(th)) / side, n), -1 / n);
  });
}

/**
 * The cranial vault's sections, evenly spaced from the back (opisthocranion) to the front
 * (glabella) so the loft is smooth: each direction's radius falls off toward the ends like a
 * superellipse, the front steeper (the forehead) and narrower at the temples.
 */
function vaultSections(): { at: Vec3; r: number[] }[] {
  const back = -0.097;
  const front = 0.1;
  const widest = -0.005;
  // Up and up-lateral radii squashed with the vault (head-placement.ts): vertex 64 mm above the widest level.
  const mid = sym(0.064, 0.0716, 0.0725, 0.079, 0.068);
  const n = 24;
  return Array.from({ length: n }, (_, i) => {
    const y = back + ((front - back) * (i + 0.5)) / n;
    const t = y >= widest ? (y - widest) / (front - widest) : (widest - y) / (widest - back);
    const e = y >= widest ? 2.6 : 2.2;
    const fall = Math.pow(Math.max(0, 1 - Math.pow(t, e)), 1 / e);
    const ahead = y > widest ? t : 0;
    const r = mid.map((v, k) => {
      // Lateral and lower directions narrow toward the front (the temples), the top less so.
      const lateral = k === 0 ? 0 : k === 1 || k === 7 ? 0.5 : 1;
      return v * fall * (1 - 0.14 * lateral * Math.pow(ahead, 1.5));
    });
    return { at: [0, y, 1.658 - 0.006 * ahead * ahead] as Vec3, r };
  });
}

const UP: Vec3 = [0, 0, 1];
const RIGHT: Vec3 = [1, 0, 0];
const FORWARD: Vec3 = [0, 1, 0];

// ---------------------------------------------------------------------------------------------
// Landmarks (see HEAD-LANDMARKS.md).

/** The landmarks' seeds where the head was first modelled (placed on the neck below). */
const MODELLED_LANDMARKS: readonly { readonly name: string; readonly bone: string; readonly at: Vec3 }[] = [
  // Skull: vault and occipital region.
  { name: 'vertex', bone: 'skull', at: [0, 0.0, 1.75] },
  { name: 'glabella', bone: 'skull', at: [0, 0.104, 1.643] },
  { name: 'nasion', bone: 'skull', at: [0, 0.1, 1.632] },
  { name: 'opisthocranion', bone: 'skull', at: [0, -0.097, 1.66] },
  { name: 'external occipital protuberance (inion)', bone: 'skull', at: [0, -0.1, 1.622] },
  { name: 'superior nuchal line, medial third', bone: 'skull', at: [0.028, -0.088, 1.616] },
  { name: 'superior nuchal line, lateral part', bone: 'skull', at: [0.05, -0.064, 1.607] },
  { name: 'inferior nuchal line', bone: 'skull', at: [0.02, -0.069, 1.585] },
  { name: 'occipital bone between the nuchal lines (semispinalis capitis)', bone: 'skull', at: [0.02, -0.082, 1.596] },
  { name: 'opisthion (posterior margin of the foramen magnum)', bone: 'skull', at: [0, -0.041, 1.562] },
  { name: 'basion (anterior margin of the foramen magnum)', bone: 'skull', at: [0, -0.004, 1.562] },
  { name: 'basilar part of the occipital bone (longus capitis)', bone: 'skull', at: [0, 0.008, 1.561] },
  { name: 'occipital condyle', bone: 'skull', at: [0.019, -0.012, 1.552] },
  { name: 'superior temporal line, front', bone: 'skull', at: [0.058, 0.06, 1.67] },
  { name: 'superior temporal line, top', bone: 'skull', at: [0.07, 0.0, 1.685] },
  { name: 'superior temporal line, back', bone: 'skull', at: [0.062, -0.05, 1.665] },
  { name: 'temporal fossa (floor)', bone: 'skull', at: [0.058, 0.035, 1.625] },
  // Temporal bone.
  { name: 'porion (external acoustic meatus, upper margin)', bone: 'skull', at: [0.066, 0.0, 1.606] },
  { name: 'mastoid process, lateral surface', bone: 'skull', at: [0.066, -0.013, 1.59] },
  { name: 'mastoid process, tip', bone: 'skull', at: [0.054, -0.009, 1.565] },
  { name: 'mastoid notch (digastric, posterior belly)', bone: 'skull', at: [0.044, -0.014, 1.576] },
  { name: 'styloid process, tip', bone: 'skull', at: [0.034, 0.013, 1.547] },
  { name: 'styloid process, root', bone: 'skull', at: [0.041, -0.002, 1.586] },
  { name: 'articular tubercle', bone: 'skull', at: [0.053, 0.022, 1.596] },
  // Face.
  { name: 'supraorbital margin', bone: 'skull', at: [0.032, 0.1, 1.636] },
  { name: 'infraorbital margin', bone: 'skull', at: [0.033, 0.096, 1.597] },
  { name: 'lateral orbital margin', bone: 'skull', at: [0.054, 0.082, 1.614] },
  { name: 'medial orbital margin (frontal process of the maxilla)', bone: 'skull', at: [0.013, 0.1, 1.617] },
  { name: 'nasal bones, lower end', bone: 'skull', at: [0, 0.11, 1.612] },
  { name: 'nasal aperture, lateral margin', bone: 'skull', at: [0.013, 0.1, 1.592] },
  { name: 'anterior nasal spine', bone: 'skull', at: [0, 0.11, 1.579] },
  { name: 'canine fossa (maxilla)', bone: 'skull', at: [0.02, 0.1, 1.585] },
  { name: 'incisive fossa (maxilla, above the incisors)', bone: 'skull', at: [0.008, 0.1, 1.574] },
  { name: 'alveolar process of the maxilla at the molars (buccinator)', bone: 'skull', at: [0.036, 0.05, 1.57] },
  { name: 'prosthion (upper alveolar margin)', bone: 'skull', at: [0, 0.099, 1.568] },
  { name: 'zygomatic bone, body (zygomaticus)', bone: 'skull', at: [0.061, 0.075, 1.594] },
  { name: 'zygomatic arch, lower border, front (masseter)', bone: 'skull', at: [0.062, 0.052, 1.591] },
  { name: 'zygomatic arch, lower border, back', bone: 'skull', at: [0.066, 0.02, 1.596] },
  { name: 'zygomatic arch, root', bone: 'skull', at: [0.062, 0.005, 1.606] },
  // Sphenoid.
  { name: 'lateral pterygoid plate, lateral surface', bone: 'skull', at: [0.026, 0.027, 1.57] },
  { name: 'lateral pterygoid plate, medial surface', bone: 'skull', at: [0.02, 0.028, 1.568] },
  { name: 'medial pterygoid plate', bone: 'skull', at: [0.009, 0.028, 1.565] },
  { name: 'pterygoid hamulus', bone: 'skull', at: [0.011, 0.031, 1.546] },
  // Teeth.
  { name: 'upper central incisor, edge', bone: 'skull', at: [0.0045, 0.096, 1.555] },
  { name: 'upper first molar', bone: 'skull', at: [0.026, 0.06, 1.556] },
  // Mandible.
  { name: 'head of the mandible (condyle)', bone: 'mandible', at: [0.05, 0.012, 1.603] },
  { name: 'pterygoid fovea (neck of the condyle, front)', bone: 'mandible', at: [0.05, 0.019, 1.587] },
  { name: 'coronoid process, tip', bone: 'mandible', at: [0.044, 0.049, 1.589] },
  { name: 'mandibular notch', bone: 'mandible', at: [0.048, 0.03, 1.572] },
  { name: 'ramus, lateral surface (masseter)', bone: 'mandible', at: [0.052, 0.03, 1.545] },
  { name: 'gonion (angle)', bone: 'mandible', at: [0.05, 0.02, 1.531] },
  { name: 'angle, medial surface (medial pterygoid)', bone: 'mandible', at: [0.044, 0.026, 1.536] },
  { name: 'body, lateral surface at the molars (buccinator)', bone: 'mandible', at: [0.044, 0.045, 1.54] },
  { name: 'mylohyoid line', bone: 'mandible', at: [0.024, 0.052, 1.526] },
  { name: 'mental protuberance (pogonion)', bone: 'mandible', at: [0, 0.098, 1.515] },
  { name: 'mental tubercle', bone: 'mandible', at: [0.013, 0.092, 1.512] },
  { name: 'menton (lowest point of the chin)', bone: 'mandible', at: [0, 0.087, 1.502] },
  { name: 'digastric fossa', bone: 'mandible', at: [0.008, 0.08, 1.504] },
  { name: 'genial tubercles (mental spines)', bone: 'mandible', at: [0, 0.076, 1.515] },
  { name: 'incisive fossa of the mandible (mentalis)', bone: 'mandible', at: [0.007, 0.098, 1.535] },
  { name: 'lower central incisor, edge', bone: 'mandible', at: [0.0043, 0.092, 1.555] },
  // Hyoid and larynx.
  { name: 'hyoid, body (front)', bone: 'hyoid', at: [0, 0.046, 1.46] },
  { name: 'hyoid, body (upper border)', bone: 'hyoid', at: [0, 0.042, 1.465] },
  { name: 'hyoid, body (lower border)', bone: 'hyoid', at: [0, 0.042, 1.455] },
  { name: 'hyoid, greater horn (tip)', bone: 'hyoid', at: [0.022, 0.006, 1.47] },
  { name: 'hyoid, greater horn (middle)', bone: 'hyoid', at: [0.019, 0.024, 1.464] },
  { name: 'hyoid, lesser horn (tip)', bone: 'hyoid', at: [0.011, 0.031, 1.474] },
  { name: 'laryngeal prominence', bone: 'thyroid-cartilage', at: [0, 0.056, 1.424] },
  { name: 'thyroid notch', bone: 'thyroid-cartilage', at: [0, 0.051, 1.43] },
  { name: 'oblique line of the thyroid cartilage', bone: 'thyroid-cartilage', at: [0.021, 0.038, 1.418] },
  { name: 'thyroid cartilage, superior horn (tip)', bone: 'thyroid-cartilage', at: [0.0205, 0.016, 1.45] },
  { name: 'thyroid cartilage, inferior horn', bone: 'thyroid-cartilage', at: [0.016, 0.02, 1.389] },
  { name: 'thyroid cartilage, lower border', bone: 'thyroid-cartilage', at: [0.009, 0.043, 1.4] },
  { name: 'cricoid arch (front)', bone: 'cricoid-cartilage', at: [0, 0.037, 1.382] },
  { name: 'cricoid arch (side)', bone: 'cricoid-cartilage', at: [0.015, 0.025, 1.384] },
  { name: 'cricoid lamina (back)', bone: 'cricoid-cartilage', at: [0, 0.009, 1.39] },
  // Tongue.
  { name: 'tongue, tip', bone: 'tongue', at: [0, 0.092, 1.551] },
  { name: 'tongue, dorsum', bone: 'tongue', at: [0, 0.058, 1.561] },
  { name: 'tongue, root on the hyoid', bone: 'tongue', at: [0, 0.035, 1.467] },
];

/** Where each landmark's bone (or part of the skull) was moved to meet the neck (head-placement.ts). */
function placeLandmark(name: string, bone: string): (p: Vec3) => Vec3 {
  if (bone === 'hyoid') return onHyoidBone;
  if (bone === 'thyroid-cartilage') return onThyroid;
  if (bone === 'cricoid-cartilage') return onCricoid;
  if (bone === 'tongue') return onTongue;
  if (/^(opisthion|basion|basilar|occipital condyle)/.test(name)) return onBase;
  if (/^(inferior nuchal line|occipital bone between)/.test(name)) return onNuchal;
  if (/^(mastoid|styloid)/.test(name)) return onMastoid;
  return placeHead;
}

/**
 * Named landmarks of the head and neck for the muscles' origins and insertions: a point near the
 * surface of the named bone (`figures/scripts/head-landmarks.ts` snaps each to the blended surface
 * and writes the table of HEAD-LANDMARKS.md). Right side for paired ones (mirror x for the left).
 */
export const HEAD_LANDMARKS: readonly { readonly name: string; readonly bone: string; readonly at: Vec3 }[] = MODELLED_LANDMARKS.map((l) => ({
  ...l,
  at: placeLandmark(l.name, l.bone)(l.at),
}));

// ---------------------------------------------------------------------------------------------
// The teeth: crowns along the dental arches (the upper arch a little outside the lower).

/** Right half of the upper arch: crown centre [x, y], mesiodistal and buccolingual size. */
const UPPER_TEETH: readonly { x: number; y: number; md: number; bl: number }[] = [
  { x: 0.0045, y: 0.094, md: 0.0085, bl: 0.007 },
  { x: 0.0118, y: 0.0905, md: 0.0066, bl: 0.0062 },
  { x: 0.0178, y: 0.0845, md: 0.0076, bl: 0.008 },
  { x: 0.0215, y: 0.0772, md: 0.007, bl: 0.009 },
  { x: 0.0236, y: 0.0698, md: 0.0066, bl: 0.009 },
  { x: 0.026, y: 0.0605, md: 0.0102, bl: 0.011 },
  { x: 0.0276, y: 0.0502, md: 0.0092, bl: 0.011 },
  { x: 0.0286, y: 0.0412, md: 0.0085, bl: 0.0102 },
];

function teeth(scaleX: number, dy: number, z: number, label: string): BonePart[] {
  return UPPER_TEETH.flatMap((t, i) => {
    const prev = UPPER_TEETH[i - 1] ?? { x: -t.x, y: t.y };
    const next = UPPER_TEETH[i + 1] ?? { x: t.x + (t.x - prev.x), y: t.y + (t.y - prev.y) };
    const tx = next.x * scaleX - prev.x * scaleX;
    const ty = next.y - prev.y;
    const len = Math.hypot(tx, ty);
    const part: EllipsoidPart = {
      kind: 'ellipsoid',
      label: `${label} ${i + 1}`,
      center: [t.x * scaleX, t.y + dy, z],
      radii: [t.md * 0.46, t.bl * 0.48, i < 3 ? 0.0068 : 0.0058],
      axes: [
        [tx / len, ty / len, 0],
        [-ty / len, tx / len, 0],
      ],
    };
    return both(part);
  });
}

// ---------------------------------------------------------------------------------------------
// The skull.

const MODELLED_SKULL_PARTS: readonly BonePart[] = [
    {
      kind: 'loft',
      label: 'cranial vault (frontal, parietal, squamous temporal and occipital squama)',
      front: UP,
      side: RIGHT,
      sections: vaultSections(),
      capStart: 0.002,
      capEnd: 0.002,
    },
    {
      kind: 'ellipsoid',
      label: 'occipital bone below the nuchal lines',
      // A flattened ellipsoid under the vault's back: its lower surface is the nuchal plane,
      // sloping from the inion down and forward to the foramen magnum.
      center: [0, -0.055, 1.607],
      radii: [0.05, 0.046, 0.022],
      axes: [
        [1, 0, 0],
        [0, 0.707, -0.707],
      ],
    },
    {
      kind: 'ellipsoid',
      label: 'basilar and condylar parts of the occipital bone',
      center: [0, -0.02, 1.577],
      radii: [0.03, 0.032, 0.016],
    },
    ...both({
      kind: 'ellipsoid',
      label: 'occipital condyle',
      center: [0.019, -0.012, 1.558],
      radii: [0.0062, 0.012, 0.0055],
      axes: [
        [0.95, 0.3, 0],
        [-0.3, 0.95, 0],
      ],
    }),
    {
      kind: 'ellipsoid',
      label: 'external occipital protuberance',
      center: [0, -0.093, 1.622],
      radii: [0.007, 0.006, 0.006],
    },
    {
      kind: 'loft',
      label: 'superior nuchal lines',
      front: UP,
      sections: [
        { at: [-0.06, -0.03, 1.603], r: 0.0022 },
        { at: [-0.048, -0.062, 1.607], r: 0.0028 },
        { at: [-0.028, -0.085, 1.616], r: 0.0028 },
        { at: [0, -0.094, 1.622], r: 0.003 },
        { at: [0.028, -0.085, 1.616], r: 0.0028 },
        { at: [0.048, -0.062, 1.607], r: 0.0028 },
        { at: [0.06, -0.03, 1.603], r: 0.0022 },
      ],
      capStart: 0.002,
      capEnd: 0.002,
    },
    ...both({
      kind: 'loft',
      label: 'inferior nuchal line',
      front: UP,
      sections: [
        { at: [0.003, -0.071, 1.588], r: 0.0027 },
        { at: [0.02, -0.066, 1.587], r: 0.0028 },
        { at: [0.036, -0.056, 1.585], r: 0.0026 },
      ],
      capStart: 0.002,
      capEnd: 0.002,
    }),
    // Temporal bone.
    ...both({
      kind: 'ellipsoid',
      label: 'tympanic and petrous parts around the external acoustic meatus',
      center: [0.054, -0.002, 1.6],
      radii: [0.013, 0.018, 0.013],
    }),
    ...both({
      kind: 'loft',
      label: 'mastoid process',
      front: FORWARD,
      sections: [
        { at: [0.054, -0.016, 1.61], r: [0.014, 0.011] },
        { at: [0.055, -0.012, 1.59], r: [0.011, 0.009] },
        { at: [0.054, -0.009, 1.574], r: [0.006, 0.0055] },
      ],
      capEnd: 0.008,
    }),
    ...both({
      kind: 'loft',
      label: 'styloid process',
      front: FORWARD,
      sections: [
        { at: [0.041, -0.004, 1.59], r: 0.0034 },
        { at: [0.037, 0.006, 1.566], r: 0.0028 },
        { at: [0.034, 0.012, 1.55], r: 0.0026 },
      ],
      capEnd: 0.003,
    }),
    // The face.
    {
      kind: 'loft',
      label: 'face: maxillae with the alveolar processes, zygomatic bodies, orbital margins',
      front: FORWARD,
      side: RIGHT,
      sections: [
        { at: [0, 0.06, 1.568], r: box(0.04, 0.034, 0.026, 2.2, 3) },
        { at: [0, 0.061, 1.58], r: box(0.041, 0.042, 0.026, 2.4, 2.2) },
        { at: [0, 0.063, 1.595], r: box(0.038, 0.055, 0.026, 3, 1.7) },
        { at: [0, 0.066, 1.614], r: box(0.033, 0.057, 0.026, 3.2, 1.6) },
        { at: [0, 0.07, 1.636], r: box(0.029, 0.052, 0.028, 3, 1.6) },
      ],
      capStart: 0.003,
    },
    {
      kind: 'loft',
      label: 'supraorbital margins and glabella',
      front: UP,
      sections: [
        { at: [-0.054, 0.078, 1.626], r: 0.005 },
        { at: [-0.032, 0.095, 1.634], r: 0.0058 },
        { at: [0, 0.1, 1.641], r: 0.0065 },
        { at: [0.032, 0.095, 1.634], r: 0.0058 },
        { at: [0.054, 0.078, 1.626], r: 0.005 },
      ],
      capStart: 0.004,
      capEnd: 0.004,
    },
    {
      kind: 'loft',
      label: 'nasal bones',
      front: FORWARD,
      sections: [
        { at: [0, 0.096, 1.634], r: [0.004, 0.007] },
        { at: [0, 0.101, 1.623], r: [0.0035, 0.0075] },
        { at: [0, 0.107, 1.613], r: [0.003, 0.0085] },
      ],
      capStart: 0.003,
      capEnd: 0.002,
    },
    {
      kind: 'ellipsoid',
      label: 'anterior nasal spine',
      center: [0, 0.103, 1.579],
      radii: [0.003, 0.007, 0.0028],
    },
    ...both({
      kind: 'ellipsoid',
      label: 'zygomatic bone (body)',
      center: [0.05, 0.076, 1.594],
      radii: [0.011, 0.011, 0.014],
    }),
    ...both({
      kind: 'loft',
      label: 'zygomatic arch (temporal process of the zygomatic bone, zygomatic process of the temporal bone)',
      front: UP,
      side: RIGHT,
      sections: [
        { at: [0.053, 0.07, 1.596], r: [0.007, 0.004] },
        { at: [0.062, 0.052, 1.597], r: [0.0058, 0.0034] },
        { at: [0.0665, 0.032, 1.599], r: [0.0055, 0.0034] },
        { at: [0.0655, 0.014, 1.602], r: [0.0055, 0.0036] },
        { at: [0.058, 0.004, 1.606], r: [0.007, 0.005] },
      ],
      capStart: 0.003,
      capEnd: 0.004,
    }),
    ...both({
      kind: 'ellipsoid',
      label: 'articular tubercle',
      center: [0.053, 0.022, 1.602],
      radii: [0.01, 0.005, 0.005],
    }),
    // Sphenoid: the pterygoid plates hang from the base behind the maxilla.
    ...both({
      kind: 'plate',
      label: 'medial pterygoid plate',
      outward: [-1, 0, 0],
      grid: [
        [
          [0.011, 0.037, 1.592],
          [0.0112, 0.027, 1.592],
          [0.012, 0.017, 1.592],
        ],
        [
          [0.011, 0.037, 1.567],
          [0.0115, 0.027, 1.567],
          [0.012, 0.019, 1.569],
        ],
        [
          [0.011, 0.035, 1.548],
          [0.0115, 0.031, 1.546],
          [0.012, 0.027, 1.549],
        ],
      ],
      thickness: 0.0045,
    }),
    ...both({
      kind: 'plate',
      label: 'lateral pterygoid plate',
      outward: [0.8, 0.6, 0],
      grid: [
        [
          [0.017, 0.039, 1.592],
          [0.022, 0.028, 1.592],
          [0.028, 0.016, 1.592],
        ],
        [
          [0.017, 0.039, 1.568],
          [0.023, 0.028, 1.568],
          [0.029, 0.018, 1.571],
        ],
        [
          [0.017, 0.038, 1.553],
          [0.021, 0.032, 1.553],
          [0.025, 0.027, 1.557],
        ],
      ],
      thickness: 0.0045,
    }),
    ...teeth(1, 0, 1.5615, 'upper tooth'),
    // Hollows.
    ...both({
      kind: 'loft',
      carve: true,
      label: 'orbit',
      front: UP,
      side: RIGHT,
      sections: [
        { at: [0.034, 0.112, 1.614], r: box(0.0185, 0.0215, 0.0185, 3, 3) },
        { at: [0.033, 0.094, 1.614], r: box(0.018, 0.0205, 0.018, 3, 3) },
        { at: [0.027, 0.074, 1.616], r: box(0.014, 0.016, 0.014, 2.5, 2.5) },
        { at: [0.019, 0.052, 1.619], r: [0.006, 0.006] },
      ],
      capEnd: 0.005,
    }),
    {
      kind: 'loft',
      carve: true,
      label: 'piriform (nasal) aperture',
      front: FORWARD,
      side: RIGHT,
      sections: [
        { at: [0, 0.095, 1.584], r: [0.032, 0.0105] },
        { at: [0, 0.095, 1.591], r: [0.032, 0.0125] },
        { at: [0, 0.095, 1.601], r: [0.031, 0.0095] },
        { at: [0, 0.095, 1.609], r: [0.028, 0.005] },
      ],
      capStart: 0.003,
      capEnd: 0.004,
    },
    ...both({
      kind: 'loft',
      carve: true,
      label: 'external acoustic meatus',
      front: UP,
      sections: [
        { at: [0.075, 0.0, 1.601], r: [0.0045, 0.0038] },
        { at: [0.05, 0.0, 1.601], r: [0.004, 0.0035] },
      ],
      capEnd: 0.003,
    }),
    {
      kind: 'ellipsoid',
      carve: true,
      label: 'foramen magnum',
      center: [0, -0.022, 1.556],
      radii: [0.0145, 0.0185, 0.026],
    },
];

/** How each part of the skull was moved to meet the neck (head-placement.ts). */
function placeSkullPart(label: string): (p: Vec3) => Vec3 {
  if (/^(occipital bone below|inferior nuchal line)/.test(label)) return onNuchal;
  if (/^(basilar and condylar|occipital condyle|foramen magnum)/.test(label)) return onBase;
  if (/^(mastoid|styloid)/.test(label)) return onMastoid;
  return placeHead;
}

export const skull: Bone = {
  id: 'skull',
  name: 'Skull',
  midline: true,
  parts: [
    ...MODELLED_SKULL_PARTS.map((part) => movePart(part, placeSkullPart(part.label))),
    // Written where the skull sits on the neck: the clivus rises steeply from the basion (6 mm
    // above the dens) to the body of the sphenoid, from which the pterygoid plates hang.
    {
      kind: 'loft',
      label: 'basilar part (clivus) to the body of the sphenoid',
      front: UP,
      sections: [
        { at: [0, -0.02, 1.625], r: [0.008, 0.011] },
        { at: [0, -0.004, 1.64], r: [0.01, 0.012] },
        { at: [0, 0.013, 1.652], r: [0.012, 0.013] },
      ],
      capStart: 0.004,
      capEnd: 0.004,
    },
    // The bone behind each condyle, filling the corner between the nuchal plane and the condylar
    // part (the blended surface rounds it there; muscles are packed against the parts).
    ...both({ kind: 'ellipsoid', label: 'condylar part behind the condyle', center: [0.033, -0.057, 1.633], radii: [0.014, 0.012, 0.0055] }),
    {
      kind: 'ellipsoid',
      label: 'body of the sphenoid and roots of the pterygoid processes',
      center: [0, 0.024, 1.638],
      radii: [0.022, 0.016, 0.016],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// The mandible.

/** The body's columns on the right, from the symphysis back: alveolar crest, middle, base. */
const BODY_COLUMNS: readonly (readonly [Vec3, Vec3, Vec3])[] = [
  [[0, 0.093, 1.545], [0, 0.092, 1.526], [0, 0.085, 1.507]],
  [[0.011, 0.089, 1.545], [0.012, 0.087, 1.527], [0.013, 0.082, 1.508]],
  [[0.0175, 0.083, 1.546], [0.021, 0.08, 1.528], [0.024, 0.074, 1.51]],
  [[0.0215, 0.074, 1.547], [0.026, 0.071, 1.53], [0.031, 0.064, 1.513]],
  [[0.0245, 0.062, 1.548], [0.03, 0.059, 1.532], [0.036, 0.051, 1.517]],
  [[0.027, 0.049, 1.549], [0.034, 0.046, 1.535], [0.041, 0.038, 1.522]],
  [[0.03, 0.037, 1.551], [0.038, 0.034, 1.54], [0.045, 0.028, 1.528]],
];

const bodyRow = (r: 0 | 1 | 2): Vec3[] => {
  const right = BODY_COLUMNS.map((c) => c[r]);
  return [...right.slice(1).reverse().map(mx), ...right];
};
const bodyThickness = (r: 0 | 1 | 2): number[] => {
  const right = BODY_COLUMNS.map((_, i) => (r === 0 ? 0.0085 : r === 1 ? 0.011 : 0.012) + (i === 0 ? 0.002 : 0));
  return [...right.slice(1).reverse(), ...right];
};

export const mandible: Bone = moveBone({
  id: 'mandible',
  name: 'Mandible',
  midline: true,
  // The pictures of the tongue, the pterygoids and geniohyoid leave it out (render/framing.ts).
  hiddenIn: ['innerjaw'],
  parts: [
    {
      kind: 'plate',
      label: 'body',
      outward: FORWARD,
      grid: [bodyRow(0), bodyRow(1), bodyRow(2)],
      thickness: [bodyThickness(0), bodyThickness(1), bodyThickness(2)],
    },
    ...both({
      kind: 'plate',
      label: 'ramus with the coronoid process and the angle',
      outward: RIGHT,
      grid: [
        [
          [0.044, 0.05, 1.592],
          [0.046, 0.04, 1.578],
          [0.048, 0.03, 1.573],
          [0.049, 0.021, 1.577],
          [0.05, 0.014, 1.586],
        ],
        [
          [0.041, 0.053, 1.563],
          [0.044, 0.044, 1.561],
          [0.046, 0.035, 1.559],
          [0.048, 0.026, 1.559],
          [0.05, 0.017, 1.561],
        ],
        [
          [0.038, 0.054, 1.547],
          [0.042, 0.045, 1.545],
          [0.045, 0.036, 1.544],
          [0.047, 0.027, 1.544],
          [0.049, 0.019, 1.546],
        ],
        [
          [0.039, 0.047, 1.532],
          [0.042, 0.04, 1.531],
          [0.045, 0.034, 1.53],
          [0.047, 0.027, 1.53],
          [0.0485, 0.021, 1.533],
        ],
      ],
      thickness: [
        [0.004, 0.004, 0.005, 0.006, 0.007],
        [0.006, 0.005, 0.005, 0.006, 0.007],
        [0.008, 0.006, 0.006, 0.006, 0.007],
        [0.01, 0.008, 0.007, 0.007, 0.008],
      ],
    }),
    ...both({
      kind: 'loft',
      label: 'condylar process (neck)',
      sections: [
        { at: [0.05, 0.014, 1.58], r: [0.0045, 0.005] },
        { at: [0.05, 0.012, 1.593], r: [0.0045, 0.006] },
      ],
    }),
    ...both({
      kind: 'ellipsoid',
      label: 'head of the mandible (condyle)',
      center: [0.05, 0.012, 1.597],
      radii: [0.0095, 0.0048, 0.0052],
      axes: [
        [0.96, -0.28, 0],
        [0.28, 0.96, 0],
      ],
    }),
    {
      kind: 'ellipsoid',
      label: 'mental protuberance',
      center: [0, 0.091, 1.515],
      radii: [0.011, 0.0055, 0.008],
    },
    ...both({
      kind: 'ellipsoid',
      label: 'mental tubercle',
      center: [0.012, 0.088, 1.512],
      radii: [0.005, 0.004, 0.004],
    }),
    {
      kind: 'ellipsoid',
      label: 'genial tubercles (mental spines)',
      center: [0, 0.079, 1.515],
      radii: [0.004, 0.003, 0.004],
    },
    ...both({
      kind: 'loft',
      label: 'mylohyoid line',
      front: UP,
      sections: [
        { at: [0.033, 0.036, 1.534], r: 0.0022 },
        { at: [0.027, 0.052, 1.526], r: 0.0022 },
        { at: [0.02, 0.067, 1.519], r: 0.002 },
        { at: [0.012, 0.077, 1.515], r: 0.0018 },
      ],
      capStart: 0.002,
      capEnd: 0.002,
    }),
    ...teeth(0.95, -0.002, 1.5485, 'lower tooth'),
    ...both({
      kind: 'ellipsoid',
      carve: true,
      label: 'mandibular notch',
      center: [0.048, 0.03, 1.588],
      radii: [0.012, 0.0085, 0.0135],
    }),
  ],
}, placeHead);

// ---------------------------------------------------------------------------------------------
// The hyoid and the laryngeal cartilages.

export const hyoid: Bone = moveBone({
  id: 'hyoid',
  name: 'Hyoid bone',
  midline: true,
  parts: [
    {
      kind: 'loft',
      label: 'body',
      front: UP,
      sections: [
        { at: [-0.013, 0.035, 1.461], r: [0.0045, 0.003] },
        { at: [-0.006, 0.041, 1.46], r: [0.0052, 0.0032] },
        { at: [0, 0.043, 1.46], r: [0.0055, 0.0032] },
        { at: [0.006, 0.041, 1.46], r: [0.0052, 0.0032] },
        { at: [0.013, 0.035, 1.461], r: [0.0045, 0.003] },
      ],
      capStart: 0.002,
      capEnd: 0.002,
    },
    ...both({
      kind: 'loft',
      label: 'greater horn',
      front: UP,
      sections: [
        { at: [0.012, 0.036, 1.461], r: [0.0038, 0.003] },
        { at: [0.017, 0.024, 1.464], r: [0.003, 0.0028] },
        { at: [0.0205, 0.01, 1.468], r: [0.0028, 0.0027] },
      ],
      capEnd: 0.002,
    }),
    ...both({ kind: 'ellipsoid', label: 'tubercle of the greater horn', center: [0.021, 0.008, 1.469], radii: [0.0028, 0.0032, 0.0028] }),
    ...both({
      kind: 'loft',
      label: 'lesser horn',
      sections: [
        { at: [0.011, 0.035, 1.463], r: 0.003 },
        { at: [0.011, 0.032, 1.471], r: 0.0027 },
      ],
      capEnd: 0.0015,
    }),
  ],
}, onHyoidBone);

export const thyroidCartilage: Bone = moveBone({
  id: 'thyroid-cartilage',
  name: 'Thyroid cartilage',
  midline: true,
  tissue: 'cartilage',
  parts: [
    ...both({
      kind: 'plate',
      label: 'lamina',
      outward: [0.7, 0.7, 0],
      grid: [
        [
          [0.0015, 0.05, 1.427],
          [0.0105, 0.043, 1.435],
          [0.018, 0.033, 1.437],
          [0.021, 0.022, 1.435],
        ],
        [
          [0.0012, 0.052, 1.418],
          [0.0105, 0.044, 1.418],
          [0.0175, 0.033, 1.418],
          [0.0205, 0.021, 1.418],
        ],
        [
          [0.0012, 0.047, 1.403],
          [0.0095, 0.041, 1.401],
          [0.0155, 0.032, 1.403],
          [0.019, 0.022, 1.405],
        ],
      ],
      thickness: 0.0038,
    }),
    {
      kind: 'ellipsoid',
      label: 'laryngeal prominence',
      center: [0, 0.052, 1.424],
      radii: [0.0045, 0.0045, 0.006],
    },
    ...both({
      kind: 'loft',
      label: 'superior horn',
      sections: [
        { at: [0.021, 0.021, 1.432], r: 0.003 },
        { at: [0.0208, 0.018, 1.441], r: 0.0028 },
        { at: [0.0205, 0.016, 1.447], r: 0.0027 },
      ],
      capEnd: 0.0018,
    }),
    ...both({
      kind: 'loft',
      label: 'inferior horn',
      sections: [
        { at: [0.0203, 0.022, 1.406], r: 0.003 },
        { at: [0.0175, 0.02, 1.395], r: 0.0028 },
        { at: [0.0148, 0.019, 1.388], r: 0.0027 },
      ],
      capEnd: 0.0015,
    }),
    ...both({
      kind: 'loft',
      label: 'oblique line',
      sections: [
        { at: [0.0205, 0.034, 1.433], r: 0.0022 },
        { at: [0.019, 0.038, 1.418], r: 0.0022 },
        { at: [0.0175, 0.041, 1.403], r: 0.0022 },
      ],
      capStart: 0.0015,
      capEnd: 0.0015,
    }),
  ],
}, onThyroid);

/** The cricoid ring: at angle a (0 behind, 90 on the right, 180 in front) its centre and height. */
function cricoidSection(a: number): { at: Vec3; r: [number, number] } {
  const th = (a * Math.PI) / 180;
  const front = (1 - Math.cos(th)) / 2; // 0 behind, 1 in front
  const height = 0.021 - 0.0145 * Math.pow(front, 1.4);
  const bottom = 1.377 + 0.002 * front;
  return { at: [0.0135 * Math.sin(th), 0.0235 - 0.0125 * Math.cos(th), bottom + height / 2], r: [height / 2, 0.0019 + 0.0012 * (1 - front)] };
}

export const cricoidCartilage: Bone = moveBone({
  id: 'cricoid-cartilage',
  name: 'Cricoid cartilage',
  midline: true,
  tissue: 'cartilage',
  parts: [
    {
      kind: 'loft',
      label: 'lamina and arch (right half)',
      front: UP,
      sections: [0, 30, 60, 90, 120, 150, 180, 200].map(cricoidSection),
    },
    {
      kind: 'loft',
      label: 'lamina and arch (left half)',
      front: UP,
      sections: [0, 30, 60, 90, 120, 150, 180, 200].map((a) => cricoidSection(-a)),
    },
  ],
}, onCricoid);

// ---------------------------------------------------------------------------------------------
// The body of the tongue: a soft solid on the floor of the mouth, rooted on the hyoid.

export const tongue: Bone = moveBone({
  id: 'tongue',
  name: 'Tongue',
  midline: true,
  tissue: 'soft',
  parts: [
    {
      kind: 'loft',
      label: 'root on the hyoid, pharyngeal part, body (oral part) and tip',
      // First radius: half the width; second: half the thickness (dorsum to underside, or front to back in the root).
      front: RIGHT,
      side: UP,
      sections: [
        { at: [0, 0.039, 1.47], r: [0.009, 0.008] },
        { at: [0, 0.036, 1.49], r: [0.013, 0.012] },
        { at: [0, 0.04, 1.516], r: [0.018, 0.017] },
        { at: [0, 0.052, 1.541], r: [0.021, 0.016] },
        { at: [0, 0.068, 1.549], r: [0.02, 0.011] },
        { at: [0, 0.082, 1.55], r: [0.016, 0.0075] },
      ],
      capStart: 0.004,
      capEnd: 0.008,
    },
  ],
}, onTongue);

export const headBones: readonly Bone[] = [skull, mandible, hyoid, thyroidCartilage, cricoidCartilage, tongue];
