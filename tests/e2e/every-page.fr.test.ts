import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, inject, it} from 'vitest';
import type {Page} from 'playwright-core';
import {published, registry} from '../registry';
import {looksEnglish, namesForDetection} from '../../scripts/i18n-check/content';
import {sweepOfBlock, sweepPages} from './sweep';

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

/** The accessible names of a hydrated French page that read as English. */
async function englishNames(page: Page, path: string): Promise<string[]> {
  // The registry reference is English only, by design (see the Contributing page).
  if (/^\/fr\/reference(\/|$)/.test(path)) return [];
  const names = await page.evaluate((): AccessibleName[] => {
    const found: AccessibleName[] = [];
    const describe = (element: Element) =>
      `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}>`;
    const inEnglish = (element: Element) => element.closest('[lang]:not([lang^="fr"])') !== null;
    // The body only: a <link title> in the head (the blog plugin's feed links, titled in
    // English by the plugin) is read by feed readers, not announced to anyone.
    for (const element of document.body.querySelectorAll(
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
  return names
    .filter((name) => looksEnglish(name.text, NAMES))
    .map((name) => `${path}: ${name.element} ${name.source}="${name.text}" reads as English`);
}

describe.concurrent('every French page, once each', () => {
  const sweep = sweepOfBlock();

  // Loads cleanly (status, html[lang], no console error, CSP violation or failed request),
  // passes axe (every rule in light mode, colour contrast in dark mode), names everything in French.
  for (const page of sweepPages(inject('buildDir'), 'fr')) {
    it(`${page.path} loads cleanly, passes axe in light and dark mode, and is labelled in French`, async ({
      expect,
    }) => {
      expect(await sweep().check(inject('origin'), page, englishNames)).toEqual([]);
    });
  }
});
