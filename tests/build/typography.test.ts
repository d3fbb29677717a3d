import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {JSDOM} from 'jsdom';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createSiteCopy, type SiteCopy} from '../../scripts/siteCopy';
import {
  auditBuild,
  ENGLISH_ONLY_PAGES,
  formatTypographyProblem,
  htmlFiles,
} from '../../scripts/typography/audit';

const NO_BREAK_BEFORE_PUNCTUATION = /[\u00a0\u202f][:;?!]/;

function documentOf(dir: string, page: string): Document {
  return new JSDOM(readFileSync(join(dir, page), 'utf8')).window.document;
}

describe('typography applied by the build', () => {
  let site: SiteCopy;
  let french: string;
  let english: string;
  beforeAll(() => {
    site = createSiteCopy();
    french = join(site.dir, 'build-fr');
    english = join(site.dir, 'build-en');
    for (const [locale, outDir] of [
      ['fr', french],
      ['en', english],
    ] as const) {
      const {status, output} = site.docusaurus(['build', '--locale', locale, '--out-dir', outDir]);
      if (status !== 0) throw new Error(`The ${locale} build failed:\n${output.slice(-3000)}`);
    }
  });
  afterAll(() => site.dispose());

  it('leaves no French page without its no-break spaces before : ; ? ! », after «, nor a straight apostrophe', () => {
    const pages = htmlFiles(french).filter((page) => !ENGLISH_ONLY_PAGES.test(page));
    expect(pages.length).toBeGreaterThanOrEqual(25);
    expect(auditBuild(french).map(formatTypographyProblem)).toEqual([]);
  });

  it('puts the no-break spaces in French text, UI strings and registry texts', () => {
    const guide = documentOf(french, 'spend-insights/integrations/xero.html');
    const article = guide.querySelector('article')!.textContent!;
    // MDX prose, a step heading and the registry's checklist.
    expect(article).toMatch(/Étape 4\u00a0: s’identifier/);
    expect(article).toContain('l’accès');
    // A UI string from code.json, in the page's chrome.
    const faq = documentOf(french, 'spend-insights/resources/customer-faqs.html');
    expect(faq.title).not.toMatch(/ [:;?!]/);
    expect(faq.querySelector('article')!.textContent).toMatch(/\u202f\?/);
  });

  it('leaves code, inline code and URLs as written', () => {
    for (const dir of [french, english]) {
      for (const page of htmlFiles(dir).filter((file) => !ENGLISH_ONLY_PAGES.test(file))) {
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
    const pages = htmlFiles(english).filter((page) => !ENGLISH_ONLY_PAGES.test(page));
    expect(pages.length).toBeGreaterThanOrEqual(25);
    for (const page of pages) {
      const document = documentOf(english, page);
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
      }
    }
    const overview = documentOf(english, 'spend-insights/overview.html');
    expect(overview.querySelector('.theme-doc-markdown')!.textContent).toMatch(/\p{L}’\p{L}/u);
  });

  it('keeps the heading ids of both languages', () => {
    for (const dir of [french, english]) {
      const guide = documentOf(dir, 'spend-insights/integrations/xero.html');
      const ids = [...guide.querySelectorAll('article h2[id], article h3[id]')].map((h) => h.id);
      expect(ids).toEqual(
        expect.arrayContaining(['steps', 'sign-in-choose-organisation', 'allow-access']),
      );
    }
  });
});
