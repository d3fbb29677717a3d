/**
 * Time from a keystroke in the catalog's search box to the updated list, in
 * headless Chromium: the real registry (the built data streaming page), and
 * the file upload page of a site copy whose registry has 1,000 more entries.
 * Unthrottled, and with 4× CPU throttling as a phone-like figure.
 *
 *   npm run build && npm run bench:catalog
 */
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {launchChromium} from '../scripts/chromium';
import {monogramLogoSvg} from '../scripts/logos';
import {stringify} from 'yaml';
import type {Integration} from '../src/data/schema';
import {integrationFile} from '../src/plugins/integrations/siteFiles';
import {onCleanup, runBenchmark} from './lib/lifecycle';
import {markdownTable, sectionHeader, verdict, writeResultsSection} from './lib/results';
import {createIsolatedSiteCopy, describeBuild, serveBuild, snapshotBuild} from './lib/server';
import {sourceState} from './lib/server';
import {formatMs, median, percentile} from './lib/stats';

const REAL_PATH = '/spend-insights/resources/link-software';
const GENERATED_PATH = '/spend-insights/resources/link-file';
const GENERATED_COUNT = 1000;
/** Budget: keystroke to updated list with 1,000 entries, unthrottled. */
const BUDGET_MS = 50;
const [MIN_SAMPLES, TARGET_SAMPLES] = [30, 40];
/**
 * A keystroke that leaves the count unchanged gives no sample: it is known once
 * the count has not changed this long after the frame that follows its input
 * event, or, for a key without an input event, TIMEOUT after keydown (×throttle).
 */
const [GRACE_MS, TIMEOUT_MS] = [150, 1500];
const THROTTLE_RATE = 4;

/** Keystroke sequences: each query is typed, then erased with Backspace. */
const QUERIES = {
  real: ['xero', 'sage', 'quickbooks', 'netsuite', 'myob', 'exact', 'dynamics', 'zzz'],
  // Digits of the generated names: each added digit narrows the list.
  generated: ['7770', '5123', '3141', '2718', '9090', '6021', '4442', '8188'],
};

/** File-upload software with varied aliases, tags, countries and reports. */
function generatedEntries(): Integration[] {
  const tags: Integration['tags'][] = [[], ['premium'], ['on-premise'], ['premium', 'on-premise']];
  const countries = [[], ['GB'], ['FR', 'BE'], ['NL', 'GB'], ['AU', 'NZ'], ['US', 'CA'], ['DE']];
  const reports: Integration['reports'][] = [
    ['suppliers', 'bills', 'payments'],
    ['suppliers', 'bills', 'payments', 'direct-costs'],
  ];
  return Array.from({length: GENERATED_COUNT}, (_, index) => {
    const number = String(index + 1).padStart(4, '0');
    const id = `generated-ledger-${number}`;
    return {
      id,
      name: `Generated Ledger ${number}`,
      aliases: index % 3 === 0 ? [`GL ${number}`] : [],
      methods: ['file-upload'],
      tags: tags[index % tags.length]!,
      countries: countries[index % countries.length]!,
      reports: reports[index % reports.length]!,
      source: 'codat-intelligent-file-upload',
      errors: [],
      notices: [],
    };
  });
}

/** A site copy with the generated entries and their logos, built in English. */
function buildGeneratedCatalog(): string {
  const copy = createIsolatedSiteCopy();
  const entries = generatedEntries();
  for (const {id, ...data} of entries) {
    writeFileSync(join(copy.dir, integrationFile(id)), stringify(data));
    writeFileSync(join(copy.dir, `static/img/logos/${id}.svg`), monogramLogoSvg(id, 'GL'));
  }
  const built = copy.build('en');
  if (built.status !== 0) throw new Error(`The build failed:\n${built.output.slice(-4000)}`);
  return join(copy.dir, 'build');
}

/** Milliseconds from keydown to the DOM update (React has committed), and to the frame after it. */
type Sample = {readonly commit: number; readonly total: number};

type Probe = {arm(): void; wait?: Promise<Sample | null>};

/** In the page: from a capturing keydown to a new result count, the next frame and a task. */
function installProbe({timeoutMs, graceMs}: {timeoutMs: number; graceMs: number}): number {
  // The catalog is the section holding the tiles (the navbar has a search box too).
  const section = document.querySelector('li[data-integration]')?.closest('section');
  const input = section?.querySelector<HTMLInputElement>('input[type="search"]');
  const count = section?.querySelector(':scope > [role="status"]');
  if (!section || !input || !count) throw new Error('No catalog search box and result count');
  let settle: ((sample: Sample | null) => void) | undefined;
  let pending: {start: number; before: string | null; timer: number} | undefined;
  const finish = (sample: Sample | null) => {
    const done = settle;
    settle = undefined;
    done?.(sample);
  };
  /** Ends the keystroke still pending, if it is this one; the caller settles it. */
  const end = (keystroke: typeof pending) => {
    if (!keystroke || pending !== keystroke) return false;
    pending = undefined;
    window.clearTimeout(keystroke.timer);
    return true;
  };
  const listen = (type: string, listener: () => void) =>
    document.addEventListener(type, listener, true);
  listen('keydown', () => {
    const keystroke = {start: performance.now(), before: count.textContent, timer: 0};
    keystroke.timer = window.setTimeout(() => end(keystroke) && finish(null), timeoutMs);
    pending = keystroke;
  });
  // React renders the input's update synchronously: a count still unchanged a
  // while after the next frame will not change.
  listen('input', () => {
    const keystroke = pending;
    requestAnimationFrame(() => setTimeout(() => end(keystroke) && finish(null), graceMs));
  });
  new MutationObserver(() => {
    const keystroke = pending;
    if (!keystroke || count.textContent === keystroke.before || !end(keystroke)) return;
    const commit = performance.now() - keystroke.start;
    requestAnimationFrame(() =>
      setTimeout(() => finish({commit, total: performance.now() - keystroke.start}), 0),
    );
  }).observe(section, {subtree: true, childList: true, characterData: true, attributes: true});
  const probe: Probe = {arm: () => void (probe.wait = new Promise((done) => (settle = done)))};
  (window as unknown as {catalogProbe: Probe}).catalogProbe = probe;
  input.focus();
  return section.querySelectorAll('li[data-integration]').length;
}

/** Presses one key and returns the probe's figure (null when the count did not change). */
async function timedKey(page: Page, key: string, throttle: number): Promise<Sample | null> {
  await page.evaluate(() => (window as unknown as {catalogProbe: Probe}).catalogProbe.arm());
  await page.keyboard.press(key);
  const sample = page.evaluate(
    () => (window as unknown as {catalogProbe: Probe}).catalogProbe.wait!,
  );
  const message = `No answer to key ${key} after ${30 * throttle} s`;
  const stuck = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error(message)), 30_000 * throttle).unref();
  });
  return Promise.race([sample, stuck]);
}

async function measure(browser: Browser, url: string, queries: string[], throttle: number) {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  onCleanup(() => context.close());
  const page = await context.newPage();
  // tsx (esbuild keepNames) wraps named functions in __name(…): the page needs it too.
  await page.addInitScript({content: 'globalThis.__name = (target) => target;'});
  page.on('pageerror', (error) => console.warn(`Page error on ${url}: ${error.message}`));
  await page.goto(url, {waitUntil: 'networkidle'});
  await page.waitForSelector('html[data-has-hydrated="true"]');
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: throttle});
  }
  const limits = {timeoutMs: TIMEOUT_MS * throttle, graceMs: GRACE_MS * throttle};
  const tiles = await page.evaluate(installProbe, limits);
  const samples: Sample[] = [];
  let unchanged = 0;
  // One unrecorded query warms up the code paths.
  const rounds = Array.from({length: 6}, () => queries).flat();
  for (const [index, query] of [queries[0]!, ...rounds].entries()) {
    if (samples.length >= TARGET_SAMPLES) break;
    for (const key of [...query, ...[...query].map(() => 'Backspace')]) {
      const sample = await timedKey(page, key, throttle);
      if (index === 0) continue;
      if (sample) samples.push(sample);
      else unchanged++;
    }
  }
  await context.close();
  return {samples, unchanged, tiles};
}

async function main(): Promise<void> {
  const header = sectionHeader('Catalog responsiveness', 'npm run bench:catalog');
  const realBuild = snapshotBuild(['en']);
  const sources = sourceState();
  console.log(`Building ${GENERATED_COUNT} generated entries in a site copy of the ${sources}…`);
  const generatedBuild = buildGeneratedCatalog();
  const realServer = await serveBuild(realBuild);
  const generatedServer = await serveBuild(generatedBuild);
  const browser = await launchChromium();
  onCleanup(() => browser.close());
  const generatedLabel = `${GENERATED_COUNT.toLocaleString('en-US')} generated entries`;
  const cases = [
    {label: `Real registry (${REAL_PATH})`, url: `${realServer.origin}${REAL_PATH}`},
    {
      label: `${generatedLabel} (${GENERATED_PATH})`,
      url: `${generatedServer.origin}${GENERATED_PATH}`,
    },
  ];
  const rows: string[][] = [];
  const budgetRows: string[][] = [];
  for (const [index, {label, url}] of cases.entries()) {
    for (const throttle of [1, THROTTLE_RATE]) {
      const cpu = throttle === 1 ? 'unthrottled' : `${throttle}× CPU throttling`;
      console.log(`${label}, ${cpu}…`);
      const queries = index === 0 ? QUERIES.real : QUERIES.generated;
      const {samples, unchanged, tiles} = await measure(browser, url, queries, throttle);
      if (samples.length < MIN_SAMPLES) throw new Error(`Only ${samples.length} samples`);
      const totals = samples.map((sample) => sample.total);
      const commits = samples.map((sample) => sample.commit);
      const [p50, p95] = [median(totals), percentile(totals, 95)];
      const budgeted = index === 1 && throttle === 1;
      rows.push([
        ...[label, String(tiles), cpu, String(samples.length), String(unchanged)],
        ...[p50, p95, Math.min(...totals), Math.max(...totals)].map(formatMs),
        `${formatMs(median(commits))} / ${formatMs(percentile(commits, 95))}`,
        budgeted ? `≤ ${BUDGET_MS} ms` : '— (informational)',
        budgeted ? `median ${verdict(p50 <= BUDGET_MS)}, p95 ${verdict(p95 <= BUDGET_MS)}` : '—',
      ]);
      for (const [name, value] of budgeted
        ? ([
            ['median', p50],
            ['p95', p95],
          ] as const)
        : []) {
        const margin = `${formatMs(Math.abs(BUDGET_MS - value))} ${value <= BUDGET_MS ? 'to spare' : 'over'}`;
        const figure = [formatMs(value), `≤ ${BUDGET_MS} ms`, verdict(value <= BUDGET_MS), margin];
        budgetRows.push([`${name}, ${label}, unthrottled`, ...figure]);
      }
    }
  }
  const headers = ['Catalog', 'Tiles', 'CPU', 'Samples', 'No change', 'Median', 'p95', 'Min'];
  await writeResultsSection(
    'catalog',
    [
      header,
      `- Real registry: ${describeBuild(realBuild)}`,
      `- Generated catalog: a site copy of the ${sources}`,
      '',
      markdownTable([...headers, 'Max', 'DOM updated, median / p95', 'Budget', 'Result'], rows),
      '',
      markdownTable(['Figure', 'Value', 'Budget', 'Result', 'Margin'], budgetRows),
      '',
      '- A sample is one keystroke: from `performance.now()` in a capturing `keydown` listener to the moment the result count (`role=status`) shows a new text and the next animation frame has run (MutationObserver on the catalog, then `requestAnimationFrame`, then `setTimeout 0`). Keystrokes wait for the previous one to settle. "DOM updated" is the time to the MutationObserver callback alone: React has rendered and committed; the rest, to the total, is style, layout and paint of the frame.',
      `- Queries are typed one key at a time, then erased with Backspace, cycling until ${TARGET_SAMPLES} samples; keystrokes that leave the count unchanged give no sample ("No change": the count has not changed ${GRACE_MS} ms, ×throttle, after the frame that follows the input event). One unrecorded query warms up first. Real registry queries: ${QUERIES.real.join(', ')}; generated: ${QUERIES.generated.join(', ')} (digits of "Generated Ledger 0001"…).`,
      `- The ${generatedLabel} are file-upload software (with varied aliases, tags, countries and reports, and a monogram logo each) written as data files in \`src/data/integrations/\` in a throw-away site copy built with \`--locale en\`; the page is the real file upload page, \`<IntegrationsList method="file-upload" />\`, which lists them with the real file-upload software. Both pages are served by nginx with the production rules; Chromium is headless, desktop viewport 1280×900.`,
      `- Throttled figures use \`Emulation.setCPUThrottlingRate\` rate ${THROTTLE_RATE} over CDP (phone-like, informational). The budget applies to the ${generatedLabel}, unthrottled.`,
    ].join('\n'),
  );
}

runBenchmark(main);
