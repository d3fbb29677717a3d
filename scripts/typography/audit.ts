/**
 * Audits the typography of built HTML pages: lists, per page, each place where
 * French text lacks the no-break space that French typography puts before
 * `: ; ? !` and `»` and after `«`, and each straight apostrophe left in French
 * text. `tests/build/typography.test.ts` fails on any; `npm run typography:audit`
 * prints them for a build folder.
 *
 * Only French text is audited: elements whose `lang` is not French (an English
 * error message quoted on a French page) and code (`code`, `pre`, `kbd`,
 * `samp`, `script`, `style`) are skipped.
 *
 * @module
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {JSDOM} from 'jsdom';

/** Elements whose text is code or not text: their content is never audited. */
const SKIPPED = new Set([
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
]);
/** Elements that start a new line of text: punctuation never joins across them. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'BUTTON',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LABEL',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'OPTION',
  'P',
  'SECTION',
  'SELECT',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
/** Attributes read aloud or shown as text. */
const TEXT_ATTRIBUTES = ['title', 'alt', 'aria-label', 'placeholder'];
/** Stands for skipped code in the audited text: a word, so `code :` is audited like `mot :`. */
const CODE = '\uE001';

/** What French typography asks for and the text lacks. */
export type TypographyProblemKind =
  | 'no no-break space before : ; ? !'
  | 'no no-break space after «'
  | 'no no-break space before »'
  | 'straight apostrophe';

/** One place where French typography is missing. */
export interface TypographyProblem {
  /** The page's HTML file, relative to the build folder. */
  page: string;
  kind: TypographyProblemKind;
  /** The text around the place, with `⟦ ⟧` around the faulty characters. */
  context: string;
}

const NO_BREAK = '\u00a0\u202f';
const PUNCTUATION_BEFORE = /[:;?!]/g;

function isFrench(lang: string | null): boolean {
  return lang !== null && /^fr\b/i.test(lang);
}

/** The lines of French text of a document, code replaced by a placeholder word. */
export function frenchLines(document: Document): string[] {
  const lines: string[] = [''];
  const newLine = () => {
    if (lines.at(-1) !== '') lines.push('');
  };
  const visit = (node: Node, french: boolean) => {
    if (node.nodeType === node.TEXT_NODE) {
      if (french) lines[lines.length - 1] += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== node.ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    const lang = element.getAttribute('lang');
    const isFrenchHere = lang === null ? french : isFrench(lang);
    if (SKIPPED.has(tag)) {
      if (french) lines[lines.length - 1] += CODE;
      return;
    }
    if (tag === 'META' || tag === 'LINK') return;
    if (BLOCKS.has(tag)) newLine();
    if (isFrenchHere) {
      for (const name of TEXT_ATTRIBUTES) {
        const value = element.getAttribute(name);
        if (value) {
          newLine();
          lines[lines.length - 1] += value;
          newLine();
        }
      }
    }
    for (const child of element.childNodes) visit(child, isFrenchHere);
    if (BLOCKS.has(tag)) newLine();
  };
  const root = document.documentElement;
  const french = isFrench(root.getAttribute('lang'));
  visit(document.head.querySelector('title') ?? document.createElement('title'), french);
  newLine();
  const description = document.head
    .querySelector('meta[name="description"]')
    ?.getAttribute('content');
  if (french && description) {
    lines[lines.length - 1] += description;
    newLine();
  }
  visit(document.body, french);
  return lines.map((line) => line.replace(/[ \t\n\r]+/g, ' ').trim()).filter(Boolean);
}

function excerpt(line: string, start: number, end: number): string {
  const from = Math.max(0, start - 30);
  const to = Math.min(line.length, end + 30);
  return `${from > 0 ? '…' : ''}${line.slice(from, start)}⟦${line.slice(start, end)}⟧${line.slice(end, to)}${to < line.length ? '…' : ''}`
    .replace(/\u00a0/g, '⍽')
    .replace(/\u202f/g, '·')
    .replace(new RegExp(CODE, 'g'), '`…`');
}

/** The typography problems of one line of French text. */
export function lineProblems(line: string): {kind: TypographyProblemKind; context: string}[] {
  const problems: {kind: TypographyProblemKind; context: string}[] = [];
  for (const match of line.matchAll(PUNCTUATION_BEFORE)) {
    const at = match.index;
    const before = line[at - 1];
    const after = line[at + 1];
    // Punctuation inside a word or a number (10:30, a?b) is not French punctuation.
    if (after !== undefined && !/[\s»)\]"'’.,…]/.test(after)) continue;
    // The first of `?!`, or a lone sign at the start of a line, has nothing to space from.
    if (before === undefined || /[:;?!([«]/.test(before)) continue;
    if (!NO_BREAK.includes(before)) {
      const start = before === ' ' ? at - 1 : at;
      problems.push({
        kind: 'no no-break space before : ; ? !',
        context: excerpt(line, start, at + 1),
      });
    }
  }
  for (const match of line.matchAll(/«/g)) {
    if (!NO_BREAK.includes(line[match.index + 1] ?? '')) {
      problems.push({
        kind: 'no no-break space after «',
        context: excerpt(line, match.index, match.index + 2),
      });
    }
  }
  for (const match of line.matchAll(/»/g)) {
    if (!NO_BREAK.includes(line[match.index - 1] ?? '')) {
      problems.push({
        kind: 'no no-break space before »',
        context: excerpt(line, Math.max(0, match.index - 1), match.index + 1),
      });
    }
  }
  for (const match of line.matchAll(/(?<=\p{L})'(?=\p{L})/gu)) {
    problems.push({
      kind: 'straight apostrophe',
      context: excerpt(line, match.index, match.index + 1),
    });
  }
  return problems;
}

/** The typography problems of one HTML page. */
export function pageProblems(html: string, page: string): TypographyProblem[] {
  const {document} = new JSDOM(html).window;
  return frenchLines(document).flatMap((line) =>
    lineProblems(line).map((problem) => ({page, ...problem})),
  );
}

/** Every HTML file under `dir`, relative to it, sorted. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((path) => path.endsWith('.html'))
    .map((path) => path.split('\\').join('/'))
    .sort();
}

/**
 * Pages a French build serves in English: the registry reference, which
 * TypeDoc generates in English only (the Contributing page says so).
 */
export const ENGLISH_ONLY_PAGES = /^reference(\.html$|\/)/;

/** Audits every HTML page under `dir` (a locale's build folder) except the English-only ones. */
export function auditBuild(dir: string, root = dir): TypographyProblem[] {
  return htmlFiles(dir)
    .filter((file) => !ENGLISH_ONLY_PAGES.test(file))
    .flatMap((file) =>
      pageProblems(readFileSync(join(dir, file), 'utf8'), relative(root, join(dir, file))),
    );
}

/** `page: kind: context`, one line per problem. */
export function formatTypographyProblem(problem: TypographyProblem): string {
  return `${problem.page}: ${problem.kind}: ${problem.context}`;
}
