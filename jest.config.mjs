import fs from 'node:fs';
import path from 'node:path';
import nextJest from 'next/jest.js';

const createJestConfig = nextJest({ dir: './' });

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'jsdom',
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    // Published with an `import` condition only, which jest's require-based resolver does not match.
    '^estree-walker$': '<rootDir>/node_modules/estree-walker/src/index.js',
  },
  testPathIgnorePatterns: ['/node_modules/', '/e2e/', '/out/', '/.next/', '/__tests__/fixtures/', 'helpers\\.tsx?$'],
};

/**
 * next/jest leaves node_modules untransformed, but many packages ship ES modules only (the unified
 * and MDX family that renders page bodies, yet-another-react-lightbox, parse5): every installed package whose package.json
 * says `"type": "module"` is transformed, so a new one needs no entry here.
 */
function esmPackages(dir = 'node_modules', scope = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || !(entry.isDirectory() || entry.isSymbolicLink())) return [];
    if (!scope && entry.name.startsWith('@')) return esmPackages(path.join(dir, entry.name), `${entry.name}/`);
    try {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, entry.name, 'package.json'), 'utf8'));
      return manifest.type === 'module' ? [`${scope}${entry.name}`] : [];
    } catch {
      return [];
    }
  });
}

const ESM_PACKAGES = esmPackages().map((name) => name.replace(/[.+]/g, '\\$&'));

export default async function jestConfig() {
  const resolved = await createJestConfig(config)();
  return {
    ...resolved,
    transformIgnorePatterns: [
      `/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`,
      '^.+\\.module\\.(css|sass|scss)$',
    ],
  };
}
