/**
 * The working tree against a base commit (the previous landing), side by side
 * in the same run, as the project's rule asks: machines differ from day to day,
 * so figures are only compared with figures taken minutes apart on the same
 * machine.
 *
 * The base is checked out with `git worktree add --detach` into a temporary
 * folder (its own `npm ci` when its package-lock.json differs, else links to
 * this project's packages); the working tree (with uncommitted changes) is
 * copied with scripts/siteCopy.ts. Both are built cold, with their own bundler
 * caches (the build time), served by nginx with their own rules and headers,
 * and measured page by page, base and work interleaved, in both locales: page
 * weight (Playwright in Chromium) and Lighthouse (mobile), median of the runs.
 *
 *   npm run bench:compare                      # base: origin/main if it exists, else HEAD
 *   npm run bench:compare -- --base a23535d --runs 3 --build-runs 2
 *   npm run bench:compare -- --pages /,/spend-insights/guides/key-terms --no-lighthouse
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {symlinkSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import type {Browser} from 'playwright-core';
import {CHROMIUM_PATH, launchChromium} from '../scripts/chromium';
import {freePort, startNginx} from '../scripts/nginxServer';
import {projectRoot} from '../scripts/siteCopy';
import {onCleanup, runBenchmark, spawnInGroup} from './lib/lifecycle';
import {markdownTable, sectionHeader, writeResultsSection} from './lib/results';
import {createIsolatedSiteCopy} from './lib/server';
import {median} from './lib/stats';

const RC_FILE = join(projectRoot, 'lighthouserc.cjs');
const LIGHTHOUSE = join(projectRoot, 'node_modules/lighthouse/cli/index.js');
const rc = createRequire(__filename)(RC_FILE) as {
  pages: [string, string][];
  ci: {collect: {settings: {chromeFlags: string}}};
};
/** After hydration and an idle network, wait this long for idle-time prefetches. */
const SETTLE_MS = 1500;

const {values: args} = parseArgs({
  options: {
    base: {type: 'string'},
    runs: {type: 'string', default: '3'},
    'build-runs': {type: 'string', default: '2'},
    pages: {type: 'string'},
    'no-lighthouse': {type: 'boolean', default: false},
  },
});

const git = (args: readonly string[], cwd = projectRoot) => {
  const result = spawnSync('git', args, {cwd, encoding: 'utf8'});
  return {ok: result.status === 0, out: (result.stdout ?? '').trim(), err: result.stderr ?? ''};
};

/** `--base`, else origin/main if it exists, else HEAD (the last commit). */
function baseRef(): string {
  if (args.base) return args.base;
  return git(['rev-parse', '--verify', '--quiet', 'origin/main^{commit}']).ok
    ? 'origin/main'
    : 'HEAD';
}

type Side = 'base' | 'work';
const SIDES: readonly Side[] = ['base', 'work'];
/** Base first on even turns, work first on odd ones. */
const order = (turn: number): readonly Side[] => (turn % 2 === 0 ? SIDES : [...SIDES].reverse());

interface Site {
  readonly dir: string;
  port: number;
  origin: string;
}

/** `node_modules` as a folder of links to the project's packages, with its own `.cache`. */
function linkPackages(siteDir: string): void {
  const modules = join(siteDir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
    if (entry !== '.cache')
      symlinkSync(join(projectRoot, 'node_modules', entry), join(modules, entry));
  }
}

/** Runs a command in `cwd`, killed (its whole process group) at clean-up; resolves to its status and output. */
function run(command: string, argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const {child, output} = spawnInGroup(command, argv, cwd, env);
  return new Promise<{status: number | null; output: string}>((resolve, reject) =>
    child.once('error', reject).once('close', (status) => resolve({status, output: output()})),
  );
}

/** A cold build (no `build/`, `.docusaurus/` or bundler cache) of both locales; its wall time in seconds. */
async function timedBuild(site: Site): Promise<number> {
  for (const dir of ['build', '.docusaurus', 'node_modules/.cache'])
    rmSync(join(site.dir, dir), {recursive: true, force: true});
  const bin = join(site.dir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  const started = process.hrtime.bigint();
  const build = await run(process.execPath, [bin, 'build'], site.dir, {
    SITE_URL: `http://127.0.0.1:${site.port}`,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (build.status !== 0 || !existsSync(join(site.dir, 'build/fr/index.html')))
    throw new Error(`The build in ${site.dir} failed (status ${build.status}):\n${build.output}`);
  return seconds;
}

type Kind = 'html' | 'js' | 'prefetch' | 'css' | 'other';
const KINDS: readonly Kind[] = ['html', 'js', 'prefetch', 'css', 'other'];
const KIND_NAMES: Record<Kind, string> = {
  html: 'HTML',
  js: 'JS run by the page',
  prefetch: 'JS prefetched only (chunks of linked pages)',
  css: 'CSS',
  other: 'other (fonts, images, JSON…)',
};

interface Weight {
  /** Per kind, then `total`: encoded bodies as served (gzip where nginx compresses). */
  readonly transferred: Record<Kind | 'total', number>;
  /** Per kind, then `total`: the same files uncompressed. */
  readonly uncompressed: Record<Kind | 'total', number>;
  /** Response headers of all the files. */
  readonly headers: number;
  readonly files: Record<Kind | 'total', number>;
}

/** Decoded size of each file, fetched once more without compression (memoized by URL). */
const decodedSizes = new Map<string, Promise<number>>();
function decodedSize(url: string): Promise<number> {
  let size = decodedSizes.get(url);
  if (!size) {
    size = fetch(url, {headers: {'accept-encoding': 'identity'}})
      .then((response) => response.arrayBuffer())
      .then((body) => body.byteLength);
    decodedSizes.set(url, size);
  }
  return size;
}

interface Received {
  readonly url: string;
  readonly resourceType: string;
  readonly contentType: string;
  readonly body: number;
  readonly headers: number;
}

function kindOf(requests: readonly Received[]): Kind {
  const types = new Set(requests.map((request) => request.resourceType));
  const contentType = requests[0]!.contentType;
  if (types.has('document') || contentType.includes('text/html')) return 'html';
  if (types.has('script')) return 'js';
  if (contentType.includes('javascript') || /\.m?js$/.test(new URL(requests[0]!.url).pathname))
    return 'prefetch';
  if (types.has('stylesheet') || contentType.includes('text/css')) return 'css';
  return 'other';
}

/**
 * Every file of a first visit (fresh context, empty cache) until hydrated, idle
 * and settled, once per URL: a chunk prefetched and then run is one file (its
 * aborted or cached request reports no body).
 */
async function pageWeight(browser: Browser, url: string): Promise<Weight> {
  const context = await browser.newContext({
    extraHTTPHeaders: {'accept-encoding': 'gzip'},
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const pending: Promise<Received | undefined>[] = [];
  page.on('requestfinished', (request) =>
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return undefined;
        const sizes = await request.sizes();
        return {
          url: request.url(),
          resourceType: request.resourceType(),
          contentType: response.headers()['content-type'] ?? '',
          body: Math.max(0, sizes.responseBodySize),
          headers: sizes.responseHeadersSize,
        };
      })(),
    ),
  );
  page.on('requestfailed', (request) => console.warn(`Failed: ${request.url()} on ${url}`));
  await page.goto(url, {waitUntil: 'networkidle'});
  await page.waitForSelector('html[data-has-hydrated="true"]', {timeout: 30_000}).catch(() => {
    console.warn(`${url} did not hydrate within 30 s`);
  });
  await page.waitForTimeout(SETTLE_MS);
  await page.waitForLoadState('networkidle');
  const received = (await Promise.all(pending)).filter((file) => file !== undefined);
  await context.close();
  const byUrl = new Map<string, Received[]>();
  for (const request of received)
    byUrl.set(request.url, [...(byUrl.get(request.url) ?? []), request]);
  const empty = () => ({html: 0, js: 0, prefetch: 0, css: 0, other: 0, total: 0});
  const [transferred, uncompressed, files] = [empty(), empty(), empty()];
  let headers = 0;
  for (const [fileUrl, requests] of byUrl) {
    const kind = kindOf(requests);
    // The request that brought the body (the largest); the others were aborted or cached.
    const main = requests.reduce((a, b) => (b.body > a.body ? b : a));
    const decoded = await decodedSize(fileUrl);
    headers += main.headers;
    for (const key of [kind, 'total'] as const) {
      transferred[key] += main.body;
      uncompressed[key] += decoded;
      files[key] += 1;
    }
  }
  return {transferred, uncompressed, headers, files};
}

interface LighthouseFigures {
  readonly performance: number;
  readonly lcp: number;
  readonly tbt: number;
  /** All main-thread work of the load, TBT's raw material: less subject to where a 50 ms cut falls. */
  readonly mainThread: number;
  /** Of which script evaluation, parsing and compiling. */
  readonly scriptTime: number;
  readonly bytes: number;
  readonly cls: number;
}

/** Attempts per Lighthouse run: a run that fails (NO_NAVSTART…) is run again, as LHCI does. */
const LIGHTHOUSE_ATTEMPTS = 3;
let lighthouseRetries = 0;

/** One Lighthouse run (its CLI, mobile default as in lighthouserc.cjs), performance category only. */
async function lighthouse(url: string, outDir: string, index: number): Promise<LighthouseFigures> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouseOnce(url, join(outDir, `lhr-${index}-${attempt}.json`));
    } catch (error) {
      if (attempt >= LIGHTHOUSE_ATTEMPTS) throw error;
      lighthouseRetries++;
      console.warn(`${error instanceof Error ? error.message : error}\nRunning it again…`);
    }
  }
}

async function lighthouseOnce(url: string, output: string): Promise<LighthouseFigures> {
  const result = await run(
    process.execPath,
    [
      LIGHTHOUSE,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      '--only-categories=performance',
      `--chrome-flags=${rc.ci.collect.settings.chromeFlags}`,
    ],
    projectRoot,
    {CHROME_PATH: CHROMIUM_PATH},
  );
  if (result.status !== 0 || !existsSync(output))
    throw new Error(`Lighthouse failed on ${url} (status ${result.status}):\n${result.output}`);
  const lhr = JSON.parse(readFileSync(output, 'utf8')) as {
    runtimeError?: {message: string};
    categories: {performance?: {score: number | null}};
    audits: Record<string, {numericValue?: number} | undefined>;
  };
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    mainThread: metric('mainthread-work-breakdown'),
    scriptTime: metric('bootup-time'),
    bytes: metric('total-byte-weight'),
    cls: metric('cumulative-layout-shift'),
  };
}

/** What a measure shows: a number per sample, and how to print it. */
interface Measure<T> {
  readonly title: string;
  readonly value: (sample: T) => number;
  readonly format: (value: number) => string;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text);

/** One table: page | path | base | work | Δ (work − base) | Δ %, from the medians of the samples. */
function comparisonTable<T>(
  measure: Measure<T>,
  pages: readonly [string, string][],
  samples: Map<string, Record<Side, T[]>>,
): string {
  const rows = pages.map(([name, path]) => {
    const sides = samples.get(path);
    const [base, work] = SIDES.map((side) => median((sides?.[side] ?? []).map(measure.value)));
    const delta = work! - base!;
    const percent = base === 0 ? '' : `${signed((100 * (delta / base!)).toFixed(1), delta)} %`;
    const deltaText = measure.format(delta).replace(/^-?0(\.0+)?( |$)/, '0$2');
    return [
      name,
      path,
      measure.format(base!),
      measure.format(work!),
      signed(deltaText, delta),
    ].concat(percent);
  });
  return [
    `\n#### ${measure.title}\n`,
    markdownTable(['Page', 'Path', 'Base', 'Work', 'Δ', 'Δ %'], rows),
  ].join('\n');
}

async function main(): Promise<void> {
  const runs = Number(args.runs);
  const buildRuns = Number(args['build-runs']);
  if (!(runs >= 1 && buildRuns >= 1)) throw new Error('--runs and --build-runs must be ≥ 1');
  const command = ['npm run bench:compare', ...(process.argv.length > 2 ? ['--'] : [])]
    .concat(process.argv.slice(2))
    .join(' ');
  const header = sectionHeader('Base against working tree', command);

  const ref = baseRef();
  const baseSha = git(['rev-parse', '--verify', `${ref}^{commit}`]);
  if (!baseSha.ok) throw new Error(`Unknown base ${ref}: ${baseSha.err}`);
  const short = (sha: string) => sha.slice(0, 7);
  const headSha = git(['rev-parse', 'HEAD']).out;
  const dirty = git(['status', '--porcelain']).out.split('\n').filter(Boolean).length;

  // The base: a detached worktree with its own packages.
  const baseDir = mkdtempSync(join(tmpdir(), 'bench-compare-base-'));
  rmSync(baseDir, {recursive: true});
  const added = git(['worktree', 'add', '--detach', baseDir, baseSha.out]);
  if (!added.ok) throw new Error(`git worktree add failed: ${added.err}`);
  onCleanup(() => {
    git(['worktree', 'remove', '--force', '--force', baseDir]);
    rmSync(baseDir, {recursive: true, force: true});
    git(['worktree', 'prune']);
  });
  const lock = (dir: string) => readFileSync(join(dir, 'package-lock.json'), 'utf8');
  let packages: string;
  if (lock(baseDir) === lock(projectRoot)) {
    linkPackages(baseDir);
    packages = 'same package-lock.json as the working tree: links to its packages';
  } else {
    console.log(`The base's package-lock.json differs: npm ci in ${baseDir}…`);
    const started = Date.now();
    const installed = await run(
      'npm',
      ['ci', '--no-audit', '--no-fund', '--prefer-offline'],
      baseDir,
    );
    if (installed.status !== 0) throw new Error(`npm ci of the base failed:\n${installed.output}`);
    packages = `its own \`npm ci\` (package-lock.json differs; ${((Date.now() - started) / 1000).toFixed(0)} s)`;
  }

  // The working tree, uncommitted changes included, in a copy with its own bundler cache.
  const workCopy = createIsolatedSiteCopy();
  const sites: Record<Side, Site> = {
    base: {dir: baseDir, port: await freePort(), origin: ''},
    work: {dir: workCopy.dir, port: 0, origin: ''},
  };
  // Another free port, different from the first (nothing listens on either yet).
  do sites.work.port = await freePort();
  while (sites.work.port === sites.base.port);

  const buildTimes: Record<Side, number[]> = {base: [], work: []};
  for (let turn = 0; turn < buildRuns; turn++) {
    for (const side of order(turn)) {
      console.log(`Build ${turn + 1}/${buildRuns}: ${side}…`);
      buildTimes[side].push(await timedBuild(sites[side]));
      console.log(`  ${buildTimes[side].at(-1)!.toFixed(1)} s`);
    }
  }

  for (const side of SIDES) {
    const site = sites[side];
    const rulesDir = existsSync(join(site.dir, 'deploy/nginx'))
      ? join(site.dir, 'deploy/nginx')
      : join(projectRoot, 'deploy/nginx');
    const server = await startNginx({buildDir: join(site.dir, 'build'), port: site.port, rulesDir});
    onCleanup(() => server.stop());
    site.origin = server.origin;
  }

  const wanted = args.pages?.split(',').map((path) => path.trim());
  const pages = rc.pages.filter(
    ([, path]) => !wanted || wanted.includes(path) || wanted.includes(path.replace(/^\/fr/, '')),
  );
  if (pages.length === 0) throw new Error(`No page of lighthouserc.cjs matches --pages`);
  const fresh = <T>() =>
    new Map(pages.map(([, path]) => [path, {base: [], work: []}])) as Map<
      string,
      Record<Side, T[]>
    >;

  const weights = fresh<Weight>();
  const browser = await launchChromium();
  onCleanup(() => browser.close());
  for (let turn = 0; turn < runs; turn++) {
    for (const [index, [, path]] of pages.entries()) {
      for (const side of order(turn + index)) {
        const weight = await pageWeight(browser, `${sites[side].origin}${path}`);
        weights.get(path)![side].push(weight);
      }
    }
    console.log(`Page weight: run ${turn + 1}/${runs} done`);
  }
  await browser.close();

  const scores = fresh<LighthouseFigures>();
  const lighthouseDir = mkdtempSync(join(tmpdir(), 'bench-compare-lighthouse-'));
  const started = Date.now();
  if (!args['no-lighthouse']) {
    console.log(`Lighthouse reports: ${lighthouseDir}`);
    let count = 0;
    for (let turn = 0; turn < runs; turn++) {
      for (const [index, [, path]] of pages.entries()) {
        for (const side of order(turn + index)) {
          const figures = await lighthouse(`${sites[side].origin}${path}`, lighthouseDir, count++);
          scores.get(path)![side].push(figures);
          console.log(`Lighthouse ${side} ${path}: ${JSON.stringify(figures)}`);
        }
      }
    }
  }
  const minutes = ((Date.now() - started) / 60000).toFixed(1);

  const weightMeasures: Measure<Weight>[] = [
    {
      title: 'Transferred (bodies as served), all files',
      value: (w) => w.transferred.total,
      format: kib,
    },
    ...KINDS.map((kind) => ({
      title: `Transferred, ${KIND_NAMES[kind]}`,
      value: (w: Weight) => w.transferred[kind],
      format: kib,
    })),
    {title: 'Response headers, all files', value: (w) => w.headers, format: kib},
    {title: 'Uncompressed, all files', value: (w) => w.uncompressed.total, format: kib},
    ...(['js', 'prefetch', 'css'] as const).map((kind) => ({
      title: `Uncompressed, ${KIND_NAMES[kind]}`,
      value: (w: Weight) => w.uncompressed[kind],
      format: kib,
    })),
    {title: 'JS files run by the page', value: (w) => w.files.js, format: (n) => n.toFixed(0)},
    {
      title: 'JS files prefetched only',
      value: (w) => w.files.prefetch,
      format: (n) => n.toFixed(0),
    },
    {title: 'Files (distinct URLs)', value: (w) => w.files.total, format: (n) => n.toFixed(0)},
  ];
  const lighthouseMeasures: Measure<LighthouseFigures>[] = [
    {
      title: 'Lighthouse performance score (mobile)',
      value: (s) => s.performance,
      format: (n) => n.toFixed(0),
    },
    {title: 'Largest Contentful Paint (mobile, simulated)', value: (s) => s.lcp, format: ms},
    {title: 'Total Blocking Time (mobile, simulated)', value: (s) => s.tbt, format: ms},
    {
      // TBT counts only what each task lasts beyond 50 ms: one task splitting or
      // merging from run to run moves it by a hundred ms. The work behind it moves less.
      title: 'Main-thread work (mobile, 4× CPU slowdown)',
      value: (s) => s.mainThread,
      format: ms,
    },
    {
      title: 'JavaScript execution time (mobile, 4× CPU slowdown)',
      value: (s) => s.scriptTime,
      format: ms,
    },
    {title: 'Cumulative Layout Shift (mobile)', value: (s) => s.cls, format: (n) => n.toFixed(4)},
    {
      // The weight the issue measured, at a phone's viewport: no sidebar, so no
      // prefetch of the sidebar's links, unlike the desktop-sized page weight above.
      title:
        'Total byte weight (mobile, Lighthouse: every file transferred with its headers, prefetches included)',
      value: (s) => s.bytes,
      format: kib,
    },
  ];
  const buildRow = (side: Side) => `${median(buildTimes[side]).toFixed(1)} s`;
  const buildDelta = median(buildTimes.work) - median(buildTimes.base);

  await writeResultsSection(
    'compare',
    [
      header,
      `- Base: \`${ref}\` = ${short(baseSha.out)} (${git(['log', '-1', '--format=%s', baseSha.out]).out.slice(0, 100)}), checked out with \`git worktree add --detach\`, packages: ${packages}`,
      `- Work: the working tree at HEAD ${short(headSha)}${dirty > 0 ? ` with uncommitted changes (${dirty} path(s) in \`git status\`)` : ', no uncommitted change'}, copied with \`scripts/siteCopy.ts\``,
      `- Each side built cold (no \`build/\`, \`.docusaurus/\` or bundler cache) with \`SITE_URL=http://127.0.0.1:<its port>\`, served by nginx with its own \`deploy/nginx\` rules and, if its build writes one, its own \`nginx-headers.conf\``,
      `- Runs interleaved base/work, the order alternating from page to page and run to run; every figure is the median of ${runs} run(s) per side${args['no-lighthouse'] ? '; Lighthouse skipped (`--no-lighthouse`)' : ` (Lighthouse: ${pages.length * runs * 2} runs, ${minutes} min)`}; Δ = work − base`,
      '\n### Build (cold, both locales)\n',
      markdownTable(
        ['Measure', 'Base', 'Work', 'Δ', 'Δ %'],
        [
          [
            `Wall time, median of ${buildRuns} build(s) each`,
            buildRow('base'),
            buildRow('work'),
            `${signed(buildDelta.toFixed(1), buildDelta)} s`,
            `${signed(((100 * buildDelta) / median(buildTimes.base)).toFixed(1), buildDelta)} %`,
          ],
        ],
      ),
      '\n### Page weight\n',
      `Each page loaded in Chromium (Playwright, fresh context: empty cache, \`accept-encoding: gzip\`, its default 1280 × 720 viewport: the desktop layout, whose sidebar links are prefetched) until hydrated and the network idle, then ${SETTLE_MS} ms more for link prefetches, which are counted (their number varies with timing). Each URL counts once (a chunk prefetched, then run, is one file). Transferred = body bytes as served (gzip where nginx compresses), from \`request.sizes()\`; response headers apart (the security headers are on every response); uncompressed = the same URL fetched again without compression. "JS run by the page" = requested as a script; "prefetched only" = JavaScript that Docusaurus prefetches for links in view and the page does not run.`,
      ...weightMeasures.map((measure) => comparisonTable(measure, pages, weights)),
      ...(args['no-lighthouse']
        ? []
        : [
            '\n### Lighthouse\n',
            `Lighthouse CLI (the project's 12.2.3), mobile default (simulated throttling, Moto G Power emulation) with the Chromium flags of \`lighthouserc.cjs\`, performance category only, one Chromium per run; a failed run is run again, up to ${LIGHTHOUSE_ATTEMPTS} attempts (${lighthouseRetries} retried in this run).`,
            ...lighthouseMeasures.map((measure) => comparisonTable(measure, pages, scores)),
          ]),
    ].join('\n'),
  );
}

runBenchmark(main);
