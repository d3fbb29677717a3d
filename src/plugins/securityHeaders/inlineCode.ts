/**
 * Finds the inline code of built HTML pages, the way a browser parses them,
 * and hashes it for a Content-Security-Policy: inline scripts and `<style>`
 * elements, and `style` attributes. Inline event handlers and `javascript:`
 * URLs cannot be allowed by hash without weakening the policy for every
 * page, so they are reported as problems instead.
 */
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import {parse, type DefaultTreeAdapterTypes} from 'parse5';

export type InlineCodeKind = 'script' | 'style' | 'style-attribute';

/** One piece of inline code of one page. */
export interface InlineCode {
  readonly kind: InlineCodeKind;
  /** The CSP hash source, quoted: `'sha256-…'`. */
  readonly hash: string;
  /** The code as the browser hashes it. */
  readonly text: string;
}

/** Inline code found in a page, and what in it no hash can allow. */
export interface PageInlineCode {
  readonly code: InlineCode[];
  readonly problems: string[];
}

/** `'sha256-…'` of a text, as CSP hash sources are written. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Script types a browser runs (classic scripts and modules); others are data blocks. */
const JAVASCRIPT_TYPES = new Set([
  '',
  'module',
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

/** The text of an element's text children: a script or style element's code, as the browser reads it. */
function textOf(element: Element): string {
  return element.childNodes
    .map((child) =>
      child.nodeName === '#text' ? (child as DefaultTreeAdapterTypes.TextNode).value : '',
    )
    .join('');
}

/**
 * The inline code of one HTML document, parsed by parse5 as a browser parses
 * it (scripting on, so `<noscript>` holds text). `where` names the page in
 * messages.
 */
export function inlineCodeOfHtml(html: string, where: string): PageInlineCode {
  const code: InlineCode[] = [];
  const problems: string[] = [];
  const add = (kind: InlineCodeKind, text: string) => code.push({kind, text, hash: cspHash(text)});

  const visit = (node: Node) => {
    if (isElement(node)) {
      const element = `<${node.tagName}>`;
      for (const {name, value} of node.attrs) {
        if (name === 'style') {
          add('style-attribute', value);
        } else if (/^on[a-z]/.test(name)) {
          problems.push(
            `${where}: ${element} has an inline event handler (${name}="${value.slice(0, 40)}"); the Content-Security-Policy blocks it: attach the handler from a script`,
          );
        } else if (
          ['href', 'src', 'action', 'formaction'].includes(name) &&
          /^\s*javascript:/i.test(value)
        ) {
          problems.push(
            `${where}: ${element} has a javascript: URL in ${name}; the Content-Security-Policy blocks it`,
          );
        }
      }
      if (node.tagName === 'script') {
        const type = (node.attrs.find(({name}) => name === 'type')?.value ?? '')
          .trim()
          .toLowerCase();
        const hasSource = node.attrs.some(({name}) => name === 'src');
        const body = textOf(node);
        if (!hasSource && JAVASCRIPT_TYPES.has(type) && body !== '') add('script', body);
      } else if (node.tagName === 'style') {
        const body = textOf(node);
        if (body !== '') add('style', body);
      }
      if (node.tagName === 'template') visit((node as DefaultTreeAdapterTypes.Template).content);
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(parse(html));
  return {code, problems};
}

/** Every `.html` file under `dir`, as paths relative to it with `/` separators, sorted. */
export function htmlFilesUnder(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/** Inline code of every page of a build, with the pages each hash comes from. */
export interface BuildInlineCode {
  readonly pages: number;
  /** Hash source → kind and the first page it was found in. */
  readonly hashes: ReadonlyMap<string, {kind: InlineCodeKind; page: string; text: string}>;
  readonly problems: readonly string[];
}

/** Scans every HTML page under `buildDir` (both locales when it is the site's root). */
export function inlineCodeOfBuild(buildDir: string): BuildInlineCode {
  const hashes = new Map<string, {kind: InlineCodeKind; page: string; text: string}>();
  const problems: string[] = [];
  const pages = htmlFilesUnder(buildDir);
  for (const page of pages) {
    const html = readFileSync(join(buildDir, page), 'utf8');
    const found = inlineCodeOfHtml(html, relative(process.cwd(), join(buildDir, page)));
    problems.push(...found.problems);
    for (const {kind, hash, text} of found.code) {
      if (!hashes.has(hash)) hashes.set(hash, {kind, page, text});
    }
  }
  return {pages: pages.length, hashes, problems};
}
