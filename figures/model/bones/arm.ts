/**
 * The right arm and forearm hanging in the anatomical position (palm forward, so the radius is
 * lateral): the humerus from the shoulder joint (its head's centre) to the elbow at z ≈ 1.11, the
 * ulna and radius to the wrist at z ≈ 0.86, with the carrying angle turning the forearm a little
 * laterally.
 */
import type { Bone, BonePart } from '../types';
import { compass } from '../profiles';
import { mark } from './landmarks';
import { blob, tube } from './shapes';
import { LOWER_LIMB_FRAMES, SHOULDER_JOINT } from './shoulder';

export const humerus: Bone = (() => {
  const id = 'humerus';
  const parts: BonePart[] = [
    blob('head', SHOULDER_JOINT, [0.0235, 0.0235, 0.0245]),
    {
      kind: 'loft',
      label: 'anatomical neck and surgical neck',
      sections: [
        { at: [0.197, -0.011, 1.445], r: 0.02 },
        { at: [0.203, -0.011, 1.418], r: 0.016 },
        { at: [0.205, -0.012, 1.395], r: 0.0125 },
      ],
    },
    blob('greater tubercle', [0.214, -0.008, 1.438], [0.01, 0.012, 0.014]),
    blob('lesser tubercle', [0.2, 0.009, 1.423], [0.007, 0.006, 0.009]),
    tube('crest of the greater tubercle (lateral lip of the intertubercular sulcus)', [[0.213, 0.004, 1.42], [0.212, 0.006, 1.37], [0.211, 0.003, 1.33]], [0.0045, 0.004, 0.0035]),
    tube('crest of the lesser tubercle (medial lip)', [[0.199, 0.009, 1.41], [0.199, 0.005, 1.37]], [0.004, 0.0032]),
    {
      kind: 'loft',
      label: 'shaft',
      sections: [
        { at: [0.205, -0.012, 1.405], r: 0.0135 },
        { at: [0.206, -0.013, 1.35], r: compass(0.0115, 0.012, 0.012, 0.011, 0.011, 0.011, 0.011, 0.011) },
        { at: [0.207, -0.014, 1.28], r: compass(0.011, 0.0115, 0.012, 0.011, 0.0105, 0.0105, 0.0105, 0.0105) },
        { at: [0.208, -0.016, 1.21], r: compass(0.0105, 0.011, 0.0125, 0.011, 0.0095, 0.011, 0.012, 0.0105) },
        { at: [0.207, -0.018, 1.17], r: compass(0.009, 0.011, 0.016, 0.011, 0.0075, 0.011, 0.015, 0.011) },
        { at: [0.206, -0.017, 1.14], r: compass(0.01, 0.013, 0.021, 0.011, 0.0085, 0.012, 0.022, 0.012) },
        { at: [0.205, -0.014, 1.122], r: compass(0.01, 0.013, 0.019, 0.01, 0.008, 0.011, 0.02, 0.012) },
      ],
      capEnd: 0.004,
    },
    blob('deltoid tuberosity', [0.2175, -0.011, 1.3], [0.004, 0.006, 0.017]),
    tube('lateral supracondylar ridge', [[0.2185, -0.017, 1.22], [0.227, -0.018, 1.165], [0.232, -0.018, 1.133]], [0.0028, 0.003, 0.004]),
    tube('medial supracondylar ridge', [[0.196, -0.017, 1.21], [0.186, -0.018, 1.16], [0.18, -0.019, 1.134]], [0.0028, 0.003, 0.004]),
    tube('trochlea', [[0.182, -0.011, 1.116], [0.195, -0.01, 1.117], [0.208, -0.01, 1.118]], [0.0115, 0.0095, 0.011], { front: [0, 1, 0], side: [0, 0, 1], caps: 0.002 }),
    blob('capitulum', [0.218, -0.006, 1.118], [0.009, 0.0105, 0.0105]),
    blob('medial epicondyle', [0.176, -0.02, 1.127], [0.008, 0.007, 0.0085]),
    blob('lateral epicondyle', [0.232, -0.019, 1.126], [0.005, 0.0065, 0.0075]),
  ];
  mark(id, 'head, articular surface (medial)', [0.168, -0.012, 1.448]);
  mark(id, 'anatomical neck, front', [0.197, 0.009, 1.438]);
  mark(id, 'surgical neck, front', [0.205, 0.003, 1.398]);
  mark(id, 'surgical neck, back', [0.205, -0.026, 1.398]);
  mark(id, 'greater tubercle, superior facet', [0.213, -0.004, 1.452]);
  mark(id, 'greater tubercle, middle facet', [0.222, -0.014, 1.445]);
  mark(id, 'greater tubercle, inferior facet', [0.22, -0.017, 1.43]);
  mark(id, 'lesser tubercle', [0.201, 0.015, 1.423]);
  mark(id, 'intertubercular sulcus, floor', [0.206, 0.004, 1.405]);
  mark(id, 'intertubercular sulcus, floor (lower)', [0.206, 0.001, 1.375]);
  mark(id, 'intertubercular sulcus, lateral lip (crest of the greater tubercle)', [0.213, 0.009, 1.39]);
  mark(id, 'intertubercular sulcus, lateral lip, lower end', [0.211, 0.0065, 1.335]);
  mark(id, 'intertubercular sulcus, medial lip (crest of the lesser tubercle)', [0.199, 0.0095, 1.385]);
  mark(id, 'deltoid tuberosity', [0.2215, -0.011, 1.3]);
  mark(id, 'radial groove (back of the shaft, spiralling down and laterally)', [0.212, -0.0255, 1.3]);
  mark(id, 'posterior surface, upper part (below the greater tubercle)', [0.214, -0.024, 1.37]);
  mark(id, 'posterior surface, lower half', [0.206, -0.0265, 1.22]);
  mark(id, 'medial surface, middle of the shaft', [0.1955, -0.014, 1.28]);
  mark(id, 'anterior surface, lower half', [0.207, -0.0035, 1.21]);
  mark(id, 'anterior surface, lower end', [0.207, -0.006, 1.16]);
  mark(id, 'lateral supracondylar ridge, upper part', [0.2215, -0.017, 1.21]);
  mark(id, 'lateral supracondylar ridge, lower part', [0.23, -0.018, 1.16]);
  mark(id, 'medial supracondylar ridge', [0.186, -0.018, 1.165]);
  mark(id, 'medial epicondyle', [0.168, -0.02, 1.127]);
  mark(id, 'medial epicondyle, front (common flexor origin)', [0.175, -0.0125, 1.127]);
  mark(id, 'lateral epicondyle', [0.237, -0.019, 1.126]);
  mark(id, 'lateral epicondyle, front (common extensor origin)', [0.232, -0.0125, 1.127]);
  mark(id, 'lateral epicondyle, back', [0.232, -0.0255, 1.126]);
  mark(id, 'trochlea', [0.195, -0.01, 1.1055]);
  mark(id, 'capitulum', [0.218, 0.0045, 1.118]);
  mark(id, 'olecranon fossa (back, above the trochlea)', [0.202, -0.0265, 1.145]);
  return { id, name: 'Humerus', parts, hiddenIn: LOWER_LIMB_FRAMES };
})();

export const ulna: Bone = (() => {
  const id = 'ulna';
  const parts: BonePart[] = [
    tube('olecranon', [[0.2, -0.018, 1.112], [0.2, -0.029, 1.125], [0.2, -0.027, 1.142]], [[0.008, 0.009], [0.009, 0.009], [0.008, 0.0085]], { caps: [0, 0.004] }),
    blob('trochlear notch (back wall)', [0.198, -0.02, 1.1], [0.01, 0.009, 0.012]),
    blob('coronoid process', [0.197, -0.001, 1.099], [0.007, 0.008, 0.005]),
    blob('radial notch', [0.208, -0.01, 1.095], [0.004, 0.006, 0.005]),
    blob('ulnar tuberosity', [0.198, -0.003, 1.08], [0.005, 0.0045, 0.008]),
    tube('supinator crest', [[0.207, -0.014, 1.09], [0.208, -0.016, 1.06], [0.207, -0.016, 1.04]], [0.0035, 0.003, 0.0025]),
    {
      kind: 'loft',
      label: 'shaft',
      sections: [
        { at: [0.2, -0.013, 1.1], r: [0.011, 0.009] },
        { at: [0.201, -0.013, 1.06], r: compass(0.009, 0.008, 0.0085, 0.009, 0.0095, 0.008, 0.008, 0.008) },
        { at: [0.206, -0.013, 1.0], r: compass(0.0075, 0.0075, 0.0085, 0.007, 0.0075, 0.006, 0.0065, 0.0065) },
        { at: [0.213, -0.013, 0.93], r: compass(0.0062, 0.006, 0.0068, 0.006, 0.006, 0.0055, 0.0055, 0.0055) },
        { at: [0.219, -0.013, 0.885], r: 0.0065 },
      ],
    },
    blob('head', [0.221, -0.012, 0.874], [0.0085, 0.0085, 0.008]),
    tube('styloid process', [[0.218, -0.018, 0.872], [0.219, -0.019, 0.858]], [[0.0032, 0.0032], [0.0025, 0.0025]], { caps: [0, 0.002] }),
  ];
  mark(id, 'olecranon, upper surface', [0.2, -0.03, 1.149]);
  mark(id, 'olecranon, back', [0.2, -0.0385, 1.128]);
  mark(id, 'olecranon, medial margin', [0.1905, -0.029, 1.125]);
  mark(id, 'olecranon, lateral surface', [0.209, -0.028, 1.12]);
  mark(id, 'coronoid process', [0.197, 0.007, 1.099]);
  mark(id, 'coronoid process, medial side', [0.19, 0.0, 1.099]);
  mark(id, 'ulnar tuberosity', [0.198, 0.0015, 1.08]);
  mark(id, 'supinator crest', [0.2105, -0.016, 1.06]);
  mark(id, 'posterior border, upper part', [0.202, -0.0225, 1.06]);
  mark(id, 'posterior surface, upper quarter', [0.205, -0.022, 1.075]);
  mark(id, 'posterior surface, middle', [0.208, -0.0205, 0.97]);
  mark(id, 'anterior surface, upper three quarters', [0.204, -0.0055, 1.02]);
  mark(id, 'medial surface, upper part', [0.193, -0.013, 1.05]);
  mark(id, 'interosseous border, middle', [0.2145, -0.012, 0.97]);
  mark(id, 'anterior surface, distal quarter (pronator ridge)', [0.215, -0.0075, 0.9]);
  mark(id, 'head', [0.2295, -0.012, 0.874]);
  mark(id, 'styloid process', [0.219, -0.019, 0.854]);
  return { id, name: 'Ulna', parts, hiddenIn: LOWER_LIMB_FRAMES };
})();

export const radius: Bone = (() => {
  const id = 'radius';
  const parts: BonePart[] = [
    tube('head', [[0.221, -0.007, 1.088], [0.221, -0.007, 1.103]], [[0.0105, 0.0105], [0.0105, 0.0105]], { caps: 0.001 }),
    {
      kind: 'loft',
      label: 'neck and shaft',
      sections: [
        { at: [0.221, -0.007, 1.09], r: 0.008 },
        { at: [0.222, -0.006, 1.072], r: 0.0068 },
        { at: [0.226, -0.004, 1.02], r: compass(0.0075, 0.0075, 0.007, 0.007, 0.007, 0.007, 0.008, 0.007) },
        { at: [0.234, -0.003, 0.96], r: compass(0.0075, 0.008, 0.0075, 0.008, 0.0075, 0.007, 0.008, 0.0075) },
        { at: [0.243, -0.004, 0.9], r: compass(0.008, 0.009, 0.009, 0.009, 0.008, 0.008, 0.009, 0.008) },
        { at: [0.246, -0.006, 0.872], r: compass(0.009, 0.013, 0.015, 0.012, 0.01, 0.012, 0.014, 0.011) },
        { at: [0.246, -0.007, 0.86], r: compass(0.009, 0.013, 0.016, 0.012, 0.01, 0.012, 0.015, 0.011) },
      ],
      capEnd: 0.002,
    },
    blob('radial tuberosity', [0.2175, -0.002, 1.06], [0.0055, 0.005, 0.009]),
    blob('pronator tuberosity', [0.2375, -0.003, 0.985], [0.004, 0.0045, 0.012]),
    tube('styloid process', [[0.255, -0.007, 0.868], [0.262, -0.007, 0.853]], [[0.005, 0.005], [0.0035, 0.0035]], { caps: [0, 0.0025] }),
    blob('dorsal tubercle', [0.247, -0.0165, 0.868], [0.004, 0.003, 0.006]),
  ];
  mark(id, 'head, rim', [0.2315, -0.007, 1.095]);
  mark(id, 'neck', [0.2285, -0.006, 1.072]);
  mark(id, 'radial tuberosity (rough posterior part)', [0.213, -0.004, 1.06]);
  mark(id, 'radial tuberosity, front', [0.217, 0.003, 1.06]);
  mark(id, 'proximal third, lateral surface', [0.2325, -0.005, 1.04]);
  mark(id, 'proximal third, anterior surface', [0.225, 0.0035, 1.04]);
  mark(id, 'proximal third, posterior surface', [0.227, -0.0115, 1.04]);
  mark(id, 'anterior border, upper half (oblique line)', [0.227, 0.004, 1.015]);
  mark(id, 'lateral surface, middle (pronator tuberosity)', [0.2415, -0.003, 0.985]);
  mark(id, 'anterior surface, middle', [0.235, 0.0045, 0.96]);
  mark(id, 'posterior surface, middle', [0.235, -0.0105, 0.955]);
  mark(id, 'anterior surface, distal quarter', [0.243, 0.004, 0.895]);
  mark(id, 'lateral surface, distal end (above the styloid)', [0.2575, -0.006, 0.88]);
  mark(id, 'styloid process', [0.264, -0.007, 0.85]);
  mark(id, 'dorsal tubercle', [0.247, -0.02, 0.868]);
  mark(id, 'ulnar notch', [0.232, -0.008, 0.866]);
  return { id, name: 'Radius', parts, hiddenIn: LOWER_LIMB_FRAMES };
})();
