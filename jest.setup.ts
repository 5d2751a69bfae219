import '@testing-library/jest-dom';

// next/link reads next.config's trailingSlash from this variable, which only `next build` sets.
process.env.__NEXT_TRAILING_SLASH = 'true';
