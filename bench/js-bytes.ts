/**
 * JavaScript weight of the data streaming page (the catalog) against a plain
 * docs page, in English and French: every JavaScript response a fresh
 * Chromium profile receives while loading the page served by nginx with the
 * production rules (gzip), summed by transferred body size.
 *
 *   npm run build && npm run bench:js-bytes
 */
import type {Browser, Request} from 'playwright-core';
import {launchChromium} from '../scripts/chromium';
import {onCleanup, runBenchmark} from './lib/lifecycle';
import {markdownTable, sectionHeader, verdict, writeResultsSection} from './lib/results';
import {i18n} from '../docusaurus.config';
import {describeBuild, localeUrlPrefix, serveBuild, snapshotBuild} from './lib/server';
import {formatBytes} from './lib/stats';

const PAGES = [
  ['Data streaming (catalog)', '/spend-insights/resources/link-software'],
  ['Key terms (plain docs)', '/spend-insights/guides/key-terms'],
] as const;
/** Budget: the catalog page may cost at most this much more JavaScript than a plain page. */
const BUDGET_BYTES = 15 * 1024;
/** After the network is idle, wait this long for idle-time prefetches. */
const SETTLE_MS = 1500;

interface JsFile {
  readonly path: string;
  /** Encoded (gzip) body bytes on the wire, from `request.sizes().responseBodySize`. */
  readonly bytes: number;
  readonly decodedBytes: number;
  readonly encoding: string;
  /** A script the page runs, or a `<link rel=prefetch>` of a linked page. */
  readonly script: boolean;
}

async function jsFilesOf(browser: Browser, url: string): Promise<JsFile[]> {
  // A fresh context: empty cache, like a first visit.
  const context = await browser.newContext({extraHTTPHeaders: {'accept-encoding': 'gzip'}});
  const page = await context.newPage();
  const pending: Promise<JsFile | undefined>[] = [];
  const measure = async (request: Request): Promise<JsFile | undefined> => {
    const response = await request.response();
    const path = new URL(request.url()).pathname;
    if (!response || !/\.m?js$/.test(path)) return undefined;
    const body = await response.body().catch(() => Buffer.alloc(0));
    return {
      path,
      bytes: (await request.sizes()).responseBodySize,
      decodedBytes: body.length,
      encoding: response.headers()['content-encoding'] ?? 'identity',
      script: request.resourceType() === 'script',
    };
  };
  page.on('requestfinished', (request) => pending.push(measure(request)));
  page.on('requestfailed', (request) => console.warn(`Failed: ${request.url()} on ${url}`));
  await page.goto(url, {waitUntil: 'networkidle'});
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await page.waitForTimeout(SETTLE_MS);
  await page.waitForLoadState('networkidle');
  const files = (await Promise.all(pending)).filter((file) => file !== undefined);
  await context.close();
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

const sum = (files: readonly JsFile[]) => files.reduce((total, file) => total + file.bytes, 0);
const number = (value: number) => value.toLocaleString('en-US');

async function main(): Promise<void> {
  const header = sectionHeader('JavaScript bytes', 'npm run bench:js-bytes');
  const buildDir = snapshotBuild();
  const server = await serveBuild(buildDir);
  const browser = await launchChromium();
  onCleanup(() => browser.close());
  const [totals, differences, chunks]: [string[][], string[][], string[][]] = [[], [], []];
  const notes = new Set<string>();
  for (const locale of i18n.locales) {
    const prefix = localeUrlPrefix(locale);
    const pages = [];
    for (const [name, path] of PAGES) {
      const files = await jsFilesOf(browser, `${server.origin}${prefix}${path}`);
      const [scripts, prefetches] = [files.filter((f) => f.script), files.filter((f) => !f.script)];
      pages.push({files, scripts, prefetches});
      totals.push([
        ...[locale, name, `${prefix}${path}`, String(scripts.length), formatBytes(sum(scripts))],
        ...[String(prefetches.length), formatBytes(sum(prefetches)), formatBytes(sum(files))],
      ]);
      for (const file of files.filter((f) => f.encoding !== 'gzip')) {
        notes.add(
          `- Note: ${file.path} (${file.decodedBytes} B) was sent ${file.encoding}: nginx does not compress responses under \`gzip_min_length 256\``,
        );
      }
    }
    const [catalog, plain] = pages as [(typeof pages)[0], (typeof pages)[0]];
    const difference = sum(catalog.scripts) - sum(plain.scripts);
    const spare = BUDGET_BYTES - difference;
    differences.push([
      ...[locale, formatBytes(difference), `≤ ${number(BUDGET_BYTES)} B`],
      verdict(spare >= 0),
      `${number(Math.abs(spare))} B ${spare >= 0 ? 'to spare' : 'over'}`,
      `${number(sum(catalog.files) - sum(plain.files))} B`,
    ]);
    // The catalog's own chunks: what it runs that the plain page does not run
    // (the plain page may still prefetch them, as it links to the catalog).
    const own = catalog.scripts.filter((file) => !plain.scripts.some((f) => f.path === file.path));
    for (const file of own) {
      chunks.push([
        ...[locale, file.path.replace(/^\/(fr\/)?assets\/js\//, ''), number(file.bytes)],
        ...[file.encoding, number(file.decodedBytes)],
        plain.prefetches.some((f) => f.path === file.path) ? 'yes' : 'no',
      ]);
    }
    chunks.push([locale, 'total', number(sum(own)), '', '', '']);
  }
  await writeResultsSection(
    'js-bytes',
    [
      header,
      `- Build: ${describeBuild(buildDir)} served by nginx with the production rules at a loopback origin`,
      '',
      markdownTable(
        ['Locale', 'Page', 'Path', 'Scripts', 'Script JS, gzip', 'Prefetches'].concat([
          'Prefetched JS, gzip',
          'All JS, gzip',
        ]),
        totals,
      ),
      '\n### Catalog page minus plain page\n',
      markdownTable(
        ['Locale', 'Catalog − plain (scripts)', 'Budget', 'Result', 'Margin', 'Incl. prefetches'],
        differences,
      ),
      "\n### The catalog's own chunks\n",
      markdownTable(
        ['Locale', 'Script run by the catalog page only', 'Bytes on the wire', 'Encoding'].concat([
          'Decoded bytes',
          'Prefetched by the plain page',
        ]),
        chunks,
      ),
      '',
      'Sizes are `request.sizes().responseBodySize` from Playwright: the encoded (gzip) body bytes on the wire (with the chunked-encoding framing, about a dozen bytes a file), without headers. Requests send `accept-encoding: gzip`; nginx compresses JavaScript with gzip level 6 and sends it chunked, so there is no content-length to read. "Scripts" are the files the page runs (resource type `script`); "prefetches" are chunks of linked pages that Docusaurus\'s `<Link>` prefetches when the link scrolls into view (their number varies from run to run with timing). ' +
        `Each page is loaded in a fresh browser context (empty cache) until the network is idle, then ${SETTLE_MS} ms more. The budget compares scripts. The catalog's own chunks are the scripts the catalog page runs that the plain page does not run.`,
      '',
      ...notes,
    ].join('\n'),
  );
}

runBenchmark(main);
