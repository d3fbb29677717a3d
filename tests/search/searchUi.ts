/**
 * Drives the navbar search of a built site in a real browser as a reader
 * does: type the query, wait for the list, choose a result, and note where it
 * leads. The list shows no URL, so each of the first results is opened in
 * turn (the site is a single-page app: opening one is quick).
 */
import type {Page} from 'playwright-core';
import {reaches, type SearchQuery} from './queries';

/** The navbar search input, before and after the search library takes it over. */
export function searchInput(page: Page) {
  return page.locator('input.navbar__search-input');
}

/**
 * Texts of the options once the list has settled for the typed query: the
 * list (options, or the "no results" line) has not changed for 300 ms.
 */
export async function settledOptions(page: Page, timeoutMs = 15_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let previous = '';
  let stableSince = Date.now();
  for (;;) {
    const state = await page.evaluate(() => {
      const listbox = document.querySelector('.navbar__search [role="listbox"]');
      if (!listbox || getComputedStyle(listbox).display === 'none') return null;
      const options = [...listbox.querySelectorAll('[role="option"]')].map(
        (option) => option.textContent ?? '',
      );
      const empty = options.length === 0 && (listbox.textContent ?? '').trim() !== '';
      return options.length > 0 || empty ? JSON.stringify(options) : null;
    });
    const now = Date.now();
    if (state === null || state !== previous) {
      previous = state ?? '';
      stableSince = now;
    } else if (now - stableSince >= 300) {
      return JSON.parse(state) as string[];
    }
    if (now > deadline) throw new Error('The search list did not settle');
    await page.waitForTimeout(50);
  }
}

/** Types `query` into the navbar search of the current page and waits for the list. */
export async function typeQuery(page: Page, query: string): Promise<string[]> {
  const input = searchInput(page);
  await input.click();
  await input.fill('');
  await input.fill(query);
  return settledOptions(page);
}

/** The page path and anchor the browser shows. */
function currentLocation(page: Page): string {
  const url = new URL(page.url());
  return `${url.pathname}${url.hash}`;
}

/**
 * Where each of the first `count` results of `query` leads (path and
 * anchor), searching from the locale's home page; stops early at the first
 * result that reaches one of the query's targets, section included.
 */
export async function resultLocations(
  page: Page,
  origin: string,
  {locale, query, expect: targets}: SearchQuery,
  count = 3,
): Promise<string[]> {
  const home = `${origin}${locale === 'en' ? '/' : `/${locale}/`}`;
  await page.goto(home);
  const locations: string[] = [];
  for (let rank = 0; rank < count; rank++) {
    if (/\/reference(\/|$)/.test(new URL(page.url()).pathname)) await page.goto(home);
    const options = await typeQuery(page, query);
    if (options.length <= rank) break;
    const before = currentLocation(page);
    await page.getByRole('option').nth(rank).click();
    await page
      .waitForURL((url) => `${url.pathname}${url.hash}` !== before, {timeout: 5_000})
      .catch(() => undefined);
    locations.push(currentLocation(page));
    if (targets.some((target) => reaches(locale, locations.at(-1)!, target, {section: true}))) {
      break;
    }
  }
  return locations;
}
