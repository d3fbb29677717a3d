import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {catalogNamesFor, guideOf} from '../registry';
import {launchChromium, newContext, openHydrated, visibleTileNames, watchProblems} from './browser';

describe('a support staff member sharing links', () => {
  let browser: Browser;
  let context: BrowserContext;
  const origin = inject('origin');

  beforeAll(async () => {
    browser = await launchChromium();
    context = await newContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin});
  });
  afterAll(() => browser.close());

  async function clipboard(page: Page): Promise<string> {
    return page.evaluate(() => navigator.clipboard.readText());
  }

  async function openInNewPage(url: string): Promise<Page> {
    const page = await context.newPage();
    await openHydrated(page, url);
    return page;
  }

  it('copies a guide link that opens the same guide, in the same language', async () => {
    const page = await context.newPage();
    const problems = await watchProblems(page);
    await openHydrated(page, `${origin}/fr/spend-insights/integrations/xero`);
    await page.getByRole('button', {name: 'Copier le lien', exact: true}).click();
    await expect
      .poll(() => page.getByRole('status').filter({hasText: 'Lien copié'}).count())
      .toBe(1);
    const copied = await clipboard(page);
    expect(copied).toBe(`${origin}/fr/spend-insights/integrations/xero`);

    const opened = await openInNewPage(copied);
    expect(await opened.getByRole('heading', {level: 1}).textContent()).toBe('Connecter Xero');
    expect(problems).toEqual({consoleErrors: [], cspViolations: [], failedRequests: []});
  });

  it('copies a step link that opens the guide scrolled to that step', async () => {
    const page = await context.newPage();
    await openHydrated(page, `${origin}/spend-insights/integrations/quickbooks-desktop`);
    await page.getByRole('button', {name: 'Copy link to "Step 5: Install the connector"'}).click();
    const copied = await clipboard(page);
    expect(copied).toBe(
      `${origin}/spend-insights/integrations/quickbooks-desktop#install-connector`,
    );

    const opened = await openInNewPage(copied);
    const step = opened.locator('#install-connector');
    await expect
      .poll(() => step.evaluate((heading) => heading.getBoundingClientRect().top))
      .toBeLessThan(200);
    expect(await step.textContent()).toContain('Step 5: Install the connector');
  });

  it('copies a filtered catalog link that shows the same list to whoever opens it', async () => {
    const page = await context.newPage();
    await openHydrated(page, `${origin}/spend-insights/resources/link-software`);
    await page.getByRole('searchbox', {name: 'Search for your software'}).fill('sage');
    await page.getByRole('checkbox', {name: 'Premium'}).check();
    const expected = catalogNamesFor('?q=sage&tags=premium');
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => visibleTileNames(page)).toEqual(expected);
    await page.getByRole('button', {name: 'Copy link to this view'}).click();
    const copied = await clipboard(page);
    expect(copied).toBe(`${origin}/spend-insights/resources/link-software?q=sage&tags=premium`);

    // Reading the filters back from an address is unit-tested (IntegrationsList.test.tsx);
    // here, the copied address served by nginx shows the same list.
    const opened = await openInNewPage(copied);
    await expect.poll(() => visibleTileNames(opened)).toEqual(expected);
  });

  // The message's wording and typography are unit-tested (IntegrationGuideHeader.fr.test.tsx);
  // here, that the real clipboard receives it, with the guide's absolute address.
  it('copies the French message for the customer to the clipboard, with the guide link', async () => {
    const id = 'sage-50-accounts';
    const page = await context.newPage();
    await openHydrated(page, `${origin}/fr/spend-insights/integrations/${id}`);
    await page.getByRole('button', {name: 'Envoyer au client'}).click();
    const message = await clipboard(page);
    expect(message).toContain(
      `${guideOf(id, 'fr').name}\u00a0: ${origin}/fr/spend-insights/integrations/${id}`,
    );
  });

  it.each([
    {locale: '', button: 'Copy link', printedUrl: 'Online version: '},
    {locale: '/fr', button: 'Copier le lien', printedUrl: 'Version en ligne\u00a0: '},
  ])(
    'prints a guide without the page chrome, with its URL ($printedUrl)',
    async ({locale, button, printedUrl}) => {
      const page = await context.newPage();
      const url = `${origin}${locale}/spend-insights/integrations/xero`;
      await openHydrated(page, url);
      await page.emulateMedia({media: 'print'});
      for (const chrome of [
        '.navbar',
        '.theme-doc-sidebar-container',
        '.footer',
        '.theme-doc-toc-desktop',
      ]) {
        expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
      }
      expect(await page.getByRole('button', {name: button, exact: true}).isVisible()).toBe(false);
      expect(await page.getByRole('heading', {level: 1}).isVisible()).toBe(true);
      expect(await page.locator('dl').first().isVisible()).toBe(true);
      expect(await page.locator('#allow-access').isVisible()).toBe(true);
      expect(await page.getByText(`${printedUrl}${url}`).isVisible()).toBe(true);
      const pdf = await page.pdf({format: 'A4'});
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    },
  );
});
