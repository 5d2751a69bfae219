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
  /** Set when the Markdown nests deeper than a page may: the rest is then left unread. */
  tooDeep: { depth: number; line: number } | null;
};

/**
 * How many elements deep Markdown may nest (lists in lists, quotes in quotes, emphasis in emphasis).
 * The old pages' subtree lists, four levels of lists with a link in each item, are 11 deep; far
 * deeper trees only come from broken or hostile files, and would overflow the stack of the
 * Markdown renderer during the build.
 */
export const MAX_NESTING = 64;

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

/** Visits every node in document order, without recursion (a hostile file may nest very deep). */
function walk(root: Nodes, visit: (node: Nodes) => void) {
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    visit(node);
    // One push per child: spreading a paragraph of a hundred thousand links would overflow the stack.
    if ('children' in node) for (const child of [...node.children].reverse()) stack.push(child);
  }
}

/** The deepest nesting of a tree and the line where it is reached, without recursion. */
function deepest(root: Nodes): { depth: number; node: Nodes } {
  let found = { depth: 0, node: root };
  const stack: { node: Nodes; depth: number }[] = [{ node: root, depth: 0 }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    if (entry.depth > found.depth) found = entry;
    const { node, depth } = entry;
    if ('children' in node) for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
  }
  return found;
}

/** Reads the structure of one Markdown piece; `firstLine` is the file line the piece starts on. */
export function readMarkdownStructure(markdown: string, firstLine: number): MarkdownStructure {
  const tree = fromMarkdown(markdown);
  const toFileLine = (line: number | undefined) => (line ?? 1) + firstLine - 1;
  const nesting = deepest(tree);
  if (nesting.depth > MAX_NESTING) {
    const tooDeep = { depth: nesting.depth, line: toFileLine(nesting.node.position?.start.line) };
    return { markdown: '', listed: [], back: null, links: [], images: [], tooDeep };
  }
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
  return { markdown: text, listed, back, links, images, tooDeep: null };
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
