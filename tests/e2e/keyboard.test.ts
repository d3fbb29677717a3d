import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {catalogFor, catalogNamesFor} from '../registry';
import {launchChromium, newContext, openHydrated, visibleTileNames} from './browser';

/** Presses Tab until `matches` holds for the focused element; fails after `limit` presses. */
async function tabUntil(
  page: Page,
  matches: (element: Element) => boolean,
  limit = 80,
): Promise<void> {
  const source = matches.toString();
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(
      (test) => document.activeElement !== null && (0, eval)(`(${test})`)(document.activeElement),
      source,
    );
    if (found) return;
  }
  throw new Error(`Focus never reached the element after ${limit} Tab presses`);
}

async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    return (
      element.matches(':focus-visible') &&
      style.outlineStyle !== 'none' &&
      parseFloat(style.outlineWidth) >= 2
    );
  });
}

describe('a keyboard-only visitor', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('searches, filters, opens a tile and copies its link without a mouse', async () => {
    const origin = inject('origin');
    const context = await newContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin});
    const page = await context.newPage();
    await openHydrated(page, `${origin}/spend-insights/resources/link-software`);

    await tabUntil(
      page,
      (element) =>
        element.getAttribute('type') === 'search' &&
        element.id !== '' &&
        !!element.closest('section'),
    );
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.type('quickbooks');
    const typed = catalogNamesFor('?q=quickbooks');
    const checked = catalogNamesFor('?q=quickbooks&tags=premium');
    const opened = catalogFor('?q=quickbooks&tags=premium')[0]!.id;
    // The checkbox must change the list for this test to show anything.
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.length).toBeLessThan(typed.length);
    await expect.poll(() => visibleTileNames(page)).toEqual(typed);

    await tabUntil(page, (element) => element.getAttribute('type') === 'checkbox');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=quickbooks&tags=premium');
    await expect.poll(() => visibleTileNames(page)).toEqual(checked);

    // Back undoes the checkbox and keeps what was typed; forward redoes it.
    await page.goBack();
    expect(new URL(page.url()).search).toBe('?q=quickbooks');
    await expect.poll(() => visibleTileNames(page)).toEqual(typed);
    await page.goForward();
    await expect.poll(() => visibleTileNames(page)).toEqual(checked);
    await page.locator('input[type="checkbox"]:checked').focus();

    await tabUntil(
      page,
      (element) => element.tagName === 'A' && !!element.closest('[data-integration]'),
    );
    expect(await focusIsVisible(page)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      `/spend-insights/integrations/${opened}`,
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/spend-insights/integrations/${opened}`);

    await tabUntil(page, (element) => element.textContent?.trim() === 'Copy link');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('status').filter({hasText: 'Link copied'}).count())
      .toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${origin}/spend-insights/integrations/${opened}`,
    );
    await context.close();
  });
});
