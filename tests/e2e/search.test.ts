import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchChromium} from './browser';

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
});
