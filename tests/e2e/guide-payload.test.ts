/**
 * What a guide page runs: the scripts the browser executes for it (not the
 * chunks it only prefetches for links) carry its own software's data in its
 * own locale, and no text of another software's data file nor of another
 * locale. Texts are compared as letters and digits only, after undoing the
 * escapes of minified JavaScript, so that typography and quoting do not hide
 * a match.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, BrowserContext} from 'playwright-core';
import {i18n} from '../../docusaurus.config';
import {guidePath, hasGuide} from '../../src/data/paths';
import {registry} from '../registry';
import {launchChromium, localePrefix, newContext, openHydrated} from './browser';

/** Shorter texts ("Standard role") may be shared by chance: they prove nothing either way. */
const MIN_LETTERS = 25;

function letters(text: string): string {
  return text
    .replace(/\\x([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const isLocalized = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.entries(value).every(
    ([key, text]) => i18n.locales.includes(key) && typeof text === 'string',
  );

/** Every localized text of a data value, by locale, as letters. */
function textsOf(value: unknown, into = new Map<string, Set<string>>()): Map<string, Set<string>> {
  if (isLocalized(value)) {
    for (const [locale, text] of Object.entries(value)) {
      const found = letters(text);
      if (found.length >= MIN_LETTERS) into.set(locale, (into.get(locale) ?? new Set()).add(found));
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) textsOf(child, into);
  }
  return into;
}

const guides = registry.integrations.filter(hasGuide);
const journeyTexts = textsOf(registry.journeyErrors);

describe.concurrent.each(i18n.locales)('a guide page in %s', (locale) => {
  const origin = inject('origin');
  const buildDir = inject('buildDir');
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchChromium();
    context = await newContext(browser);
  });
  afterAll(() => browser.close());

  it.each(guides.map((guide) => [guide.id, guide] as const))(
    '%s runs its own data in its locale and nothing of another software or locale',
    async (id, guide) => {
      const page = await context.newPage();
      await openHydrated(page, `${origin}${localePrefix(locale)}${guidePath(id)}`);
      const scripts = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script')
          .map((entry) => new URL(entry.name).pathname),
      );
      await page.close();
      expect(scripts.length).toBeGreaterThan(0);
      const code = letters(
        scripts.map((path) => readFileSync(join(buildDir, path), 'utf8')).join(),
      );

      const own = textsOf(guide);
      // Another software's sentence may also be part of one of this page's own texts.
      const shown = [...(own.get(locale) ?? []), ...(journeyTexts.get(locale) ?? [])].join(' ');
      // The page does show its own error fixes: the comparison can find a text.
      for (const error of guide.errors) {
        const fix = error.fix[locale] ?? error.fix[i18n.defaultLocale]!;
        expect(code, `${id}: fix of ${error.id}`).toContain(letters(fix));
      }
      const foreign = [
        ...guides
          .filter((other) => other.id !== id)
          .map((other) => [other.id, textsOf(other)] as const),
        [id, own] as const,
      ].flatMap(([owner, texts]) =>
        [...texts]
          .filter(([textLocale]) => owner !== id || textLocale !== locale)
          .flatMap(([textLocale, set]) =>
            [...set]
              .filter((text) => !shown.includes(text) && code.includes(text))
              .map((text) => `${owner} (${textLocale}): ${text.slice(0, 60)}`),
          ),
      );
      expect(foreign).toEqual([]);
    },
  );
});
