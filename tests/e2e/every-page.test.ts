import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import {i18n} from '../../docusaurus.config';
import axe from 'axe-core';
import {
  expectedProblemsRemoved,
  launchChromium,
  MISSING_PAGES,
  sitemapPages,
  watchProblems,
} from './browser';

const pages = sitemapPages(inject('buildDir'));

/** WCAG 2.0, 2.1 and 2.2 levels A and AA, and axe's best practices. */
const WCAG_22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const isRgaa = (tag: string) => /^RGAA/.test(tag);

/**
 * The rules the sweep runs: every WCAG 2.2 AA and best-practice rule axe runs
 * by default, and every rule mapped to an RGAA 4 criterion, experimental ones
 * included (axe skips those unless named).
 */
const RULES = axe
  .getRules()
  .filter(
    ({tags}) =>
      !tags.includes('deprecated') &&
      (tags.some(isRgaa) ||
        (!tags.includes('experimental') && tags.some((tag) => WCAG_22_AA_TAGS.includes(tag)))),
  )
  .map(({ruleId}) => ruleId);
const RGAA_RULES = axe
  .getRules()
  .filter(({tags}) => tags.some(isRgaa))
  .map(({ruleId}) => ruleId);

describe('every page of both locales', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('runs axe-core 4.14 with every RGAA rule and the WCAG 2.2 label-in-name rule', () => {
    expect(axe.version).toMatch(/^4\.14\./);
    expect(RGAA_RULES.length).toBeGreaterThanOrEqual(60);
    expect(RULES).toEqual(
      expect.arrayContaining([...RGAA_RULES, 'label-content-name-mismatch', 'target-size']),
    );
  });

  it('lists the pages of both languages in the sitemaps', () => {
    expect(pages.filter(({lang}) => lang === 'en').length).toBeGreaterThanOrEqual(25);
    expect(pages.filter(({lang}) => lang === 'fr').length).toBe(
      pages.filter(({lang}) => lang === 'en').length,
    );
  });

  const cases = (['light', 'dark'] as const).flatMap((colorScheme) =>
    i18n.locales.map((locale) => ({colorScheme, locale})),
  );
  for (const {colorScheme, locale} of cases) {
    it(
      `loads cleanly and passes axe, ${locale} pages and 404 page in ${colorScheme} mode`,
      {timeout: 600_000},
      async () => {
        const context = await browser.newContext({
          colorScheme,
          viewport: {width: 1280, height: 900},
        });
        const report: string[] = [];
        const missing = new Set(MISSING_PAGES.map(({path}) => path));
        for (const {path, lang} of [...pages, ...MISSING_PAGES].filter(
          (candidate) => candidate.lang === locale,
        )) {
          const page = await context.newPage();
          const problems = await watchProblems(page);
          const url = `${inject('origin')}${path}`;
          const response = await page.goto(url, {waitUntil: 'load'});
          const expectedStatus = missing.has(path) ? 404 : 200;
          if (response?.status() !== expectedStatus)
            report.push(`${path}: HTTP ${response?.status()}, expected ${expectedStatus}`);
          await page.waitForFunction(() => document.documentElement.dataset.theme !== undefined);
          const theme = await page.locator('html').getAttribute('data-theme');
          const htmlLang = await page.locator('html').getAttribute('lang');
          const results = await new AxeBuilder({page}).withRules(RULES).analyze();
          if (results.testEngine.version !== axe.version)
            report.push(`${path}: axe-core ${results.testEngine.version} ran, not ${axe.version}`);
          const ran = new Set(
            [results.passes, results.violations, results.incomplete, results.inapplicable].flatMap(
              (list) => list.map(({id}) => id),
            ),
          );
          const skipped = RULES.filter((rule) => !ran.has(rule));
          if (skipped.length > 0) report.push(`${path}: axe did not run ${skipped.join(', ')}`);
          for (const violation of results.violations) {
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
          for (const error of expectedProblemsRemoved(problems.consoleErrors, expectedStatus))
            report.push(`${path}: console error: ${error}`);
          for (const violation of problems.cspViolations)
            report.push(`${path}: CSP violation: ${violation}`);
          for (const failure of problems.failedRequests) {
            // The 404 status of a missing page is the expected answer, not a failure.
            if (!(expectedStatus === 404 && failure === `${url} (HTTP 404)`))
              report.push(`${path}: failed request: ${failure}`);
          }
          await page.close();
        }
        await context.close();
        expect(report).toEqual([]);
      },
    );
  }
});
