import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import {launchChromium, watchProblems} from './browser';

const buildDir = join(__dirname, '../../build');

/** Every page both sitemaps list, as paths (the sitemaps hold the test build's SITE_URL). */
function sitemapPaths(): {path: string; lang: 'en' | 'fr'}[] {
  return (['sitemap.xml', 'fr/sitemap.xml'] as const).flatMap((file) =>
    [...readFileSync(join(buildDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      ([, loc]) => {
        const path = new URL(loc!).pathname;
        return {
          path,
          lang: path === '/fr' || path.startsWith('/fr/') ? ('fr' as const) : ('en' as const),
        };
      },
    ),
  );
}

const pages = sitemapPaths();

describe('every page of both locales', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('lists the pages of both languages in the sitemaps', () => {
    expect(pages.filter(({lang}) => lang === 'en').length).toBeGreaterThanOrEqual(25);
    expect(pages.filter(({lang}) => lang === 'fr').length).toBe(
      pages.filter(({lang}) => lang === 'en').length,
    );
  });

  const cases = (['light', 'dark'] as const).flatMap((colorScheme) =>
    (['en', 'fr'] as const).map((locale) => ({colorScheme, locale})),
  );
  for (const {colorScheme, locale} of cases) {
    it(
      `loads cleanly and passes axe, ${locale} pages in ${colorScheme} mode`,
      {timeout: 300_000},
      async () => {
        const context = await browser.newContext({
          colorScheme,
          viewport: {width: 1280, height: 900},
        });
        const report: string[] = [];
        for (const {path, lang} of pages.filter((candidate) => candidate.lang === locale)) {
          const page = await context.newPage();
          const problems = await watchProblems(page);
          await page.goto(`${inject('origin')}${path}`, {waitUntil: 'load'});
          await page.waitForFunction(() => document.documentElement.dataset.theme !== undefined);
          const theme = await page.locator('html').getAttribute('data-theme');
          const htmlLang = await page.locator('html').getAttribute('lang');
          const axe = await new AxeBuilder({page}).analyze();
          for (const violation of axe.violations) {
            report.push(
              `${path} [${colorScheme}] axe ${violation.id}: ${violation.help} — ${violation.nodes
                .slice(0, 3)
                .map((node) => node.target.join(' '))
                .join(' | ')}`,
            );
          }
          if (htmlLang !== lang)
            report.push(`${path}: html[lang] is "${htmlLang}", expected "${lang}"`);
          if (theme !== colorScheme)
            report.push(`${path}: data-theme is "${theme}", expected "${colorScheme}"`);
          for (const error of problems.consoleErrors)
            report.push(`${path}: console error: ${error}`);
          for (const violation of problems.cspViolations)
            report.push(`${path}: CSP violation: ${violation}`);
          for (const failure of problems.failedRequests)
            report.push(`${path}: failed request: ${failure}`);
          await page.close();
        }
        await context.close();
        expect(report).toEqual([]);
      },
    );
  }
});
