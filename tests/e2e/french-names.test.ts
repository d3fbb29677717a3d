import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {published, registry} from '../registry';
import {looksEnglish, namesForDetection} from '../../scripts/i18n-check/content';
import {launchChromium} from './browser';

const buildDir = join(__dirname, '../../build');

/** Every French page the French sitemap lists, as paths. */
function frenchPaths(): string[] {
  return (
    [...readFileSync(join(buildDir, 'fr/sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)]
      .map(([, loc]) => new URL(loc!).pathname)
      // The registry reference is English only, by design (see the Contributing page).
      .filter((path) => !/^\/fr\/reference(\/|$)/.test(path))
      // The search page is not in the sitemap.
      .concat('/fr/search')
  );
}

/**
 * Text that stays as it is in French: the product, the provider, the software,
 * the error messages quoted exactly as the software shows them, and the allowlist.
 */
const NAMES = namesForDetection([
  'Spend Insights',
  'Codat',
  ...registry.integrations.flatMap((entry) => [entry.name, ...entry.aliases]),
  ...published('fr').errors.flatMap((entry) => (entry.message ? [entry.message] : [])),
  ...(JSON.parse(
    readFileSync(join(__dirname, '../../scripts/i18n-check/allowlist.json'), 'utf8'),
  ) as string[]),
]);

interface AccessibleName {
  /** Where it comes from: `aria-label`, `title`, `alt`, `placeholder`, `label` or the element's name. */
  source: string;
  element: string;
  text: string;
}

describe('the accessible names of the French pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it(
    'are French on every page: labels, placeholders, alt texts, titles and aria-labels',
    {timeout: 300_000},
    async () => {
      const paths = frenchPaths();
      expect(paths.length).toBeGreaterThanOrEqual(25);
      const context = await browser.newContext({viewport: {width: 1280, height: 900}});
      const page = await context.newPage();
      const english: string[] = [];
      for (const path of paths) {
        // After hydration: some labels are set by the client (the search inputs).
        await page.goto(`${inject('origin')}${path}`, {waitUntil: 'networkidle'});
        const names = await page.evaluate((): AccessibleName[] => {
          const found: AccessibleName[] = [];
          const describe = (element: Element) =>
            `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}>`;
          const inEnglish = (element: Element) =>
            element.closest('[lang]:not([lang^="fr"])') !== null;
          for (const element of document.querySelectorAll(
            '[aria-label], [title], img[alt], [placeholder]',
          )) {
            if (inEnglish(element)) continue;
            for (const source of ['aria-label', 'title', 'alt', 'placeholder']) {
              const text = element.getAttribute(source);
              if (text) found.push({source, element: describe(element), text});
            }
          }
          for (const label of document.querySelectorAll('label, legend, caption')) {
            if (!inEnglish(label) && label.textContent?.trim()) {
              found.push({
                source: label.tagName.toLowerCase(),
                element: describe(label),
                text: label.textContent.trim(),
              });
            }
          }
          for (const id of new Set(
            [...document.querySelectorAll('[aria-labelledby]')].flatMap((element) =>
              (element.getAttribute('aria-labelledby') ?? '').split(/\s+/),
            ),
          )) {
            const target = id ? document.getElementById(id) : null;
            if (target && !inEnglish(target) && target.textContent?.trim()) {
              found.push({
                source: 'aria-labelledby',
                element: describe(target),
                text: target.textContent.trim(),
              });
            }
          }
          return found;
        });
        for (const name of names) {
          if (looksEnglish(name.text, NAMES)) {
            english.push(`${path}: ${name.element} ${name.source}="${name.text}"`);
          }
        }
      }
      await context.close();
      expect(english).toEqual([]);
    },
  );
});
