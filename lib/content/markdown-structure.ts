import { fromMarkdown } from 'mdast-util-from-markdown';
import type { List, ListItem, Nodes, Paragraph, PhrasingContent } from 'mdast';
import { isAtlasUrl, normalizeLink } from './urls';

/** A link in an old page's nested list: `parent` is the link one level up, or null at the top. */
export type ListedLink = { url: string; parent: string | null; line: number };
export type BodyLink = { url: string; line: number };

export type MarkdownStructure = {
  /** The Markdown a reader sees: without the subtree lists and the Back link, which the page shows itself. */
  markdown: string;
  listed: ListedLink[];
  back: BodyLink | null;
  /** Every link to a page of the site, to check that it exists. */
  links: BodyLink[];
  /** Every image source, to resolve and check. */
  images: { src: string; line: number }[];
};

const isBlank = (node: PhrasingContent) => node.type === 'text' && node.value.trim() === '';

/** The one link a paragraph consists of, if that is all it holds. */
function soleLink(paragraph: Paragraph): { href: string; text: string } | null {
  const content = paragraph.children.filter((child) => !isBlank(child));
  const [only] = content;
  if (content.length !== 1 || only?.type !== 'link') return null;
  const text = only.children.map((child) => ('value' in child ? child.value : '')).join('');
  return { href: only.url, text };
}

function itemLink(item: ListItem): string | null {
  const [first] = item.children;
  if (first?.type !== 'paragraph') return null;
  const link = soleLink(first);
  const url = link ? normalizeLink(link.href) : null;
  return url !== null && isAtlasUrl(url) ? url : null;
}

/** A list is a subtree list when every item, at every depth, is one atlas link (and perhaps a list under it). */
function isSubtreeList(list: List): boolean {
  return list.children.every((item) => {
    if (itemLink(item) === null) return false;
    return item.children.slice(1).every((child) => child.type === 'list' && isSubtreeList(child));
  });
}

function collectListed(list: List, parent: string | null, into: ListedLink[]) {
  for (const item of list.children) {
    const url = itemLink(item);
    if (url === null) continue;
    into.push({ url, parent, line: item.position?.start.line ?? 0 });
    for (const child of item.children.slice(1)) {
      if (child.type === 'list') collectListed(child, url, into);
    }
  }
}

function walk(node: Nodes, visit: (node: Nodes) => void) {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

/** Reads the structure of one Markdown piece; `firstLine` is the file line the piece starts on. */
export function readMarkdownStructure(markdown: string, firstLine: number): MarkdownStructure {
  const tree = fromMarkdown(markdown);
  const toFileLine = (line: number | undefined) => (line ?? 1) + firstLine - 1;
  const cuts: [number, number][] = [];
  const listed: ListedLink[] = [];
  let back: BodyLink | null = null;

  for (const block of tree.children) {
    const start = block.position?.start.offset;
    const end = block.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    if (block.type === 'list' && isSubtreeList(block)) {
      const found: ListedLink[] = [];
      collectListed(block, null, found);
      listed.push(...found.map((entry) => ({ ...entry, line: toFileLine(entry.line) })));
      cuts.push([start, end]);
    } else if (block.type === 'paragraph') {
      const link = soleLink(block);
      const url = link ? normalizeLink(link.href) : null;
      if (link && url !== null && /^\s*back\b/i.test(link.text)) {
        back = { url, line: toFileLine(block.position?.start.line) };
        cuts.push([start, end]);
      }
    }
  }

  // Links of the subtree lists and the Back link are checked as such; the rest of the text here.
  const links: BodyLink[] = [];
  const images: { src: string; line: number }[] = [];
  const isCut = (node: Nodes) => cuts.some(([start]) => node.position?.start.offset === start);
  const kept = tree.children.filter((block) => !isCut(block));
  for (const block of kept) walk(block, (node) => {
    if (node.type === 'link' || node.type === 'definition') {
      const url = normalizeLink(node.url);
      if (url !== null) links.push({ url, line: toFileLine(node.position?.start.line) });
    } else if (node.type === 'image') {
      images.push({ src: node.url, line: toFileLine(node.position?.start.line) });
    }
  });

  let text = markdown;
  for (const [start, end] of [...cuts].reverse()) text = text.slice(0, start) + text.slice(end);
  return { markdown: text, listed, back, links, images };
}

/** Plain text of the first paragraph, for a page's meta description. */
export function firstParagraphText(markdown: string): string {
  const tree = fromMarkdown(markdown);
  const paragraph = tree.children.find((node): node is Paragraph => node.type === 'paragraph');
  if (!paragraph) return '';
  let text = '';
  walk(paragraph, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
    else if (node.type === 'break') text += ' ';
  });
  return text.replace(/\s+/g, ' ').trim();
}
