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
import {
  describeMachine,
  machineStatus,
  markdownTable,
  sectionHeader,
  textTable,
  verdict,
  writeResultsSection,
  type Table,
} from './lib/results';
import {buildTime, realBuildDir, requireBuild, serveBuild, snapshotBuild} from './lib/server';
import {formatBytes} from './lib/stats';

const CATALOG_PATH = '/spend-insights/resources/link-software';
const PLAIN_PATH = '/spend-insights/guides/key-terms';
const LOCALES = ['en', 'fr'] as const;
/** Budget: the catalog page may cost at most this much more JavaScript than a plain page. */
const BUDGET_BYTES = 15 * 1024;
/** After the network is idle, wait this long for idle-time prefetches. */
const SETTLE_MS = 1500;

interface JsFile {
  /** Path of the file (same in both pages of a locale). */
  readonly path: string;
  /** Encoded (gzip) body bytes on the wire, from `request.sizes().responseBodySize`. */
  readonly bytes: number;
  /** Decoded (uncompressed) size: the length of the body Playwright hands back. */
  readonly decodedBytes: number;
  readonly encoding: string;
  /** `script` for a script the page runs; `other` for `<link rel=prefetch>` of linked pages. */
  readonly resourceType: string;
}

async function jsFilesOf(browser: Browser, url: string): Promise<JsFile[]> {
  // A fresh context: empty cache, like a first visit.
  const context = await browser.newContext({extraHTTPHeaders: {'accept-encoding': 'gzip'}});
  try {
    const page = await context.newPage();
    const pending: Promise<JsFile | undefined>[] = [];
    const measure = async (request: Request): Promise<JsFile | undefined> => {
      const response = await request.response();
      if (!response) return undefined;
      const type = response.headers()['content-type'] ?? '';
      const path = new URL(request.url()).pathname;
      if (!/javascript/.test(type) && !path.endsWith('.js')) return undefined;
      const sizes = await request.sizes();
      const body = await response.body().catch(() => Buffer.alloc(0));
      return {
        path,
        bytes: sizes.responseBodySize,
        decodedBytes: body.length,
        encoding: response.headers()['content-encoding'] ?? 'identity',
        resourceType: request.resourceType(),
      };
    };
    page.on('requestfinished', (request) => pending.push(measure(request)));
    const problems: string[] = [];
    page.on('requestfailed', (request) =>
      problems.push(`${request.url()} ${request.failure()?.errorText}`),
    );
    await page.goto(url, {waitUntil: 'networkidle'});
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.waitForTimeout(SETTLE_MS);
    await page.waitForLoadState('networkidle');
    if (problems.length > 0) console.warn(`Failed requests on ${url}:\n  ${problems.join('\n  ')}`);
    const files = (await Promise.all(pending)).filter((file): file is JsFile => file !== undefined);
    return files.sort((a, b) => a.path.localeCompare(b.path));
  } finally {
    await context.close();
  }
}

const sum = (files: readonly JsFile[]) => files.reduce((total, file) => total + file.bytes, 0);

function chunkName(path: string): string {
  return path.replace(/^\/(fr\/)?assets\/js\//, '');
}

async function main(): Promise<void> {
  requireBuild(realBuildDir, ['en', 'fr']);
  const machine = describeMachine();
  const buildDir = snapshotBuild();
  const server = await serveBuild(buildDir);
  const browser = await launchChromium();
  onCleanup(() => browser.close());
  console.log(`Serving a snapshot of ${realBuildDir} (${buildTime(buildDir)}) at ${server.origin}`);
  console.log(`Machine: ${machineStatus(machine)}\n`);

  const totalsRows: string[][] = [];
  const diffRows: string[][] = [];
  const chunkRows: string[][] = [];
  const notes = new Set<string>();
  for (const locale of LOCALES) {
    const prefix = locale === 'en' ? '' : '/fr';
    const [catalog, plain] = [
      await jsFilesOf(browser, `${server.origin}${prefix}${CATALOG_PATH}`),
      await jsFilesOf(browser, `${server.origin}${prefix}${PLAIN_PATH}`),
    ] as const;
    for (const file of [...catalog, ...plain]) {
      if (file.encoding !== 'gzip') {
        notes.add(
          `${file.path} (${file.decodedBytes} B) was sent ${file.encoding}: nginx does not compress responses under \`gzip_min_length 256\``,
        );
      }
    }
    const scripts = (files: readonly JsFile[]) => files.filter((f) => f.resourceType === 'script');
    const prefetched = (files: readonly JsFile[]) =>
      files.filter((f) => f.resourceType !== 'script');
    for (const [name, path, files] of [
      ['Data streaming (catalog)', CATALOG_PATH, catalog],
      ['Key terms (plain docs)', PLAIN_PATH, plain],
    ] as const) {
      totalsRows.push([
        locale,
        name,
        `${prefix}${path}`,
        String(scripts(files).length),
        formatBytes(sum(scripts(files))),
        String(prefetched(files).length),
        formatBytes(sum(prefetched(files))),
        formatBytes(sum(files)),
      ]);
    }
    const difference = sum(scripts(catalog)) - sum(scripts(plain));
    const differenceAll = sum(catalog) - sum(plain);
    diffRows.push([
      locale,
      `${difference.toLocaleString('en-US')} B (${(difference / 1024).toFixed(1)} KiB)`,
      `≤ ${BUDGET_BYTES.toLocaleString('en-US')} B`,
      verdict(difference <= BUDGET_BYTES),
      difference <= BUDGET_BYTES
        ? `${(BUDGET_BYTES - difference).toLocaleString('en-US')} B to spare`
        : `${(difference - BUDGET_BYTES).toLocaleString('en-US')} B over`,
      `${differenceAll.toLocaleString('en-US')} B`,
    ]);
    // The catalog's own chunks: what it runs that the plain page does not run
    // (the plain page may still prefetch them, as it links to the catalog).
    const plainScripts = new Set(scripts(plain).map((file) => file.path));
    const plainPrefetches = new Set(prefetched(plain).map((file) => file.path));
    for (const file of scripts(catalog).filter((f) => !plainScripts.has(f.path))) {
      chunkRows.push([
        locale,
        chunkName(file.path),
        file.bytes.toLocaleString('en-US'),
        file.encoding,
        file.decodedBytes.toLocaleString('en-US'),
        plainPrefetches.has(file.path) ? 'yes' : 'no',
      ]);
    }
    const onlyBytes = sum(scripts(catalog).filter((f) => !plainScripts.has(f.path)));
    chunkRows.push([locale, 'total', onlyBytes.toLocaleString('en-US'), '', '', '']);
  }

  const totals: Table = {
    headers: [
      'Locale',
      'Page',
      'Path',
      'Scripts',
      'Script JS, gzip',
      'Prefetches',
      'Prefetched JS, gzip',
      'All JS, gzip',
    ],
    align: ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right'],
    rows: totalsRows,
  };
  const differences: Table = {
    headers: [
      'Locale',
      'Catalog − plain (scripts)',
      'Budget',
      'Result',
      'Margin',
      'Incl. prefetches',
    ],
    align: ['left', 'right', 'left', 'left', 'right', 'right'],
    rows: diffRows,
  };
  const chunks: Table = {
    headers: [
      'Locale',
      'Script run by the catalog page only',
      'Bytes on the wire',
      'Encoding',
      'Decoded bytes',
      'Prefetched by the plain page',
    ],
    align: ['left', 'left', 'right', 'left', 'right', 'left'],
    rows: chunkRows,
  };
  const method =
    'Sizes are `request.sizes().responseBodySize` from Playwright: the encoded (gzip) body bytes ' +
    'on the wire (with the chunked-encoding framing, about a dozen bytes a file), without headers. Requests send `accept-encoding: gzip`; nginx compresses ' +
    'JavaScript with gzip level 6 and sends it chunked, so there is no content-length to read. ' +
    '"Scripts" are the files the page runs (resource type `script`); "prefetches" are chunks ' +
    "of linked pages that Docusaurus's `<Link>` prefetches when the link scrolls into view " +
    '(their number varies from run to run with timing). ' +
    `Each page is loaded in a fresh browser context (empty cache) until the network is idle, ` +
    `then ${SETTLE_MS} ms more. The budget compares scripts. The catalog's own chunks are the ` +
    'scripts the catalog page runs that the plain page does not run.';

  console.log(textTable(totals));
  console.log(`\n${textTable(differences)}`);
  console.log(`\n${textTable(chunks)}`);
  console.log(`\n${method}`);
  for (const note of notes) console.log(`Note: ${note}`);

  await writeResultsSection(
    'js-bytes',
    [
      sectionHeader('JavaScript bytes', 'npm run bench:js-bytes', machine),
      `- Build: a snapshot of \`build/\` (${buildTime(buildDir)}) served by nginx with the production rules at a loopback origin`,
      '',
      markdownTable(totals),
      '',
      '### Catalog page minus plain page',
      '',
      markdownTable(differences),
      '',
      "### The catalog's own chunks",
      '',
      markdownTable(chunks),
      '',
      method,
      ...[...notes].map((note) => `\nNote: ${note}`),
    ].join('\n'),
  );
}

runBenchmark(main);
