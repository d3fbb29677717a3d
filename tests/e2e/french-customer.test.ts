import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {guideOf} from '../registry';
import {launchChromium, newContext, openHydrated, watchProblems} from './browser';

const PHONE = {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true};

describe('a French customer', () => {
  let browser: Browser;
  const origin = inject('origin');
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('answers the three questions of the start page, without JavaScript, and lands on the right part of the guide', async () => {
    const context = await newContext(browser, {...PHONE, javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(`${origin}/fr/spend-insights/connect`);
    expect(await page.getByRole('heading', {level: 1}).textContent()).toBe(
      'Connecter votre logiciel',
    );

    // 1. Which software: a plain link to the answers for that software.
    await page.locator('#start-choices').getByRole('link', {name: 'QuickBooks Desktop'}).click();
    expect(new URL(page.url()).hash).toBe('#start-quickbooks-desktop');
    const answers = page.locator('#start-quickbooks-desktop').locator('xpath=..');
    // 2. Online or installed: the registry says installed.
    expect(await answers.textContent()).toContain('installé sur un ordinateur');
    // 3. Not the administrator: the guide's checklist and its message for the administrator.
    await answers.getByRole('link', {name: /copier un message/}).click();
    await page.waitForURL('**/fr/spend-insights/integrations/quickbooks-desktop#before-you-start');
    // The first block after the heading that holds a list (its copy-link feedback comes first).
    const checklist = page.locator('#before-you-start ~ div:has(li)').first();
    expect(await checklist.textContent()).toContain('Un ordinateur Windows');
    expect(await checklist.textContent()).toContain('Qui peut établir la connexion');
    await context.close();
  });

  // The message sent to the customer is proven by support-staff.test.ts; this is the
  // customer's own copy, for the administrator.
  it.each(['oracle-netsuite', 'quickbooks-desktop'])(
    'reads the %s guide with its checklist and its check date, and copies the message for the administrator in French',
    async (id) => {
      const context = await newContext(browser);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin});
      const page = await context.newPage();
      const problems = await watchProblems(page);
      await openHydrated(page, `${origin}/fr/spend-insights/integrations/${id}`);
      const {verified} = guideOf(id, 'fr');
      expect(
        await page.locator(`article time[datetime="${verified.date}"]`).count(),
      ).toBeGreaterThan(0);
      // The first block after the heading that holds a list (its copy-link feedback comes first).
      const checklist = page.locator('#before-you-start ~ div:has(li)').first();
      const items = await checklist.getByRole('listitem').allTextContents();
      expect(items.length).toBeGreaterThan(0);

      await page.getByRole('button', {name: 'Copier le message pour votre administrateur'}).click();
      const forAdministrator = await page.evaluate(() => navigator.clipboard.readText());
      expect(forAdministrator).toContain(`${origin}/fr/spend-insights/integrations/${id}`);
      // The checklist (its wording is unit-tested), with French typography: a no-break
      // space before each colon.
      const lines = forAdministrator.split('\n').filter((line) => line.startsWith('- '));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(/^- [^:]+\u00a0: /);
      expect(problems).toEqual({consoleErrors: [], cspViolations: [], failedRequests: []});
      await context.close();
    },
  );

  it('pastes an error message with text around it and sees its fix first', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await openHydrated(page, `${origin}/fr/spend-insights/resources/error-messages`);
    const field = page.getByRole('textbox', {name: 'Collez le message que vous voyez'});
    await expect.poll(() => field.isEnabled()).toBe(true);
    await field.fill(
      "Bonjour, j'ai ce message : « TIMED OUT attempting to communicate with QBD » ?",
    );
    const first = page.locator('article[data-entry]:not([hidden])').first();
    await expect
      .poll(() => first.textContent())
      .toContain('Timed out attempting to communicate with QBD.');
    expect(
      await page
        .getByRole('status')
        .filter({hasText: /correspond/})
        .textContent(),
    ).toMatch(/^\d+ messages? correspond/);
    await field.fill('zzzz qqqq');
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({hasText: /correspond/})
          .textContent(),
      )
      .toBe('Aucun message ne correspond');
    await context.close();
  });
});
