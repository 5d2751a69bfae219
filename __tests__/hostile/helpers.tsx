import { text } from 'node:stream/consumers';
import fc from 'fast-check';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { prerenderToNodeStream } from 'react-dom/static';
import { AtlasPage } from '@/components/atlas-page';
import { PageHero } from '@/components/page-hero';
import { Gallery } from '@/components/gallery';
import type { ContentError } from '@/lib/content/errors';
import type { Atlas } from '@/lib/content/types';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The flag hostile content tries to set; content that ran as code would leave it behind. */
export const PWNED = '__atlasPwned';
export const wasPwned = () => Object.prototype.hasOwnProperty.call(globalThis, PWNED);
const RUN = `globalThis.${PWNED} = 1`;

/** Renders a page of an atlas to HTML exactly as the build does (server components, MDX bodies). */
export async function renderPage(atlas: Atlas, url: string, imageBase = '/images/'): Promise<string> {
  const page = atlas.pages.get(url);
  if (!page) throw new Error(`no page ${url}`);
  const gallery = page.gallery.length > 0 ? <Gallery pictures={page.gallery} title={page.name} /> : null;
  const hero = page.hero ? <PageHero hero={page.hero} /> : null;
  const { prelude } = await prerenderToNodeStream(<AtlasPage atlas={atlas} page={page} imageBase={imageBase} gallery={gallery} hero={hero} />);
  return text(prelude);
}

/** Attributes whose value a browser treats as a URL it may navigate to, load or run. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'cite', 'background', 'longdesc', 'ping', 'manifest', 'codebase', 'xlink:href', 'lowsrc', 'dynsrc']);
/** Elements that embed or run something, or change how the page resolves and refreshes. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'form', 'style', 'portal']);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The scheme a browser reads from a URL attribute: it drops tabs and newlines and trims controls and spaces. */
function schemeOf(value: string): string | null {
  const cleaned = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return match?.[1]?.toLowerCase() ?? null;
}

/** The URLs of a srcset as a browser splits it: a URL runs to whitespace (commas may sit inside it). */
function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let rest = value;
  for (rest = rest.replace(/^[\s,]+/, ''); rest !== ''; rest = rest.replace(/^[\s,]+/, '')) {
    const url = /^\S+/.exec(rest)?.[0] ?? '';
    rest = rest.slice(url.length);
    urls.push(url.replace(/,+$/, ''));
    if (!url.endsWith(',')) rest = rest.replace(/^[^,]*/, '');
  }
  return urls;
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

/** Every element in document order, template contents included. */
function* elements(root: Node): Generator<Element> {
  const stack: Node[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (isElement(node)) {
      yield node;
      if (node.tagName === 'template' && 'content' in node) stack.push(node.content);
    }
    if ('childNodes' in node) for (const child of [...node.childNodes].reverse()) stack.push(child);
  }
}

/**
 * Everything in rendered HTML that could run code: script elements (the page's own JSON-LD excepted,
 * when it is valid JSON), elements that embed or redirect, event-handler attributes, and URLs whose
 * scheme is not http(s) or mailto (`javascript:`, `vbscript:`, `data:` in every spelling a browser
 * accepts). The HTML is parsed as a browser parses it.
 */
export function dangersIn(html: string): string[] {
  const found: string[] = [];
  for (const element of elements(parse(html))) {
    const attributes = new Map(element.attrs.map((attribute) => [attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name, attribute.value]));
    const tag = element.tagName;
    if (tag === 'script' && attributes.get('type') === 'application/ld+json' && attributes.size === 1) {
      const json = element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
      try {
        JSON.parse(json);
      } catch {
        found.push(`<script type="application/ld+json"> that is not JSON: ${json.slice(0, 80)}`);
      }
    } else if (tag === 'link' && attributes.get('rel') === 'preload' && attributes.get('as') === 'image') {
      // React's own preload of the hero picture: its href is checked with the URLs below.
    } else if (FORBIDDEN_ELEMENTS.has(tag) || tag === 'link') {
      found.push(`<${tag}> element`);
    }
    for (const [name, value] of attributes) {
      if (/^on/i.test(name)) found.push(`${name} attribute on <${tag}>`);
      const urls = name === 'srcset' || name === 'imagesrcset' ? srcsetUrls(value) : URL_ATTRIBUTES.has(name) ? [value] : [];
      for (const url of urls) {
        const scheme = schemeOf(url);
        if (scheme !== null && !SAFE_SCHEMES.has(scheme)) found.push(`${scheme}: URL in ${name} of <${tag}>: ${url.slice(0, 60)}`);
      }
    }
  }
  return found;
}

/** The text of the first element of a tag in some HTML, as a reader sees it. */
export function textOf(html: string, tag: string): string | undefined {
  for (const element of elements(parse(html))) {
    if (element.tagName !== tag) continue;
    let text = '';
    const stack: Node[] = [element];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (node.nodeName === '#text' && 'value' in node) text += node.value;
      if ('childNodes' in node) for (const child of [...node.childNodes].reverse()) stack.push(child);
    }
    return text;
  }
  return undefined;
}

/** The line count of a file as the loader counts lines (CRLF, CR and LF). */
export function lineCount(text: string): number {
  return text.split(/\r\n?|\n/).length;
}

/** What every content error must be: named by one of the files read, on a line that file has. */
export function badErrors(errors: readonly ContentError[], files: Record<string, string>): ContentError[] {
  return errors.filter((error) => {
    if (error.file === '(content folder)') return false;
    const source = files[error.file];
    if (source === undefined || error.message.trim() === '') return true;
    return error.line !== undefined && !(Number.isInteger(error.line) && error.line >= 1 && error.line <= lineCount(source));
  });
}

// ---------------------------------------------------------------------------------------------
// Arbitraries: hostile pieces of front matter and body, and whole pages and atlases built of them.

/** Code smuggled into a page in the ways people have found to smuggle it into HTML. */
export const HOSTILE_HTML = [
  `<script>${RUN}</script>`,
  `<SCRIPT SRC=//evil.example/x.js></SCRIPT>`,
  `<script type="module">${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `<img src="/images/a.png" alt="a" onerror="${RUN}" onload="${RUN}">`,
  `<img src=x:alert(alt) onerror=eval(src) alt=0>`,
  `<svg onload="${RUN}"><script>${RUN}</script></svg>`,
  `<svg><a xlink:href="javascript:${RUN}"><text>x</text></a></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}">`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<iframe srcdoc="<script>${RUN}</script>"></iframe>`,
  `<object data="javascript:${RUN}"></object><embed src="javascript:${RUN}">`,
  `<a href="javascript:${RUN}">plain</a>`,
  `<a href="JaVaScRiPt:${RUN}">mixed case</a>`,
  `<a href="jav&#x09;ascript:${RUN}">tab entity</a>`,
  `<a href="&#106;avascript:${RUN}">decimal entity</a>`,
  `<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;${RUN}">hex entities</a>`,
  `<a href=" \u0001javascript:${RUN}">leading control</a>`,
  `<a href="vbscript:msgbox(1)">vbscript</a>`,
  `<a href="data:text/html,<script>${RUN}</script>">data</a>`,
  `<form action="javascript:${RUN}"><button formaction="javascript:${RUN}">go</button></form>`,
  `<input onfocus="${RUN}" autofocus>`,
  `<details open ontoggle="${RUN}"><summary>x</summary></details>`,
  `<body onload="${RUN}">`,
  `<base href="javascript:${RUN}//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<link rel="stylesheet" href="javascript:${RUN}">`,
  `<style>@import 'javascript:${RUN}';</style>`,
  `<div style="background:url(javascript:${RUN})">styled</div>`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>"></noscript>`,
  `<!--<img src=x onerror=${RUN}>-->`,
  `<![CDATA[<script>${RUN}</script>]]>`,
  `<template><script>${RUN}</script></template>`,
  `<xmp><script>${RUN}</script></xmp>`,
  `<textarea><script>${RUN}</script></textarea>`,
  `<p id="main" name="__next_f">clobbering ids</p>`,
  `<video poster="javascript:${RUN}"><source src="javascript:${RUN}"></video>`,
  `<img srcset="javascript:${RUN} 1x, /images/a.png 2x" alt="s">`,
  `<a href="/muscle/leg/soleus/" onclick="${RUN}">a real link with a handler</a>`,
];

/** `javascript:` and friends in every Markdown spelling of a link or picture. */
export const HOSTILE_MARKDOWN = [
  `[plain](javascript:${RUN})`,
  `[upper](JAVASCRIPT:${RUN})`,
  `[angle](<javascript:${RUN}>)`,
  `[entity](&#106;avascript:${RUN})`,
  `[titled]( javascript:${RUN} "title")`,
  `<javascript:${RUN}>`,
  `[reference][evil]\n\n[evil]: javascript:${RUN}`,
  `[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
  `[vb](vbscript:msgbox(1))`,
  `[encoded](java%0ascript:${RUN})`,
  `![picture](javascript:${RUN})`,
  `![picture](data:image/svg+xml,<svg onload=alert(1)>)`,
  `https://example.org/?q=<script>${RUN}</script>`,
];

/** MDX and JSX: in a Markdown body these are text, never code. */
export const MDX_EXPRESSIONS = [
  `{${RUN}}`,
  `{(() => { ${RUN} })()}`,
  `export const leak = (${RUN})`,
  `import fs from 'node:fs'`,
  `<Gallery onClick={() => (${RUN})} />`,
  `{/* a comment */}`,
  `<>a fragment</>`,
  `<Component {...{ dangerouslySetInnerHTML: { __html: '<script>${RUN}</script>' } }} />`,
];

export const LIQUID = [
  '{% include gallery %}',
  '{% include page-image im_id="Hero" %}',
  '{% include list-pages tag="leg" %}',
  '{% raw %}',
  '{% assign x = 1 %}',
  '{{ page.title }}',
  '{% include evil.html %}',
  '{%',
  '}}',
];

const PROSE = ['The soleus lies deep to the gastrocnemius.', '**Bold** and _emphasis_.', '| a | b |\n|---|---|\n| 1 | 2 |', '- one\n- two\n  - nested', '> a quote', '`code`', '```js\nalert(1)\n```', '# Heading', '---', '[Back››](/muscle/leg/)', '* [Soleus](/muscle/leg/soleus)\n  * [Head](/muscle/leg/head)', 'Ünïcödé, 日本語, עברית, 🦵'];

const fragment = fc.oneof(
  fc.constantFrom(...HOSTILE_HTML, ...HOSTILE_MARKDOWN, ...MDX_EXPRESSIONS),
  fc.constantFrom(...LIQUID),
  fc.constantFrom(...PROSE),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom('<', '>', '"', "'", '=', '/', '&', '#', ';', ':', '[', ']', '(', ')', '{', '}', '%', '*', '_', '`', '\\', '!', '-', ' ', '\n', 'a', 'on', 'script', 'javascript'), maxLength: 30 }),
);

/** A body: hostile fragments, prose and random text, joined by every kind of line break. */
export const hostileBody = fc.array(fc.tuple(fragment, fc.constantFrom('\n', '\n\n', ' ', '\r\n', '\r', '')), { maxLength: 8 }).map((parts) => parts.map(([piece, end]) => piece + end).join(''));

/** Text for a front matter value: hostile markup, prose, random text. */
export const hostileText = fc.oneof(
  fc.constantFrom(...HOSTILE_HTML, ...HOSTILE_MARKDOWN, ...MDX_EXPRESSIONS, ...LIQUID, ...PROSE, '</script><script>alert(1)</script>', '\u2028\u2029', '\u0000', ''),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

const FRONT_MATTER_KEYS = ['layout', 'header', 'title', 'subheadline', 'permalink', 'tags', 'images', 'gallery', 'aliases', 'kind', 'name', 'parent', 'order', 'same_as', 'latin', 'synonyms', 'origin', 'insertion', 'innervation', 'nerves', 'artery', 'action', 'movements', 'antagonists', 'synergists', 'fma', 'ta2'];

/** A front matter value of any YAML type, sometimes of the right shape for its key. */
const yamlValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileText,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('/muscle/', '/muscle/leg/', '/muscle/leg/soleus/', 'javascript:alert(1)', '//evil.example/', '/muscle/leg/soleus', 'muscle', 'part', 'root'),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('image_id', 'image_name', 'image_title', 'image_alt', 'image_url', 'caption', 'title', 'onerror', '__proto__'), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** YAML that is valid, and YAML that is not: tags, anchors, aliases, merges, flow syntax cut short. */
const YAML_NOISE = ['!!js/function "function () { globalThis.__atlasPwned = 1 }"', '!!js/regexp /a/', '!!python/object:os.system ["true"]', '&a [*a]', '*undefined', '<<: *a', '{ a: [b', "'unclosed", '"\\u0000"', '%YAML 1.1', '? complex key', '|\n  block', '>-\n  folded', '\t tab', '- [list at top]', '...', '---'];

/** A whole front matter block: generated keys and values, then sometimes spoiled. */
export const hostileFrontMatter = fc
  .tuple(
    fc.dictionary(fc.oneof(fc.constantFrom(...FRONT_MATTER_KEYS), fc.constantFrom('__proto__', 'constructor', 'toString', 'orgin'), fc.string({ maxLength: 8 })), yamlValue, { maxKeys: 6 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...YAML_NOISE)), { maxLength: 2 }),
  )
  .map(([data, noise]) => {
    const lines = Object.entries(data).map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value) ?? 'null'}`);
    for (const [at, piece] of noise) lines.splice(at % (lines.length + 1), 0, piece);
    return lines.join('\n');
  });

/** The first line of a page: YAML fences, other languages' fences, a BOM, or none. */
export const opening = fc.constantFrom('---', '---', '---', '---yaml', '---js', '---javascript', '--- JavaScript', '---coffee', '---json', '---toml', '+++', '\uFEFF---', '', ';;;');
export const closing = fc.constantFrom('---', '---', '---', '...', '--- ', '---x', '');

/** A whole page file of hostile parts. */
export const hostilePage = fc
  .tuple(opening, hostileFrontMatter, closing, hostileBody, fc.constantFrom('\n', '\r\n'))
  .map(([open, frontMatter, close, body, end]) => [open, frontMatter, close, body].join('\n').replace(/\n/g, end));
