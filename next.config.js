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
  // No experimental.inlineCss: it put each page's stylesheet (about 13 KB, 3.5 KB gzip) in a <style>
  // and a copy in the RSC payload, 3.4 to 3.6 KB gzip of script on every page, which alone took most
  // pages past the 10 KB script budget (issue 16; scripts/budget.mjs counts the copy). Measured both
  // ways (npm run bench:lighthouse, 3 runs, one machine): inline, the muscle page's first paint came
  // about 300 ms sooner, but its largest paint stood at the same ratio to its plain-HTML copy's
  // (×1.89 either way), and as files the stylesheets are fetched once for every page a reader opens.
  // With output 'export', distDir is where the site is written: the browser tests' fixture atlas
  // goes to its own folder, so it never overwrites the real site in out/.
  ...(process.env.ATLAS_OUT_DIR ? { distDir: process.env.ATLAS_OUT_DIR } : {}),
};

module.exports = nextConfig;
