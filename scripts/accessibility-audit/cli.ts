/**
 * The browser checks of the accessibility audit (src/data/accessibility-audit.yml),
 * run by hand against a build (npm run build:test): for each sample page in each
 * locale, reflow at 320 px, 200 % zoom, increased text spacing, the keyboard path
 * (order, visible focus, traps), headings, landmarks, names of images, links and
 * fields, tables, frames, media and new windows. It prints what it measured; a
 * person reads it and records the outcome in the audit file.
 *
 * Usage: npx tsx scripts/accessibility-audit/cli.ts
 *
 * @module
 */
import {join} from 'node:path';
import {parse} from 'yaml';
import {readFileSync} from 'node:fs';
import type {Page} from 'playwright-core';
import {launchChromium} from '../chromium';
import {startNginx} from '../nginxServer';
import {i18n} from '../../docusaurus.config';

const siteDir = join(__dirname, '../..');
const audit = parse(readFileSync(join(siteDir, 'src/data/accessibility-audit.yml'), 'utf8')) as {
  samplePages: {id: string; path: string}[];
};

async function overflows(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

async function keyboardPath(page: Page) {
  const steps: string[] = [];
  const invisible: string[] = [];
  await page.locator('body').focus();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const step = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const visible =
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none';
      const name = (
        element.getAttribute('aria-label') ??
        element.textContent ??
        element.getAttribute('placeholder') ??
        ''
      )
        .trim()
        .slice(0, 30);
      return {label: `${element.tagName.toLowerCase()}:${name}`, visible};
    });
    if (!step) break;
    steps.push(step.label);
    if (!step.visible) invisible.push(step.label);
  }
  return {steps, invisible};
}

async function structure(page: Page) {
  return page.evaluate(() => {
    const text = (element: Element) => (element.textContent ?? '').trim().slice(0, 40);
    return {
      title: document.title,
      lang: document.documentElement.lang,
      doctype: document.doctype?.name,
      headings: [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')]
        .filter((h) => (h as HTMLElement).offsetParent !== null)
        .map((h) => `${h.tagName}:${text(h)}`),
      landmarks: [...document.querySelectorAll('header,nav,main,footer,aside,[role]')]
        .map(
          (e) =>
            `${e.tagName.toLowerCase()}${e.getAttribute('role') ? `[${e.getAttribute('role')}]` : ''}${e.getAttribute('aria-label') ? `"${e.getAttribute('aria-label')}"` : ''}`,
        )
        .filter((l) =>
          /^(header|nav|main|footer|aside)|\[(banner|navigation|main|contentinfo|search|region|complementary)\]/.test(
            l,
          ),
        ),
      images: [...document.querySelectorAll('img, svg, [role="img"]')].map(
        (e) =>
          `${e.tagName.toLowerCase()} alt=${JSON.stringify(e.getAttribute('alt'))} aria-hidden=${e.getAttribute('aria-hidden') ?? e.closest('[aria-hidden="true"]') !== null} label=${JSON.stringify(e.getAttribute('aria-label'))}`,
      ),
      tables: [...document.querySelectorAll('table')].map(
        (t) =>
          `table th=${t.querySelectorAll('th').length} caption=${t.querySelector('caption') ? text(t.querySelector('caption')!) : '-'} scope=${t.querySelectorAll('th[scope]').length}`,
      ),
      frames: document.querySelectorAll('iframe, frame').length,
      media: document.querySelectorAll('video, audio, object, embed, canvas').length,
      blank: [...document.querySelectorAll('a[target="_blank"]')].map(
        (a) => `${text(a)} -> ${a.getAttribute('href')}`,
      ),
      fields: [...document.querySelectorAll('input, select, textarea')].map((f) => {
        const id = f.id;
        const label = id ? document.querySelector(`label[for="${id}"]`) : f.closest('label');
        return `${f.tagName.toLowerCase()}[${f.getAttribute('type') ?? ''}] label=${JSON.stringify(label ? text(label) : null)} aria=${JSON.stringify(f.getAttribute('aria-label') ?? f.getAttribute('aria-labelledby'))} autocomplete=${f.getAttribute('autocomplete')}`;
      }),
      fieldsets: [...document.querySelectorAll('fieldset')].map(
        (f) =>
          `fieldset legend=${JSON.stringify(f.querySelector('legend') ? text(f.querySelector('legend')!) : null)}`,
      ),
      langChanges: [...document.body.querySelectorAll('[lang]')].map(
        (e) => `${e.tagName.toLowerCase()} lang=${e.getAttribute('lang')}: ${text(e)}`,
      ),
      quotes: document.querySelectorAll('blockquote, q').length,
      live: [...document.querySelectorAll('[aria-live], [role="status"], [role="alert"]')].map(
        (e) =>
          `${e.tagName.toLowerCase()} ${e.getAttribute('aria-live') ?? e.getAttribute('role')}`,
      ),
      animations: document.getAnimations().length,
      accessKeys: document.querySelectorAll('[accesskey]').length,
    };
  });
}

const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;

async function main() {
  const server = await startNginx({buildDir: join(siteDir, 'build'), port: 4199});
  const browser = await launchChromium();
  try {
    for (const locale of i18n.locales) {
      const prefix = locale === i18n.defaultLocale ? '' : `/${locale}`;
      for (const sample of audit.samplePages) {
        const url = `${server.origin}${prefix}${sample.path === '/' ? (prefix ? '' : '/') : sample.path}`;
        const report: Record<string, unknown> = {page: sample.id, locale, url};
        const desktop = await browser.newContext({
          viewport: {width: 1280, height: 900},
          bypassCSP: true,
        });
        // tsx names the functions it compiles with a helper the page lacks.
        await desktop.addInitScript('globalThis.__name = (f) => f');
        const page = await desktop.newPage();
        await page.goto(url);
        await page.waitForFunction(() => document.documentElement.dataset.theme !== undefined);
        report.structure = await structure(page);
        report.keyboard = await keyboardPath(page);
        await page.addStyleTag({content: TEXT_SPACING});
        report.textSpacingOverflow = await overflows(page);
        await desktop.close();
        // 320 CSS px wide (RGAA 10.11), and 1280 px at 200 % zoom = 640 CSS px (10.4).
        for (const [name, options] of [
          ['reflow320', {viewport: {width: 320, height: 640}}],
          ['zoom200', {viewport: {width: 640, height: 450}, deviceScaleFactor: 2}],
          ['landscape', {viewport: {width: 640, height: 320}}],
        ] as const) {
          const context = await browser.newContext(options);
          const narrow = await context.newPage();
          await narrow.goto(url);
          await narrow.waitForFunction(() => document.documentElement.dataset.theme !== undefined);
          report[name] = await overflows(narrow);
          await context.close();
        }
        console.log(JSON.stringify(report, null, 1));
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

void main();
