// The project's export settings, and nothing else: what any page of this Next.js build must load.
module.exports = { output: 'export', trailingSlash: true, reactStrictMode: true };
