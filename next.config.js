// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  // yet-another-react-lightbox ships ESM only.
  transpilePackages: ['yet-another-react-lightbox'],
  // Pictures are optimised at build time (scripts/figures); the export has no image server.
  images: { unoptimized: true },
  // With output 'export', distDir is where the site is written: the browser tests' fixture atlas
  // goes to its own folder, so it never overwrites the real site in out/.
  ...(process.env.ATLAS_OUT_DIR ? { distDir: process.env.ATLAS_OUT_DIR } : {}),
};

module.exports = nextConfig;
