import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {hasGuide} from '../../src/data/paths';
import {registry} from '../registry';
import {
  launchChromium,
  newContext,
  openHydrated,
  PHONE,
  visibleTileNames,
  watchProblems,
} from './browser';

const withGuide = registry.integrations.filter(hasGuide);

describe('a customer on a phone, in French', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('finds Sage 50 Accounts, reads its guide in French, then switches to English on the same guide', async () => {
    const context = await newContext(browser, {...PHONE, locale: 'fr-FR'});
    const page = await context.newPage();
    const problems = await watchProblems(page);

    await openHydrated(page, `${inject('origin')}/fr/spend-insights/resources/link-software`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await visibleTileNames(page)).toHaveLength(withGuide.length);

    // Which software a search shows is unit-tested (filters.test.ts); here, that the phone
    // layout lets the customer search, read the count and open the tile.
    const search = page.getByRole('searchbox', {name: 'Recherchez votre logiciel'});
    await search.fill('sage');
    await expect.poll(() => visibleTileNames(page)).toContain('Sage 50 Accounts');
    const shown = (await visibleTileNames(page)).length;
    expect(await page.getByRole('status').filter({hasText: 'affichés'}).textContent()).toBe(
      `${shown} logiciels affichés`,
    );
    expect(page.url()).toMatch(/\?q=sage$/);

    await page.getByRole('link', {name: /^Sage 50 Accounts /}).click();
    await page.waitForURL('**/fr/spend-insights/integrations/sage-50-accounts');
    await expect
      .poll(() => page.getByRole('heading', {level: 1}).textContent())
      .toBe('Connecter Sage 50 Accounts');
    await expect.poll(() => page.locator('dl').first().textContent()).toContain('Niveau d’effort');

    // On a phone the language menu sits in the main menu of the navigation drawer.
    await page.getByRole('button', {name: /barre de navigation/i}).click();
    await page.getByRole('button', {name: /menu principal/i}).click();
    await page.locator('.navbar-sidebar').getByRole('button', {name: 'Langues'}).click();
    await page.locator('.navbar-sidebar').getByRole('link', {name: 'English'}).click();
    await page.waitForURL('**/spend-insights/integrations/sage-50-accounts');
    expect(new URL(page.url()).pathname).toBe('/spend-insights/integrations/sage-50-accounts');
    await expect
      .poll(() => page.getByRole('heading', {level: 1}).textContent())
      .toBe('Connect Sage 50 Accounts');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    expect(problems).toEqual({consoleErrors: [], cspViolations: [], failedRequests: []});
    await context.close();
  });

  it("downloads the menu's pages only once the menu is open", async () => {
    const context = await newContext(browser, {...PHONE, locale: 'fr-FR'});
    const page = await context.newPage();
    await openHydrated(page, `${inject('origin')}/fr/spend-insights/guides/key-terms`);
    await page.waitForLoadState('networkidle');
    // Docusaurus prefetches the pages of the links in view: while the drawer is
    // closed, its links must not count as in view.
    const beforeOpening = await page.locator('link[rel="prefetch"]').count();
    await page.getByRole('button', {name: /barre de navigation/i}).click();
    // No clock: the context has no timeout, the test runner's limit is the safety net.
    await page.waitForFunction(
      (count) => document.querySelectorAll('link[rel="prefetch"]').length > count,
      beforeOpening,
    );
    await context.close();
  });
});
