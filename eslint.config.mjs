import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Pictures are generated and optimised at build time; the export has no image server for next/image.
      '@next/next/no-img-element': 'off',
      // Pages link with plain <a>: each page is a document of its own, loaded whole. A next/link is a
      // client component that hydrates and prefetches every link in view, main-thread work on every
      // page load that a static atlas does not need (issue 16).
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  // The directions of the data flow (docs: DESIGN.md). content -> lib/content -> atlas; model ->
  // figure pipeline -> manifest -> lib/atlas.ts, the one place the two meet; app and components
  // read the atlas, never the pipeline.
  {
    files: ['lib/content/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['@/figures/*', '**/figures/*', '@/components/*', '**/components/*', '@/app/*', 'react', 'next/*'], message: 'lib/content reads content only: it knows nothing of the figures, the components or the routes.' },
        { regex: '^(@/lib/(?!content/)|\\.\\./(?!content/))', message: 'lib/content depends on nothing else in lib/.' },
      ] }],
    },
  },
  {
    files: ['lib/**'],
    ignores: ['lib/content/**', 'lib/atlas.ts', 'lib/with-figures.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['@/figures/*', '**/figures/*'], message: 'Only lib/atlas.ts (and lib/with-figures.ts) meet the figure manifest.' },
        { group: ['@/components/*', '**/components/*', '@/app/*'], message: 'lib/ holds no React components or route factories: it does not import components or routes.' },
      ] }],
    },
  },
  {
    files: ['lib/atlas.ts', 'lib/with-figures.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^@/figures/(?!manifest$)', message: 'The site reads only the figure manifest (figures/manifest.ts), the pipeline’s one contract.' },
        { group: ['@/components/*', '@/app/*'], message: 'lib/ does not import components or routes.' },
      ] }],
    },
  },
  {
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['@/figures/*', '**/figures/*'], message: 'Routes and components read the atlas (lib/atlas.ts), never the figure pipeline.' },
      ] }],
    },
  },
  {
    files: ['figures/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/app/*', '**/components/*', '@/app/*', '@/components/*', 'react', 'next', 'next/*'], message: 'The figure pipeline builds pictures: it imports no routes or components.' },
        { regex: '(^|/)lib/(?!content/)', message: 'The figure pipeline may read the content tree (lib/content), nothing else of the web app.' },
      ] }],
    },
  },
  { ignores: ['.next/**', 'out/**', 'e2e-out/**', 'e2e-site-out/**', 'scripts/floor-app/out/**', 'scripts/floor-app/.next/**', 'out-figures/**', 'node_modules/**', 'tmp-exp/**', 'next-env.d.ts', 'public/**'] },
];

export default config;
