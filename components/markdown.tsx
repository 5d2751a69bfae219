import { MDXRemote } from 'next-mdx-remote/rsc';
import type { ComponentProps } from 'react';
import { resolveImageUrl } from '@/lib/content/images';
import { normalizeLink } from '@/lib/content/urls';
import { markdownOptions } from '@/lib/markdown/options';

function MarkdownLink({ href, children, ...rest }: ComponentProps<'a'>) {
  // The sanitiser drops addresses that could run code (`javascript:` and the like): the words stay, as text.
  if (href === undefined || href === '') return <>{children}</>;
  // A page of the site is linked by its one URL (`/muscle/leg/soleus` → `/muscle/leg/soleus/`).
  const page = href.includes('#') ? null : normalizeLink(href);
  return (
    <a href={page ?? href} {...rest}>
      {children}
    </a>
  );
}

/** Markdown text of a page body, rendered on the server. */
export function Markdown({ markdown, imageBase }: { markdown: string; imageBase: string }) {
  const components = {
    a: MarkdownLink,
    img: ({ src, alt, ...rest }: ComponentProps<'img'>) => (
      <img src={typeof src === 'string' ? resolveImageUrl(src, imageBase) : undefined} alt={alt ?? ''} loading="lazy" {...rest} />
    ),
  };
  return <MDXRemote source={markdown} options={markdownOptions} components={components} />;
}
