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

/** Elements whose content is text up to their end tag, not markup. */
const RAW_TEXT_ELEMENTS = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
]);

/** Named character references decoded here; a page using another one in a hashed attribute fails the build. */
const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};
/** References a browser also decodes without the final `;` (when no `=` follows). */
const LEGACY_REFERENCES = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp']);

/**
 * An attribute value as the browser reads it (character references decoded).
 * `where` names the page and attribute when a reference cannot be decoded
 * here; without it, such references are left as they are.
 */
function decodeAttribute(value: string, where?: string): string {
  return value.replace(
    /&(#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[a-zA-Z][a-zA-Z0-9]*;?)/g,
    (reference: string, body: string, offset: number) => {
      if (body.startsWith('#')) {
        const digits = body.replace(/;$/, '');
        return String.fromCodePoint(
          digits[1] === 'x' || digits[1] === 'X'
            ? Number.parseInt(digits.slice(2), 16)
            : Number.parseInt(digits.slice(1), 10),
        );
      }
      if (body.endsWith(';')) {
        const decoded = NAMED_REFERENCES[body.slice(0, -1)];
        if (decoded !== undefined) return decoded;
        if (where) {
          throw new Error(
            `${where}: cannot hash the character reference "${reference}"; write the character itself`,
          );
        }
        return reference;
      }
      const next = value[offset + reference.length];
      return LEGACY_REFERENCES.has(body) && next !== '=' ? NAMED_REFERENCES[body]! : reference;
    },
  );
}

interface Attribute {
  readonly name: string;
  readonly value: string;
}

const WHITESPACE = /[\t\n\f\r ]/;

/**
 * The inline code of one HTML document. `where` names the page in messages.
 * Follows the HTML tokenizer for everything a build emits: comments, doctype,
 * start and end tags with quoted or bare attribute values, raw-text elements.
 */
export function inlineCodeOfHtml(html: string, where: string): PageInlineCode {
  const code: InlineCode[] = [];
  const problems: string[] = [];
  const add = (kind: InlineCodeKind, text: string) => code.push({kind, text, hash: cspHash(text)});
  let index = 0;
  const length = html.length;

  while (index < length) {
    const open = html.indexOf('<', index);
    if (open === -1) break;
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      index = close === -1 ? length : close + 3;
      continue;
    }
    if (html[open + 1] === '!' || html[open + 1] === '?') {
      const close = html.indexOf('>', open);
      index = close === -1 ? length : close + 1;
      continue;
    }
    const isEndTag = html[open + 1] === '/';
    const nameStart = isEndTag ? open + 2 : open + 1;
    if (!/[a-zA-Z]/.test(html[nameStart] ?? '')) {
      index = open + 1;
      continue;
    }
    let cursor = nameStart;
    while (cursor < length && !WHITESPACE.test(html[cursor]!) && !'/>'.includes(html[cursor]!))
      cursor++;
    const tagName = html.slice(nameStart, cursor).toLowerCase();

    // Attributes, up to the end of the tag.
    const attributes: Attribute[] = [];
    while (cursor < length && html[cursor] !== '>') {
      const char = html[cursor]!;
      if (WHITESPACE.test(char) || char === '/') {
        cursor++;
        continue;
      }
      const attributeStart = cursor;
      cursor++;
      while (cursor < length && !WHITESPACE.test(html[cursor]!) && !'/>='.includes(html[cursor]!))
        cursor++;
      const name = html.slice(attributeStart, cursor).toLowerCase();
      while (cursor < length && WHITESPACE.test(html[cursor]!)) cursor++;
      let value = '';
      if (html[cursor] === '=') {
        cursor++;
        while (cursor < length && WHITESPACE.test(html[cursor]!)) cursor++;
        const quote = html[cursor];
        if (quote === '"' || quote === "'") {
          const close = html.indexOf(quote, cursor + 1);
          const end = close === -1 ? length : close;
          value = html.slice(cursor + 1, end);
          cursor = end + 1;
        } else {
          const valueStart = cursor;
          while (cursor < length && !WHITESPACE.test(html[cursor]!) && html[cursor] !== '>')
            cursor++;
          value = html.slice(valueStart, cursor);
        }
      }
      attributes.push({name, value});
    }
    index = cursor + 1;
    if (isEndTag) continue;

    const element = `<${tagName}>`;
    for (const {name, value} of attributes) {
      if (name === 'style') {
        add('style-attribute', decodeAttribute(value, `${where}: ${element} style attribute`));
      } else if (/^on[a-z]/.test(name)) {
        problems.push(
          `${where}: ${element} has an inline event handler (${name}="${value.slice(0, 40)}"); the Content-Security-Policy blocks it: attach the handler from a script`,
        );
      } else if (
        ['href', 'src', 'action', 'formaction'].includes(name) &&
        /^\s*javascript:/i.test(decodeAttribute(value))
      ) {
        problems.push(
          `${where}: ${element} has a javascript: URL in ${name}; the Content-Security-Policy blocks it`,
        );
      }
    }

    if (RAW_TEXT_ELEMENTS.has(tagName)) {
      const closeTag = new RegExp(`</${tagName}[\\t\\n\\f\\r />]`, 'ig');
      closeTag.lastIndex = index;
      const close = closeTag.exec(html);
      const end = close ? close.index : length;
      const body = html.slice(index, end);
      if (tagName === 'script') {
        const type = (attributes.find(({name}) => name === 'type')?.value ?? '')
          .trim()
          .toLowerCase();
        const hasSource = attributes.some(({name}) => name === 'src');
        if (!hasSource && JAVASCRIPT_TYPES.has(type) && body !== '') add('script', body);
      } else if (tagName === 'style' && body !== '') {
        add('style', body);
      }
      index = end;
    }
  }
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
