import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {JSDOM} from 'jsdom';
import {describe, expect, it} from 'vitest';
import {
  auditBuild,
  ENGLISH_ONLY_PAGES,
  formatTypographyProblem,
  htmlFiles,
} from '../../scripts/typography/audit';
import {hasGuide, guidePath} from '../../src/data/paths';
import {registry} from '../registry';

const NO_BREAK_BEFORE_PUNCTUATION = /[\u00a0\u202f][:;?!]/;

// The production build of both locales (npm run build:test): English in
// build/, French in build/fr/.
const english = join(__dirname, '../../build');
const french = join(english, 'fr');
const pagesOf = (dir: string) =>
  htmlFiles(dir).filter((page) => !ENGLISH_ONLY_PAGES.test(page) && !page.startsWith('fr/'));

const documents = new Map<string, Document>();
/** A built page, parsed once for every test of this file (which must not change it). */
function documentOf(dir: string, page: string): Document {
  const file = join(dir, page);
  if (!documents.has(file))
    documents.set(file, new JSDOM(readFileSync(file, 'utf8')).window.document);
  return documents.get(file)!;
}

describe('typography applied by the build', () => {
  it('leaves no French page without its no-break spaces before : ; ? ! », after «, nor a straight apostrophe', () => {
    expect(pagesOf(french).length).toBeGreaterThan(0);
    expect(auditBuild(french).map(formatTypographyProblem)).toEqual([]);
    // The audit has something to check: French punctuation with its no-break space.
    expect(
      pagesOf(french).some((page) =>
        NO_BREAK_BEFORE_PUNCTUATION.test(documentOf(french, page).body.textContent ?? ''),
      ),
    ).toBe(true);
  });

  it('leaves code, inline code and URLs as written', () => {
    for (const dir of [french, english]) {
      for (const page of pagesOf(dir)) {
        const document = documentOf(dir, page);
        for (const code of document.querySelectorAll('code, pre')) {
          expect(code.textContent, `${page}: ${code.textContent}`).not.toMatch(
            /[\u00a0\u202f’“”«»]/,
          );
        }
        for (const link of document.querySelectorAll('a[href^="http"]')) {
          expect(link.getAttribute('href')).not.toMatch(/[\u00a0\u202f’]/);
        }
      }
    }
  });

  it('gives English pages English typography only: curly apostrophes, no French spacing', () => {
    const pages = pagesOf(english);
    expect(pages.length).toBeGreaterThan(0);
    let curly = 0;
    for (const page of pages) {
      const document = documentOf(english, page);
      // Text marked as another language (a French source's title) keeps its own typography.
      for (const other of document.body.querySelectorAll('[lang]:not([lang^="en"])'))
        other.remove();
      const text = document.body.textContent ?? '';
      expect(text, page).not.toMatch(NO_BREAK_BEFORE_PUNCTUATION);
      expect(text, page).not.toMatch(/[«»]/);
      // The prose written in MDX: paragraphs of the doc itself.
      for (const paragraph of document.querySelectorAll('.theme-doc-markdown > p')) {
        const prose = [...paragraph.childNodes]
          .filter((node) => node.nodeName !== 'CODE')
          .map((node) => node.textContent)
          .join('');
        expect(prose, page).not.toMatch(/\p{L}'\p{L}/u);
        if (/\p{L}’\p{L}/u.test(prose)) curly += 1;
      }
    }
    expect(curly).toBeGreaterThan(0);
  });

  it('keeps the heading ids of each guide the same in both languages', () => {
    for (const entry of registry.integrations.filter(hasGuide)) {
      const page = `${guidePath(entry.id).replace(/^\//, '')}.html`;
      const ids = (dir: string) =>
        [...documentOf(dir, page).querySelectorAll('article h2[id], article h3[id]')].map(
          (heading) => heading.id,
        );
      expect(ids(english).length, page).toBeGreaterThan(0);
      expect(ids(french), page).toEqual(ids(english));
    }
  });
});
