import type {BrowserContextOptions, Page} from 'playwright-core';

export {launchChromium} from '../../scripts/chromium';

export const PHONE: BrowserContextOptions = {
  viewport: {width: 390, height: 844},
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

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
