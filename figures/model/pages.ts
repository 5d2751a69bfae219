/**
 * The lower-limb pages of the atlas and the muscles each one shows. A leaf names its muscles; a
 * page with children shows all of theirs (a composite muscle all its heads, a group all its
 * muscles, a region or the super-region everything below it).
 */
export type PageKind = 'superregion' | 'region' | 'group' | 'muscle' | 'part';

export interface PageNode {
  readonly slug: string;
  readonly kind: PageKind;
  /** The name used in captions and alt text. */
  readonly name: string;
  /** Model muscle ids, for a page without children (defaults to the slug). */
  readonly muscles?: readonly string[];
  /** A framing other than the region's, for this page and those below it. */
  readonly framing?: FramingName;
  readonly children?: readonly PageNode[];
}

const muscle = (slug: string, name: string): PageNode => ({ slug, kind: 'muscle', name });
const part = (slug: string, name: string): PageNode => ({ slug, kind: 'part', name });

export const lowerLimbPages: PageNode = {
  slug: 'lowerlimb',
  kind: 'superregion',
  name: 'Muscles of the lower limb',
  children: [
    {
      slug: 'leg',
      kind: 'region',
      name: 'Muscles of the leg',
      children: [
        {
          slug: 'superficialposterior',
          kind: 'group',
          name: 'Superficial posterior compartment of the leg',
          children: [
            {
              slug: 'gastrocnemius',
              kind: 'muscle',
              name: 'Gastrocnemius',
              children: [
                part('lateralgastrocnemius', 'Lateral head of gastrocnemius'),
                part('medialgastrocnemius', 'Medial head of gastrocnemius'),
              ],
            },
            muscle('soleus', 'Soleus'),
            muscle('plantaris', 'Plantaris'),
          ],
        },
        {
          slug: 'deepposterior',
          kind: 'group',
          name: 'Deep posterior compartment of the leg',
          children: [
            muscle('popliteus', 'Popliteus'),
            muscle('flexordigitorumlongus', 'Flexor digitorum longus'),
            muscle('flexorhallucislongus', 'Flexor hallucis longus'),
            muscle('tibialisposterior', 'Tibialis posterior'),
          ],
        },
        {
          slug: 'lateral',
          kind: 'group',
          name: 'Lateral compartment of the leg',
          children: [muscle('fibularislongus', 'Fibularis longus'), muscle('fibularisbrevis', 'Fibularis brevis')],
        },
        {
          slug: 'anterior',
          kind: 'group',
          name: 'Anterior compartment of the leg',
          children: [
            muscle('tibialisanterior', 'Tibialis anterior'),
            muscle('extensordigitorumlongus', 'Extensor digitorum longus'),
            muscle('extensorhallucislongus', 'Extensor hallucis longus'),
            muscle('fibularistertius', 'Fibularis tertius'),
          ],
        },
      ],
    },
    {
      slug: 'thigh',
      kind: 'region',
      name: 'Muscles of the thigh',
      children: [
        {
          slug: 'posterior',
          kind: 'group',
          name: 'Posterior compartment of the thigh',
          children: [
            {
              slug: 'bicepsfemoris',
              kind: 'muscle',
              name: 'Biceps femoris',
              children: [
                part('longbicepsfemoris', 'Long head of biceps femoris'),
                part('shortbicepsfemoris', 'Short head of biceps femoris'),
              ],
            },
            muscle('semimembranosus', 'Semimembranosus'),
            muscle('semitendinosus', 'Semitendinosus'),
          ],
        },
        {
          slug: 'medial',
          kind: 'group',
          name: 'Medial compartment of the thigh',
          children: [
            muscle('adductormagnus', 'Adductor magnus'),
            muscle('adductorminimus', 'Adductor minimus'),
            muscle('adductorlongus', 'Adductor longus'),
            muscle('adductorbrevis', 'Adductor brevis'),
            muscle('gracilis', 'Gracilis'),
          ],
        },
        {
          slug: 'anterior',
          kind: 'group',
          name: 'Anterior compartment of the thigh',
          children: [
            {
              slug: 'iliopsoas',
              kind: 'muscle',
              name: 'Iliopsoas',
              // Psoas major rises to the twelfth thoracic vertebra, above the thigh's frame.
              framing: 'lumbar',
              children: [part('iliacus', 'Iliacus'), part('psoasmajor', 'Psoas major')],
            },
            {
              slug: 'quadricepsfemoris',
              kind: 'muscle',
              name: 'Quadriceps femoris',
              children: [
                part('vastuslateralis', 'Vastus lateralis'),
                part('vastusintermedius', 'Vastus intermedius'),
                part('vastusmedialis', 'Vastus medialis'),
                part('rectusfemoris', 'Rectus femoris'),
              ],
            },
            muscle('sartorius', 'Sartorius'),
            muscle('pectineus', 'Pectineus'),
          ],
        },
      ],
    },
    {
      slug: 'hip',
      kind: 'region',
      name: 'Muscles of the hip',
      children: [
        {
          slug: 'superficial',
          kind: 'group',
          name: 'Superficial muscles of the hip',
          children: [
            muscle('gluteusmaximus', 'Gluteus maximus'),
            muscle('gluteusmedius', 'Gluteus medius'),
            muscle('gluteusminimus', 'Gluteus minimus'),
            muscle('tensorfasciaelatae', 'Tensor fasciae latae'),
          ],
        },
        {
          slug: 'deep',
          kind: 'group',
          name: 'Deep muscles of the hip',
          children: [
            muscle('piriformis', 'Piriformis'),
            muscle('obturatorinternus', 'Obturator internus'),
            muscle('obturatorexternus', 'Obturator externus'),
            {
              slug: 'gemelli',
              kind: 'muscle',
              name: 'Gemelli',
              children: [part('gemellussuperior', 'Gemellus superior'), part('gemellusinferior', 'Gemellus inferior')],
            },
            muscle('quadratusfemoris', 'Quadratus femoris'),
          ],
        },
        {
          slug: 'pelvis',
          kind: 'group',
          name: 'Muscles of the pelvic floor',
          children: [
            {
              slug: 'levatorani',
              kind: 'muscle',
              name: 'Levator ani',
              children: [
                part('puborectalis', 'Puborectalis'),
                part('pubococcygeus', 'Pubococcygeus'),
                part('iliococcygeus', 'Iliococcygeus'),
              ],
            },
            muscle('coccygeus', 'Coccygeus'),
          ],
        },
      ],
    },
  ],
};

/** Which part of the limb a page's pictures frame ('lumbar': lumbar spine to upper thigh). */
export type FramingName = 'limb' | 'leg' | 'thigh' | 'hip' | 'lumbar';

export interface FigurePage {
  /** Site URL, with trailing slash. */
  readonly url: string;
  readonly name: string;
  readonly kind: PageKind;
  readonly framing: FramingName;
  /** Model muscle ids highlighted on this page. */
  readonly muscles: readonly string[];
}

function musclesOf(node: PageNode): string[] {
  if (node.children && node.children.length > 0) return [...new Set(node.children.flatMap(musclesOf))];
  return [...(node.muscles ?? [node.slug])];
}

/** Every lower-limb page with its URL, framing and highlighted muscles, in tree order. */
export function figurePages(root: PageNode = lowerLimbPages): FigurePage[] {
  const out: FigurePage[] = [];
  const visit = (node: PageNode, region: string | null, inherited: FramingName | null): void => {
    const url =
      node.kind === 'superregion' || node.kind === 'region' ? `/muscle/${node.slug}/` : `/muscle/${region ?? ''}/${node.slug}/`;
    const own = node.kind === 'region' ? node.slug : region;
    const framing: FramingName = node.framing ?? inherited ?? (own === 'leg' || own === 'thigh' || own === 'hip' ? own : 'limb');
    out.push({ url, name: node.name, kind: node.kind, framing, muscles: musclesOf(node) });
    const nextRegion = node.kind === 'region' ? node.slug : region;
    for (const child of node.children ?? []) visit(child, nextRegion, node.framing ?? inherited);
  };
  visit(root, null, null);
  return out;
}
