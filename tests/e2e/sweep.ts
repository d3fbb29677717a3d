/**
 * One visit of every page of a locale (its sitemap, its search page and its
 * 404 page): loads cleanly (status, html[lang], no console error, CSP
 * violation or failed request), passes axe with the full rule set in light
 * mode and the colour-contrast rule in dark mode (the only thing colour modes
 * change), plus whatever `extraChecks` a locale adds on the same page.
 *
 * @module
 */
import {i18n} from '../../docusaurus.config';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import {expectedProblemsRemoved, MISSING_PAGES, sitemapPages, watchProblems} from './browser';

/** WCAG 2.0, 2.1 and 2.2 levels A and AA, and axe's best practices. */
const WCAG_22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const isRgaa = (tag: string) => /^RGAA/.test(tag);

/**
 * The rules of the light-mode pass: every WCAG 2.2 AA and best-practice rule
 * axe runs by default, and every rule mapped to an RGAA 4 criterion,
 * experimental ones included (axe skips those unless named).
 */
export const RULES = axe
  .getRules()
  .filter(
    ({tags}) =>
      !tags.includes('deprecated') &&
      (tags.some(isRgaa) ||
        (!tags.includes('experimental') && tags.some((tag) => WCAG_22_AA_TAGS.includes(tag)))),
  )
  .map(({ruleId}) => ruleId);
export const RGAA_RULES = axe
  .getRules()
  .filter(({tags}) => tags.some(isRgaa))
  .map(({ruleId}) => ruleId);
/** The dark-mode pass: what a colour mode changes. */
const DARK_RULES = ['color-contrast'];

export interface SweptPage {
  readonly path: string;
  /** A locale of the site config. */
  readonly lang: string;
}

/** The pages of a locale: its sitemap, and its search page (not in the sitemap). */
export function localePages(buildDir: string, locale: string): SweptPage[] {
  const pages = sitemapPages(buildDir).filter(({lang}) => lang === locale);
  const prefix = locale === i18n.defaultLocale ? '' : `/${locale}`;
  return [...pages, {path: `${prefix}/search`, lang: locale}];
}

async function axeReport(page: Page, path: string, mode: string, rules: readonly string[]) {
  const results = await new AxeBuilder({page}).withRules([...rules]).analyze();
  const report: string[] = [];
  const ran = new Set(
    [results.passes, results.violations, results.incomplete, results.inapplicable].flatMap((list) =>
      list.map(({id}) => id),
    ),
  );
  const skipped = rules.filter((rule) => !ran.has(rule));
  if (skipped.length > 0) report.push(`${path} [${mode}]: axe did not run ${skipped.join(', ')}`);
  for (const violation of results.violations) {
    report.push(
      `${path} [${mode}] axe ${violation.id}: ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
    );
  }
  return report;
}

/** Waits until the page shows `theme` and no finite transition or animation is running. */
async function settledTheme(page: Page, theme: 'light' | 'dark') {
  await page.waitForFunction(
    (expected) =>
      document.documentElement.dataset.theme === expected &&
      document
        .getAnimations()
        .every(
          (animation) =>
            animation.playState !== 'running' ||
            animation.effect?.getTiming().iterations === Infinity,
        ),
    theme,
  );
}

/** The pages of a locale's sweep, 404 page included, with the status each must answer. */
export function sweepPages(buildDir: string, locale: 'en' | 'fr') {
  const missing = MISSING_PAGES.filter(({lang}) => lang === locale);
  return [
    ...localePages(buildDir, locale).map((page) => ({...page, status: 200})),
    ...missing.map((page) => ({...page, status: 404})),
  ];
}

/** A light-mode, desktop-sized context for the sweep of a locale. */
export function sweepContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({colorScheme: 'light', viewport: {width: 1280, height: 900}});
}

/** Visits one page and returns one line per problem found; empty when it is clean. */
export async function checkPage(
  context: BrowserContext,
  origin: string,
  {path, lang, status: expectedStatus}: SweptPage & {status: number},
  extraChecks?: (page: Page, path: string) => Promise<string[]>,
): Promise<string[]> {
  const report: string[] = [];
  const page = await context.newPage();
  const problems = await watchProblems(page);
  const url = `${origin}${path}`;
  const response = await page.goto(url, {waitUntil: 'load'});
  if (response?.status() !== expectedStatus)
    report.push(`${path}: HTTP ${response?.status()}, expected ${expectedStatus}`);
  // React has taken over: errors of the client code are caught too.
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await settledTheme(page, 'light');
  const htmlLang = await page.locator('html').getAttribute('lang');
  if (htmlLang !== lang) report.push(`${path}: html[lang] is "${htmlLang}", expected "${lang}"`);
  report.push(...(await axeReport(page, path, 'light', RULES)));
  if (extraChecks) report.push(...(await extraChecks(page, path)));

  // The reader's system switches to dark: the site follows, and only colours change.
  await page.emulateMedia({colorScheme: 'dark'});
  await settledTheme(page, 'dark');
  report.push(...(await axeReport(page, path, 'dark', DARK_RULES)));

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
  return report;
}
