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
  { ignores: ['.next/**', 'out/**', 'e2e-out/**', 'e2e-site-out/**', 'scripts/floor-app/out/**', 'scripts/floor-app/.next/**', 'out-figures/**', 'node_modules/**', 'tmp-exp/**', 'next-env.d.ts', 'public/**'] },
];

export default config;
