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
  // The stylesheet (about 13 KB, 3.5 KB gzip) goes into each page's <head> instead of three
  // render-blocking files: on Lighthouse's mobile profile the muscle page's first paint came 200 ms
  // sooner and its largest paint 380 ms sooner (npm run bench:lighthouse). The cost: every document
  // carries its CSS (and the RSC payload a copy, which scripts/budget.mjs shows apart).
  experimental: { inlineCss: true },
  // With output 'export', distDir is where the site is written: the browser tests' fixture atlas
  // goes to its own folder, so it never overwrites the real site in out/.
  ...(process.env.ATLAS_OUT_DIR ? { distDir: process.env.ATLAS_OUT_DIR } : {}),
};

module.exports = nextConfig;
