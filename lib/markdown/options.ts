import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import type { MDXRemoteProps } from 'next-mdx-remote/rsc';

/**
 * Bodies are Markdown (CommonMark with GitHub tables), never MDX: no expressions, no components, no
 * JavaScript. Raw HTML is parsed and then sanitised, so no script, event handler or `javascript:`
 * URL from content reaches a page.
 */
export const markdownOptions: NonNullable<MDXRemoteProps['options']> = {
  blockJS: true,
  blockDangerousJS: true,
  mdxOptions: {
    format: 'md',
    remarkPlugins: [remarkGfm],
    rehypePlugins: [rehypeRaw, [rehypeSanitize, { ...defaultSchema, clobberPrefix: 'content-' }]],
  },
};
