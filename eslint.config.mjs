import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Pictures are generated and optimised at build time; the export has no image server for next/image.
      '@next/next/no-img-element': 'off',
    },
  },
  { ignores: ['.next/**', 'out/**', 'e2e-out/**', 'e2e-site-out/**', 'scripts/floor-app/out/**', 'scripts/floor-app/.next/**', 'out-figures/**', 'node_modules/**', 'next-env.d.ts', 'public/**'] },
];

export default config;
