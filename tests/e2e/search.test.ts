import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchChromium, newContext, openHydrated, watchProblems} from './browser';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';

/** The title of a built page, as its h1 shows it. */
function builtTitle(page: string): string {
  const html = readFileSync(join(inject('buildDir'), page), 'utf8');
  return /<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1]!;
}

// One smoke test of the navbar search per locale: the ranking itself is
// computed in Node on the built indexes (tests/build/search-ranking.test.ts).
describe('the navbar search, in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('finds English pages for "connection" on the English site', async () => {
    const page = await (await newContext(browser)).newPage();
    await openHydrated(page, `${inject('origin')}/`);
    const search = page.getByRole('textbox', {name: 'Search'});
    await search.click();
    await search.pressSequentially('connection', {delay: 30});
    const results = page.getByRole('option');
    await expect.poll(() => results.count()).toBeGreaterThan(2);
    expect(await results.allTextContents()).toContainEqual(expect.stringMatching(/^Connect /));
    await results.first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/spend-insights/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.close();
  });
  it('opens with Ctrl+K, announces the count in French, and opens a result with the keyboard', async () => {
    const page = await (await newContext(browser)).newPage();
    const problems = await watchProblems(page);
    await openHydrated(page, `${inject('origin')}/fr/spend-insights/guides/key-terms`);
    const search = page.getByRole('combobox', {name: 'Rechercher'});
    // The shortcut works once the page is hydrated: press it until the box has focus.
    await expect
      .poll(async () => {
        await page.keyboard.press('Control+k');
        return page
          .locator('.navbar__search input')
          .evaluate((input) => input === document.activeElement);
      })
      .toBe(true);
    // Focused from the keyboard, it shows the site's focus ring, whose 3:1 against the navbar the
    // sweeps measure on the navbar's other controls (tests/e2e/colours.ts does not focus this field).
    const ring = await search.evaluate((input) => {
      const probe = document.createElement('span');
      probe.style.color = 'var(--site-focus-ring)';
      input.parentElement!.append(probe);
      const siteRing = getComputedStyle(probe).color;
      probe.remove();
      const {outlineStyle, outlineColor} = getComputedStyle(input);
      return {
        visible: input.matches(':focus-visible') && outlineStyle !== 'none',
        outlineColor,
        siteRing,
      };
    });
    expect(ring).toEqual({
      visible: true,
      outlineColor: ring.siteRing,
      siteRing: expect.any(String),
    });
    expect(await search.getAttribute('placeholder')).toBe('Rechercher');
    expect(await search.getAttribute('aria-keyshortcuts')).toBe('Control+K');
    // Typed without accents, as on a keyboard without them.
    await page.keyboard.type('televerser', {delay: 30});
    const status = page.locator('.navbar__search ~ [role="status"]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    // The count is announced once the list is shown, and matches it.
    await expect.poll(() => status.textContent()).toMatch(/^\d+ résultats$/);
    const options = await page.getByRole('option').allTextContents();
    expect(await status.textContent()).toBe(`${options.length} résultats`);
    expect(options[0]).toContain(builtTitle('fr/spend-insights/resources/link-file.html'));
    // The first result is selected; the arrows move the selection.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/fr/spend-insights/resources/link-file');
    expect(problems).toEqual({consoleErrors: [], cspViolations: [], failedRequests: []});
    await page.close();
  });
});
