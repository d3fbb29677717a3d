import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchChromium, watchProblems} from './browser';
import {settledOptions, typeQuery} from '../search/searchUi';

describe('the offline search', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('finds French pages for "connexion" on the French site', async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    await page.goto(`${inject('origin')}/fr/`);
    const search = page.getByRole('textbox', {name: 'Rechercher'});
    await search.click();
    await search.pressSequentially('connexion', {delay: 30});
    const results = page.getByRole('option');
    await expect.poll(() => results.count(), {timeout: 15_000}).toBeGreaterThan(2);
    expect(await results.allTextContents()).toContainEqual(
      expect.stringContaining('Parcours de connexion'),
    );
    await results.first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/fr/spend-insights/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.close();
  });

  it('finds English pages for "connection" on the English site', async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    await page.goto(`${inject('origin')}/`);
    const search = page.getByRole('textbox', {name: 'Search'});
    await search.click();
    await search.pressSequentially('connection', {delay: 30});
    const results = page.getByRole('option');
    await expect.poll(() => results.count(), {timeout: 15_000}).toBeGreaterThan(2);
    expect(await results.allTextContents()).toContainEqual(expect.stringMatching(/^Connect /));
    await page.close();
  });
  it('opens with Ctrl+K, announces the count in French, and opens a result with the keyboard', async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    const problems = await watchProblems(page);
    await page.goto(`${inject('origin')}/fr/spend-insights/guides/key-terms`);
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
    expect(await search.getAttribute('placeholder')).toBe('Rechercher');
    expect(await search.getAttribute('aria-keyshortcuts')).toBe('Control+K');
    // Typed without accents, as on a keyboard without them.
    await page.keyboard.type('televerser', {delay: 30});
    const options = await settledOptions(page);
    expect(options[0]).toContain('Téléverser des fichiers');
    const status = page.locator('.navbar__search ~ [role="status"]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => status.textContent()).toBe(`${options.length} résultats`);
    // The first result is selected; the arrows move the selection.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/fr/spend-insights/resources/link-file');
    expect(problems).toEqual({consoleErrors: [], cspViolations: [], failedRequests: []});
    await page.close();
  });

  it('announces that nothing matches, in each language', async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    for (const [path, message] of [
      ['/', 'No results'],
      ['/fr/', 'Aucun résultat'],
    ] as const) {
      await page.goto(`${inject('origin')}${path}`);
      expect(await typeQuery(page, 'zqxwv')).toEqual([]);
      await expect
        .poll(() => page.locator('.navbar__search ~ [role="status"]').textContent())
        .toBe(message);
    }
    await page.close();
  });

  it('names the page of each section result, since guides share their section titles', async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    await page.goto(`${inject('origin')}/fr/`);
    const options = await typeQuery(page, 'connexion étape par étape');
    const sections = options.filter((text) => text.startsWith('Connexion étape par étape'));
    expect(sections.length).toBeGreaterThanOrEqual(3);
    for (const text of sections) expect(text).toMatch(/^Connexion étape par étape — Connecter \S/);
    await page.close();
  });

  it('keeps the registry reference out of customer searches, and searches it on its own pages', async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    await page.goto(`${inject('origin')}/`);
    expect(await typeQuery(page, 'IntegrationMethod')).toEqual([]);
    await page.goto(`${inject('origin')}/reference`);
    const options = await typeQuery(page, 'IntegrationMethod');
    expect(options[0]).toContain('IntegrationMethod');
    await page.close();
  });

  it('labels the French search page in French and announces its count', async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}});
    const problems = await watchProblems(page);
    await page.goto(`${inject('origin')}/fr/search?q=televerser`);
    const box = page.getByRole('searchbox', {name: 'Rechercher dans la documentation'});
    // The page fills the box from the address once it is hydrated.
    await expect.poll(() => box.inputValue()).toBe('televerser');
    expect(await page.getByRole('combobox', {name: 'Rechercher dans'}).inputValue()).toBe('');
    const status = page.getByRole('main').getByRole('status');
    await expect.poll(() => status.textContent(), {timeout: 15_000}).toMatch(/^\d+ résultats$/);
    expect(await page.getByRole('main').getByRole('link').first().textContent()).toBe(
      'Téléverser des fichiers',
    );
    await box.fill('zqxwv');
    await expect.poll(() => status.textContent()).toBe('Aucun résultat');
    expect(problems).toEqual({consoleErrors: [], cspViolations: [], failedRequests: []});
    await page.close();
  });
});
