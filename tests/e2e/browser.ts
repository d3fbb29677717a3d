import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Browser, BrowserContext, BrowserContextOptions, Page} from 'playwright-core';
import {i18n} from '../../docusaurus.config';

export {launchChromium} from '../../scripts/chromium';

export const PHONE: BrowserContextOptions = {
  viewport: {width: 390, height: 844},
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/**
 * A browser context with no Playwright clock: on a busy machine a page may
 * take long to answer, and the test's own limit is the safety net.
 */
export async function newContext(
  browser: Browser,
  options: BrowserContextOptions = {viewport: {width: 1280, height: 900}},
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(0);
  return context;
}

/** Waits until React has taken over the page: a click or a key before that reaches static HTML. */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
}

/** Opens `url` in `page` and waits until it is hydrated; returns the document's response. */
export async function openHydrated(page: Page, url: string) {
  const response = await page.goto(url);
  await hydrated(page);
  return response;
}

/** What went wrong while a page was open: console errors, CSP reports, failed requests. */
export interface PageProblems {
  readonly consoleErrors: string[];
  readonly cspViolations: string[];
  readonly failedRequests: string[];
}

/** Starts recording a page's problems; call before the first navigation. */
export async function watchProblems(page: Page): Promise<PageProblems> {
  const problems: PageProblems = {consoleErrors: [], cspViolations: [], failedRequests: []};
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('requestfailed', (request) =>
    problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  await page.exposeFunction('__reportCspViolation', (text: string) =>
    problems.cspViolations.push(text),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as {__reportCspViolation(text: string): void}).__reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sample})`,
      );
    });
  });
  return problems;
}

/** Text of the catalog tiles the filters leave visible. */
export async function visibleTileNames(page: Page): Promise<string[]> {
  return page
    .locator('[data-integration]:not([hidden]) a, [data-integration]:not([hidden]) > div')
    .evaluateAll((tiles) =>
      tiles.map((tile) => tile.querySelector('span')?.firstElementChild?.textContent ?? ''),
    );
}

/** A page of the site by the path nginx serves it at, with its language. */
export interface SitePage {
  readonly path: string;
  /** A locale of the site config. */
  readonly lang: string;
}

/** Where a locale's pages are served: `''` for the default locale, `/<locale>` for the others. */
export function localePrefix(locale: string): string {
  return locale === i18n.defaultLocale ? '' : `/${locale}`;
}

/** The locale of a served path, by its prefix. */
export function localeOfPath(path: string): string {
  return (
    i18n.locales.find((locale) => {
      const prefix = localePrefix(locale);
      return prefix !== '' && (path === prefix || path.startsWith(`${prefix}/`));
    }) ?? i18n.defaultLocale
  );
}

/** Every page the sitemaps of a build list, as paths (the sitemaps hold the build's SITE_URL). */
export function sitemapPages(buildDir: string): SitePage[] {
  return i18n.locales.flatMap((locale) =>
    [
      ...readFileSync(join(buildDir, localePrefix(locale), 'sitemap.xml'), 'utf8').matchAll(
        /<loc>([^<]+)<\/loc>/g,
      ),
    ].map(([, loc]) => {
      const path = new URL(loc!).pathname;
      return {path, lang: localeOfPath(path)};
    }),
  );
}

/** A path no page answers, in each locale: nginx serves that locale's 404 page. */
export const MISSING_PAGES: readonly SitePage[] = i18n.locales.map((locale) => ({
  path: `${localePrefix(locale)}/spend-insights/no-such-page`,
  lang: locale,
}));

/** How Chromium logs a document answered with 404, as a missing page is. */
const NOT_FOUND_MESSAGE =
  'Failed to load resource: the server responded with a status of 404 (Not Found)';

/**
 * Console errors without the one a missing page's expected 404 status logs;
 * a 404 of anything else on the page is also a failed request with its URL.
 */
export function expectedProblemsRemoved(
  consoleErrors: readonly string[],
  expectedStatus: number,
): string[] {
  const errors = [...consoleErrors];
  const notFound = errors.indexOf(NOT_FOUND_MESSAGE);
  if (expectedStatus === 404 && notFound !== -1) errors.splice(notFound, 1);
  return errors;
}

/**
 * Opens each page in turn (missing ones expected to answer 404) and returns
 * one line per CSP violation, console error or failed request, naming the
 * page; an empty list when every page loaded cleanly.
 */
export async function problemsOnPages(
  browser: Browser,
  origin: string,
  pages: readonly SitePage[],
  missing: readonly SitePage[] = [],
): Promise<string[]> {
  const context = await newContext(browser);
  const report: string[] = [];
  const missingPaths = new Set(missing.map(({path}) => path));
  for (const {path, lang} of [...pages, ...missing]) {
    const page = await context.newPage();
    const problems = await watchProblems(page);
    const url = `${origin}${path}`;
    const response = await page.goto(url, {waitUntil: 'load'});
    // Wait for React to take over, so errors of the client code are caught too.
    await hydrated(page);
    const status = response?.status();
    const expectedStatus = missingPaths.has(path) ? 404 : 200;
    if (status !== expectedStatus)
      report.push(`${path}: HTTP ${status}, expected ${expectedStatus}`);
    const htmlLang = await page.locator('html').getAttribute('lang');
    if (htmlLang !== lang) report.push(`${path}: html[lang] is "${htmlLang}", expected "${lang}"`);
    for (const violation of problems.cspViolations)
      report.push(`${path}: CSP violation: ${violation}`);
    for (const error of expectedProblemsRemoved(problems.consoleErrors, expectedStatus))
      report.push(`${path}: console error: ${error}`);
    for (const failure of problems.failedRequests) {
      if (!(expectedStatus === 404 && failure === `${url} (HTTP 404)`))
        report.push(`${path}: failed request: ${failure}`);
    }
    await page.close();
  }
  await context.close();
  return report;
}
