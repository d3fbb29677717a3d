/**
 * Time from a keystroke in the catalog's search box to the updated list, in
 * headless Chromium, with the real registry (the built data streaming page)
 * and with 1,000 generated entries (a benchmark page built in a site copy).
 * Unthrottled, and with 4× CPU throttling as a phone-like figure.
 *
 *   npm run build && npm run bench:catalog
 */
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Browser, Page} from 'playwright-core';
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
import {
  buildTime,
  realBuildDir,
  requireBuild,
  serveBuild,
  snapshotBuild,
  sourceState,
} from './lib/server';
import {createIsolatedSiteCopy} from './lib/siteCopy';
import {formatMs, median, percentile} from './lib/stats';

const CATALOG_PATH = '/spend-insights/resources/link-software';
const BENCH_PAGE_PATH = '/bench-catalog';
const GENERATED_COUNT = 1000;
/** Budget: keystroke to updated list with 1,000 entries, unthrottled. */
const BUDGET_MS = 50;
const MIN_SAMPLES = 30;
const TARGET_SAMPLES = 40;
/**
 * A keystroke that leaves the count unchanged gives no sample: it is known
 * once the count has not changed this long after the frame that follows its
 * input event (×throttle)…
 */
const UNCHANGED_GRACE_MS = 150;
/** …or, for a key without an input event, this long after keydown (×throttle). */
const UNCHANGED_TIMEOUT_MS = 1500;
const THROTTLE_RATE = 4;
/** BENCH_CATALOG_VERBOSE=1 prints every keystroke. */
const VERBOSE = Boolean(process.env.BENCH_CATALOG_VERBOSE);

/**
 * The benchmark page written into the site copy: the real component with
 * 1,000 valid registry entries that reuse the real logos and guides (so the
 * build's broken-link check passes), with varied tags, countries and methods.
 */
const BENCH_PAGE = `import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import IntegrationsList from '@site/src/components/IntegrationsList';
import {integrations} from '@site/src/data/integrations';
import {
  EFFORT_LEVELS,
  type FileReport,
  type Integration,
  type IntegrationTag,
} from '@site/src/data/integrations/model';

const TAGS: readonly (readonly IntegrationTag[])[] = [[], ['premium'], ['on-premise'], ['premium', 'on-premise']];
const COUNTRIES: readonly (readonly string[])[] = [
  [], ['GB'], ['FR', 'BE'], ['NL', 'GB'], ['AU', 'NZ'], ['US', 'CA'], ['DE', 'AT'], ['IE', 'GB'], ['ES', 'PT'],
];
const REPORTS: readonly (readonly FileReport[])[] = [
  ['suppliers', 'bills', 'payments'],
  ['suppliers', 'bills', 'payments', 'direct-costs'],
];
const models = integrations.filter((entry) => entry.guide);

const generated: Integration[] = Array.from({length: ${GENERATED_COUNT}}, (_, index) => {
  const number = String(index + 1).padStart(4, '0');
  const model = models[index % models.length]!;
  const upload = index % 5 === 4;
  return {
    id: \`generated-ledger-\${number}\`,
    name: \`Generated Ledger \${number}\`,
    aliases: index % 3 === 0 ? [\`GL \${number}\`] : [],
    methods: upload ? ['file-upload'] : ['direct'],
    tags: TAGS[index % TAGS.length]!,
    countries: COUNTRIES[index % COUNTRIES.length]!,
    logo: model.logo,
    ...(upload
      ? {reports: REPORTS[index % REPORTS.length]!}
      : {
          effort: {minutes: 5 + (index % 12) * 5, level: EFFORT_LEVELS[index % EFFORT_LEVELS.length]!},
          guide: model.guide,
        }),
  };
});

export default function BenchCatalog(): ReactNode {
  return (
    <Layout title="Catalog benchmark" description="1,000 generated catalog entries">
      <main className="container margin-vert--lg">
        <h1>Catalog benchmark</h1>
        <IntegrationsList integrations={generated} />
      </main>
    </Layout>
  );
}
`;

/** Keystroke sequences: each query is typed, then erased with Backspace. */
const QUERIES = {
  real: ['xero', 'sage', 'quickbooks', 'netsuite', 'myob', 'exact', 'dynamics', 'zzz'],
  // Digits of the generated names: each added digit narrows the list.
  generated: ['7770', '5123', '3141', '2718', '9090', '6021', '4442', '8188'],
} as const;

/** One keystroke: to the DOM update (script), and to the frame after it (what the reader sees). */
interface Sample {
  readonly commit: number;
  readonly total: number;
}

interface Sampling {
  readonly samples: Sample[];
  unchanged: number;
  readonly tiles: number;
  keystrokes: number;
}

/** Installs the in-page probe: keydown (capturing) to count text changed + next frame + task. */
async function installProbe(page: Page, throttle: number): Promise<number> {
  const limits = {
    timeoutMs: UNCHANGED_TIMEOUT_MS * throttle,
    graceMs: UNCHANGED_GRACE_MS * throttle,
  };
  return page.evaluate(({timeoutMs, graceMs}) => {
    interface Probe {
      wait?: Promise<{commit: number; total: number} | null>;
      arm(): void;
    }
    // The catalog is the section holding the tiles (the navbar has a search box too).
    const section = document.querySelector('li[data-integration]')?.closest('section');
    const input = section?.querySelector<HTMLInputElement>('input[type="search"]');
    const count = section?.querySelector(':scope > [role="status"]');
    if (!input || !section || !count) throw new Error('No catalog search box and result count');
    let resolveSample: ((value: {commit: number; total: number} | null) => void) | undefined;
    let pending: {start: number; before: string | null; timer: number} | undefined;
    const finish = (value: {commit: number; total: number} | null) => {
      const resolve = resolveSample;
      resolveSample = undefined;
      resolve?.(value);
    };
    document.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        const probe = {start, before: count.textContent, timer: 0};
        probe.timer = window.setTimeout(() => {
          if (pending !== probe) return;
          pending = undefined;
          finish(null);
        }, timeoutMs);
        pending = probe;
      },
      true,
    );
    // React renders the input's update synchronously: a count still unchanged a
    // while after the next frame will not change.
    document.addEventListener(
      'input',
      () => {
        const probe = pending;
        requestAnimationFrame(() =>
          setTimeout(() => {
            if (!probe || pending !== probe) return;
            pending = undefined;
            window.clearTimeout(probe.timer);
            finish(null);
          }, graceMs),
        );
      },
      true,
    );
    new MutationObserver(() => {
      const probe = pending;
      if (!probe || count.textContent === probe.before) return;
      pending = undefined;
      window.clearTimeout(probe.timer);
      const commit = performance.now() - probe.start;
      requestAnimationFrame(() =>
        setTimeout(() => finish({commit, total: performance.now() - probe.start}), 0),
      );
    }).observe(section, {subtree: true, childList: true, characterData: true, attributes: true});
    const probe: Probe = {
      arm() {
        probe.wait = new Promise((resolve) => (resolveSample = resolve));
      },
    };
    (window as unknown as {catalogProbe: Probe}).catalogProbe = probe;
    input.focus();
    return section.querySelectorAll('li[data-integration]').length;
  }, limits);
}

/** Presses one key and returns the probe's figure (null when the count did not change). */
async function timedKey(page: Page, key: string, throttle: number): Promise<Sample | null> {
  await page.evaluate(() =>
    (window as unknown as {catalogProbe: {arm(): void}}).catalogProbe.arm(),
  );
  await page.keyboard.press(key);
  const figure = page.evaluate(
    () => (window as unknown as {catalogProbe: {wait: Promise<Sample | null>}}).catalogProbe.wait,
  );
  let timer: NodeJS.Timeout | undefined;
  const stuck = new Promise<never>((_, reject) => {
    timer = setTimeout(async () => {
      const state = await page
        .evaluate(() => ({
          focused: document.activeElement?.outerHTML.slice(0, 120),
          url: location.href,
        }))
        .catch((error: unknown) => ({error: String(error)}));
      reject(new Error(`No answer to key ${key} after 30 s: ${JSON.stringify(state)}`));
    }, 30_000 * throttle);
  });
  try {
    return await Promise.race([figure, stuck]);
  } finally {
    clearTimeout(timer);
  }
}

async function typeAndErase(
  page: Page,
  query: string,
  throttle: number,
  sampling: Sampling | undefined,
) {
  const keys = [...query, ...[...query].map(() => 'Backspace')];
  for (const key of keys) {
    const figure = await timedKey(page, key, throttle);
    if (VERBOSE) {
      const text = figure
        ? `${formatMs(figure.total)} (DOM at ${formatMs(figure.commit)})`
        : 'no change';
      console.log(`  ${key}: ${text}`);
    }
    if (!sampling) continue;
    sampling.keystrokes++;
    if (figure === null) sampling.unchanged++;
    else sampling.samples.push(figure);
  }
}

async function measure(
  browser: Browser,
  url: string,
  queries: readonly string[],
  throttle: number,
): Promise<Sampling> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  try {
    const page = await context.newPage();
    // tsx (esbuild keepNames) wraps named functions in __name(…): the functions passed
    // to page.evaluate need it in the page too.
    await page.addInitScript({content: 'globalThis.__name = (target) => target;'});
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, {waitUntil: 'networkidle'});
    await page.waitForSelector('html[data-has-hydrated="true"]');
    if (throttle > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', {rate: throttle});
    }
    const tiles = await installProbe(page, throttle);
    // One unrecorded query warms up the code paths.
    await typeAndErase(page, queries[0]!, throttle, undefined);
    const sampling: Sampling = {samples: [], unchanged: 0, tiles, keystrokes: 0};
    for (let round = 0; sampling.samples.length < TARGET_SAMPLES && round < 6; round++) {
      for (const query of queries) {
        if (sampling.samples.length >= TARGET_SAMPLES) break;
        await typeAndErase(page, query, throttle, sampling);
      }
    }
    if (errors.length > 0) console.warn(`Page errors on ${url}:\n  ${errors.join('\n  ')}`);
    return sampling;
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  requireBuild(realBuildDir, ['en']);
  const realBuildSnapshot = snapshotBuild();
  const machine = describeMachine();
  console.log(`Machine: ${machineStatus(machine)}`);
  console.log(`Real registry: a snapshot of build/ (${buildTime(realBuildSnapshot)})`);

  console.log(
    `Building ${BENCH_PAGE_PATH} with ${GENERATED_COUNT} generated entries in a site copy…`,
  );
  const sources = sourceState();
  console.log(`Sources of the site copy: ${sources}`);
  const copy = createIsolatedSiteCopy();
  writeFileSync(join(copy.dir, 'src/pages/bench-catalog.tsx'), BENCH_PAGE);
  const built = copy.build('en');
  if (built.status !== 0) {
    throw new Error(
      `The benchmark build failed:\n${built.output.split('\n').slice(-40).join('\n')}`,
    );
  }
  const realServer = await serveBuild(realBuildSnapshot);
  const benchServer = await serveBuild(join(copy.dir, 'build'));
  const browser = await launchChromium();
  onCleanup(() => browser.close());

  const cases = [
    {
      label: `Real registry (${CATALOG_PATH})`,
      url: `${realServer.origin}${CATALOG_PATH}`,
      queries: QUERIES.real,
      budgeted: false,
    },
    {
      label: `${GENERATED_COUNT.toLocaleString('en-US')} generated entries (${BENCH_PAGE_PATH})`,
      url: `${benchServer.origin}${BENCH_PAGE_PATH}`,
      queries: QUERIES.generated,
      budgeted: true,
    },
  ];
  const rows: string[][] = [];
  const budgetRows: string[][] = [];
  for (const {label, url, queries, budgeted} of cases) {
    for (const throttle of [1, THROTTLE_RATE]) {
      const cpu = throttle === 1 ? 'unthrottled' : `${throttle}× CPU throttling`;
      console.log(`${label}, ${cpu}…`);
      const sampling = await measure(browser, url, queries, throttle);
      if (sampling.samples.length < MIN_SAMPLES) {
        throw new Error(`Only ${sampling.samples.length} samples for ${label} (${cpu})`);
      }
      const totals = sampling.samples.map((sample) => sample.total);
      const commits = sampling.samples.map((sample) => sample.commit);
      const p50 = median(totals);
      const p95 = percentile(totals, 95);
      const checked = budgeted && throttle === 1;
      rows.push([
        label,
        String(sampling.tiles),
        cpu,
        String(sampling.samples.length),
        String(sampling.unchanged),
        formatMs(p50),
        formatMs(p95),
        formatMs(Math.min(...totals)),
        formatMs(Math.max(...totals)),
        `${formatMs(median(commits))} / ${formatMs(percentile(commits, 95))}`,
        checked ? `≤ ${BUDGET_MS} ms` : '— (informational)',
        checked ? `median ${verdict(p50 <= BUDGET_MS)}, p95 ${verdict(p95 <= BUDGET_MS)}` : '—',
      ]);
      if (checked) {
        for (const [name, value] of [
          ['median', p50],
          ['p95', p95],
        ] as const) {
          budgetRows.push([
            `${name}, ${label}, unthrottled`,
            formatMs(value),
            `≤ ${BUDGET_MS} ms`,
            verdict(value <= BUDGET_MS),
            `${formatMs(Math.abs(BUDGET_MS - value))} ${value <= BUDGET_MS ? 'to spare' : 'over'}`,
          ]);
        }
      }
    }
  }

  const table: Table = {
    headers: [
      'Catalog',
      'Tiles',
      'CPU',
      'Samples',
      'No change',
      'Median',
      'p95',
      'Min',
      'Max',
      'DOM updated, median / p95',
      'Budget',
      'Result',
    ],
    align: [
      'left',
      'right',
      'left',
      'right',
      'right',
      'right',
      'right',
      'right',
      'right',
      'right',
      'left',
      'left',
    ],
    rows,
  };
  const budgetTable: Table = {
    headers: ['Figure', 'Value', 'Budget', 'Result', 'Margin'],
    align: ['left', 'right', 'left', 'left', 'right'],
    rows: budgetRows,
  };
  const method = [
    'A sample is one keystroke: from `performance.now()` in a capturing `keydown` listener to the moment the result count (`role=status`) shows a new text and the next animation frame has run (MutationObserver on the catalog, then `requestAnimationFrame`, then `setTimeout 0`). Keystrokes wait for the previous one to settle. "DOM updated" is the time to the MutationObserver callback alone: React has rendered and committed; the rest, to the total, is style, layout and paint of the frame.',
    `Queries are typed one key at a time, then erased with Backspace, cycling until ${TARGET_SAMPLES} samples; keystrokes that leave the count unchanged give no sample ("No change": the count has not changed ${UNCHANGED_GRACE_MS} ms, ×throttle, after the frame that follows the input event). One unrecorded query warms up first. Real registry queries: ${QUERIES.real.join(', ')}; generated: ${QUERIES.generated.join(', ')} (digits of "Generated Ledger 0001"…).`,
    `The ${GENERATED_COUNT.toLocaleString('en-US')} entries (all shown: the page passes \`integrations\` with no \`method\`) come from a page \`src/pages/bench-catalog.tsx\` added to a throw-away site copy and built with \`--locale en\`; they reuse the real logos and guides, with varied tags, countries and methods. Both pages are served by nginx with the production rules; Chromium is headless, desktop viewport 1280×900.`,
    `Throttled figures use \`Emulation.setCPUThrottlingRate\` rate ${THROTTLE_RATE} over CDP (phone-like, informational). The budget applies to the ${GENERATED_COUNT.toLocaleString('en-US')}-entry catalog, unthrottled.`,
  ];

  console.log(`\n${textTable(table)}\n\n${textTable(budgetTable)}\n`);
  for (const line of method) console.log(line);

  await writeResultsSection(
    'catalog',
    [
      sectionHeader('Catalog responsiveness', 'npm run bench:catalog', machine),
      `- Real registry: a snapshot of \`build/\` (${buildTime(realBuildSnapshot)})`,
      `- Generated catalog: a site copy of the ${sources}`,
      '',
      markdownTable(table),
      '',
      markdownTable(budgetTable),
      '',
      ...method.map((line) => `- ${line}`),
    ].join('\n'),
  );
}

runBenchmark(main);
