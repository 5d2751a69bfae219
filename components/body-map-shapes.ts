/**
 * The drawing of the body map: a figure from the front and from the back, 200 × 460 units each,
 * the body's midline at x = 100. Each region is a list of SVG paths drawn on the figure's right
 * half as the viewer sees it on the left (x < 100) and mirrored, or across the midline (`whole`).
 * Hands and feet belong to no region of the atlas and are drawn as plain shapes.
 */
export type RegionShape = {
  /** The region page's last URL segment: `/muscle/thigh/` → `thigh`. */
  slug: string;
  /** Paths on the left half, mirrored onto the right. */
  paired?: string[];
  /** Paths drawn as they are. */
  whole?: string[];
  /** Where the name shows on hover and focus. */
  label: { x: number; y: number };
};

export type BodyView = { id: 'front' | 'back'; title: string; regions: RegionShape[]; plain: { paired?: string[]; whole?: string[] } };

const HEAD = 'M100 10 C113 10 121 20 121 35 C121 50 113 62 100 62 C87 62 79 50 79 35 C79 20 87 10 100 10 Z';
const NECK = 'M89 56 C91 62 100 65 111 56 L112 70 C114 75 118 78 124 80 L76 80 C82 78 86 75 88 70 Z';
const DELTOID = 'M74 81 C62 82 52 88 49 100 C47 110 48 118 50 124 L64 120 C64 110 66 98 74 90 Z';
const UPPER_ARM = 'M50 127 L64 123 C65 140 64 160 62 188 L44 188 C44 165 46 145 50 127 Z';
const FOREARM = 'M44 191 L62 191 C60 215 56 240 50 262 L36 262 C36 240 39 215 44 191 Z';
const HAND = 'M36 265 L50 265 C52 276 51 290 46 302 C41 305 35 302 33 296 C31 286 33 274 36 265 Z';
const FOOT_FRONT = 'M76 424 L90 424 C92 431 93 437 91 442 L68 442 C67 436 71 430 76 424 Z';
const FOOT_BACK = 'M77 424 L91 424 C93 431 92 437 90 442 L72 442 C70 436 73 430 77 424 Z';

export const BODY_VIEWS: readonly BodyView[] = [
  {
    id: 'front',
    title: 'Front',
    plain: { paired: [HAND, FOOT_FRONT] },
    regions: [
      { slug: 'head', whole: [HEAD], label: { x: 100, y: 38 } },
      { slug: 'neck', whole: [NECK], label: { x: 100, y: 73 } },
      {
        slug: 'shoulder',
        // The deltoid, and the chest: pectoralis major and minor, serratus anterior and subclavius are shoulder muscles.
        paired: [DELTOID, 'M76 82 L99 82 L99 128 C92 132 82 133 74 128 C70 122 67 112 67 104 C67 96 70 88 76 82 Z'],
        label: { x: 100, y: 106 },
      },
      { slug: 'arm', paired: [UPPER_ARM], label: { x: 40, y: 158 } },
      { slug: 'forearm', paired: [FOREARM], label: { x: 34, y: 228 } },
      {
        slug: 'abdomen',
        whole: ['M74 131 C82 136 92 135 100 131 C108 135 118 136 126 131 C129 150 129 175 127 196 C127 208 129 216 131 222 L69 222 C71 216 73 208 73 196 C71 175 71 150 74 131 Z'],
        label: { x: 100, y: 178 },
      },
      {
        slug: 'hip',
        whole: ['M69 225 L131 225 C134 235 137 245 138 252 C124 256 110 262 100 270 C90 262 76 256 62 252 C63 245 66 235 69 225 Z'],
        label: { x: 100, y: 246 },
      },
      { slug: 'thigh', paired: ['M62 255 C76 259 90 265 98 273 C98 300 95 322 93 342 L71 342 C67 318 62 290 62 255 Z'], label: { x: 82, y: 302 } },
      { slug: 'leg', paired: ['M71 346 L93 346 C95 366 93 392 90 421 L77 421 C72 396 69 370 71 346 Z'], label: { x: 82, y: 384 } },
    ],
  },
  {
    id: 'back',
    title: 'Back',
    plain: { paired: [HAND, FOOT_BACK] },
    regions: [
      { slug: 'head', whole: [HEAD], label: { x: 100, y: 38 } },
      { slug: 'neck', whole: [NECK], label: { x: 100, y: 73 } },
      {
        slug: 'back',
        // Trapezius, latissimus dorsi and the deep muscles along the spine: the whole back of the trunk.
        whole: ['M76 82 L124 82 C130 90 134 104 134 124 C130 150 128 175 128 196 C128 208 130 216 132 222 L68 222 C70 216 72 208 72 196 C72 175 70 150 66 124 C66 104 70 90 76 82 Z'],
        label: { x: 100, y: 182 },
      },
      {
        slug: 'shoulder',
        // The deltoid, and the shoulder blade with the rotator cuff, teres major and the rhomboids.
        paired: [DELTOID, 'M74 96 L94 100 C93 112 88 126 82 140 C77 134 73 120 72 108 Z'],
        label: { x: 100, y: 116 },
      },
      { slug: 'arm', paired: [UPPER_ARM], label: { x: 40, y: 158 } },
      { slug: 'forearm', paired: [FOREARM], label: { x: 34, y: 228 } },
      {
        slug: 'hip',
        // The buttocks: the gluteal muscles and the deep hip muscles under them.
        paired: ['M68 225 L99 225 L99 266 C90 272 76 272 66 266 C63 252 64 238 68 225 Z'],
        label: { x: 100, y: 248 },
      },
      { slug: 'thigh', paired: ['M66 269 C76 275 90 275 99 270 C98 298 95 322 93 342 L71 342 C67 318 64 294 66 269 Z'], label: { x: 82, y: 308 } },
      { slug: 'leg', paired: ['M71 346 L93 346 C97 362 96 388 91 421 L78 421 C70 392 67 364 71 346 Z'], label: { x: 82, y: 384 } },
    ],
  },
];

/** The transform that mirrors the left half onto the right. */
export const MIRROR = 'matrix(-1 0 0 1 200 0)';
