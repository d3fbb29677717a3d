/**
 * One visit of every page of a locale (its sitemap, its search page and its
 * 404 page): loads cleanly (status, html[lang], no console error, CSP
 * violation or failed request), passes axe with the full rule set in light
 * mode and the colour-contrast rule in dark mode (the only thing colour modes
 * change), and the colour checks of `colours.ts` (RGAA 3.3, 10.5) in both,
 * plus whatever `extraChecks` a locale adds on the same page.
 *
 * @module
 */
import {i18n} from '../../docusaurus.config';
import {afterAll, beforeAll} from 'vitest';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import axe from 'axe-core';
import {
  expectedProblemsRemoved,
  hydrated,
  launchChromium,
  MISSING_PAGES,
  newContext,
  sitemapPages,
  watchProblems,
  type PageProblems,
} from './browser';
import {colourProblems} from './colours';

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

/** What one axe run on a page found: the rules it ran, and its violations. */
interface AxeOutcome {
  readonly ran: string[];
  readonly violations: {id: string; help: string; targets: string[]}[];
}

/**
 * Runs axe in the page itself: injected once per document, violations only
 * (collecting every passing node doubles the time and is never read). The
 * site has no frames, so axe's frame-by-frame mode would only add a page.
 */
async function axeReport(page: Page, path: string, mode: string, rules: readonly string[]) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const outcome = await page.evaluate(async (values): Promise<AxeOutcome> => {
    const {axe: axeInPage} = window as unknown as {axe: typeof axe};
    const results = await axeInPage.run(document, {
      runOnly: {type: 'rule', values: [...values]},
      resultTypes: ['violations'],
    });
    return {
      ran: [results.passes, results.violations, results.incomplete, results.inapplicable].flatMap(
        (list) => list.map(({id}) => id),
      ),
      violations: results.violations.map(({id, help, nodes}) => ({
        id,
        help,
        targets: nodes.slice(0, 3).map((node) => node.target.join(' ')),
      })),
    };
  }, rules);
  const report: string[] = [];
  const ran = new Set(outcome.ran);
  const skipped = rules.filter((rule) => !ran.has(rule));
  if (skipped.length > 0) report.push(`${path} [${mode}]: axe did not run ${skipped.join(', ')}`);
  if (await page.locator('iframe').count())
    report.push(`${path} [${mode}]: has a frame, which this sweep's axe run does not enter`);
  for (const {id, help, targets} of outcome.violations)
    report.push(`${path} [${mode}] axe ${id}: ${help} — ${targets.join(' | ')}`);
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

/** A tab of the sweep, with what went wrong since its last navigation. */
interface SweepTab {
  readonly page: Page;
  readonly problems: PageProblems;
}

/**
 * The sweep of a locale: one light-mode, desktop-sized context whose tabs are
 * reused from page to page and checked several at a time (the waits for one
 * page leave the cores idle).
 */
export class Sweep {
  private readonly idleTabs: SweepTab[] = [];

  private constructor(private readonly context: BrowserContext) {}

  static async open(browser: Browser): Promise<Sweep> {
    return new Sweep(
      await newContext(browser, {colorScheme: 'light', viewport: {width: 1280, height: 900}}),
    );
  }

  private async takeTab(): Promise<SweepTab> {
    const idle = this.idleTabs.pop();
    if (idle) {
      for (const list of Object.values(idle.problems)) list.length = 0;
      await idle.page.emulateMedia({colorScheme: 'light'});
      return idle;
    }
    const page = await this.context.newPage();
    return {page, problems: await watchProblems(page)};
  }

  /** Visits one page and returns one line per problem found; empty when it is clean. */
  async check(
    origin: string,
    {path, lang, status: expectedStatus}: SweptPage & {status: number},
    extraChecks?: (page: Page, path: string) => Promise<string[]>,
  ): Promise<string[]> {
    const report: string[] = [];
    const tab = await this.takeTab();
    const {page, problems} = tab;
    const url = `${origin}${path}`;
    const response = await page.goto(url, {waitUntil: 'load'});
    if (response?.status() !== expectedStatus)
      report.push(`${path}: HTTP ${response?.status()}, expected ${expectedStatus}`);
    // React has taken over: errors of the client code are caught too.
    await hydrated(page);
    await settledTheme(page, 'light');
    const htmlLang = await page.locator('html').getAttribute('lang');
    if (htmlLang !== lang) report.push(`${path}: html[lang] is "${htmlLang}", expected "${lang}"`);
    report.push(...(await axeReport(page, path, 'light', RULES)));
    report.push(...(await colourProblems(page, path, 'light')));
    if (extraChecks) report.push(...(await extraChecks(page, path)));

    // The reader's system switches to dark: the site follows, and only colours change.
    await page.emulateMedia({colorScheme: 'dark'});
    await settledTheme(page, 'dark');
    report.push(...(await axeReport(page, path, 'dark', DARK_RULES)));
    report.push(...(await colourProblems(page, path, 'dark')));

    for (const error of expectedProblemsRemoved(problems.consoleErrors, expectedStatus))
      report.push(`${path}: console error: ${error}`);
    for (const violation of problems.cspViolations)
      report.push(`${path}: CSP violation: ${violation}`);
    for (const failure of problems.failedRequests) {
      // The 404 status of a missing page is the expected answer, not a failure.
      if (!(expectedStatus === 404 && failure === `${url} (HTTP 404)`))
        report.push(`${path}: failed request: ${failure}`);
    }
    this.idleTabs.push(tab);
    return report;
  }
}

/**
 * The sweep of the calling describe block: its own Chromium (each sweep file
 * runs in its own worker), opened before its tests and closed after them.
 */
export function sweepOfBlock(): () => Sweep {
  let browser: Browser | undefined;
  let sweep: Sweep | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    sweep = await Sweep.open(browser);
  });
  afterAll(() => browser?.close());
  return () => sweep!;
}
