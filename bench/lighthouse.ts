/**
 * Lighthouse 12 scores of the built site, served by nginx with the production
 * rules, in Debian's headless Chromium: mobile (default config, simulated
 * throttling) and desktop, median of 3 runs per page and form factor.
 *
 *   npm run build && npm run bench:lighthouse
 *
 * Environment: BENCH_LIGHTHOUSE_RUNS (default 3) and BENCH_LIGHTHOUSE_ONLY (a
 * substring of the page paths to keep) shorten a trial run.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {launch, type LaunchedChrome} from 'chrome-launcher';
import type {Config, Flags, Result} from 'lighthouse';
import {CHROMIUM_FLAGS, CHROMIUM_PATH} from '../scripts/chromium';
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
import {median} from './lib/stats';

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const ONLY = process.env.BENCH_LIGHTHOUSE_ONLY ?? '';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const SHORT: Record<Category, string> = {
  performance: 'Perf',
  accessibility: 'A11y',
  'best-practices': 'BP',
  seo: 'SEO',
};

/** The data streaming page: the catalog of software with a live connection. */
const CATALOG_PATH = '/spend-insights/resources/link-software';

const PAGES = [
  {name: 'Home', path: '/'},
  {name: 'Data streaming (catalog)', path: CATALOG_PATH},
  {name: 'Xero guide', path: '/spend-insights/integrations/xero'},
  {name: 'Key terms (plain docs)', path: '/spend-insights/guides/key-terms'},
] as const;
const LOCALES = ['en', 'fr'] as const;
type FormFactor = 'mobile' | 'desktop';
const FORM_FACTORS: readonly FormFactor[] = ['mobile', 'desktop'];

function localePath(locale: (typeof LOCALES)[number], path: string): string {
  return locale === 'en' ? path : `/fr${path}`;
}

interface FailingAudit {
  readonly category: Category;
  readonly title: string;
  readonly detail: string;
  readonly errored: boolean;
  /** Whether the audit has a weight in its category (an unweighted error costs nothing). */
  readonly scored: boolean;
}

interface RunFigures {
  readonly scores: Record<Category, number | null>;
  readonly lcp: number;
  readonly tbt: number;
  readonly cls: number;
  /** Audits that cost points: id → title and what Lighthouse says about it. */
  readonly failing: Map<string, FailingAudit>;
  readonly warnings: readonly string[];
}

/**
 * What holds a category back: weighted audits below 1, and audits that
 * errored (scored or not).
 */
function failingAudits(lhr: Result): RunFigures['failing'] {
  const failing: RunFigures['failing'] = new Map();
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit) continue;
      const errored = audit.scoreDisplayMode === 'error';
      const lost = ref.weight > 0 && audit.score !== null && audit.score < 1;
      if (!errored && !lost) continue;
      const detail = errored
        ? `error: ${audit.errorMessage ?? 'unknown'}`
        : [
            `score ${audit.score}`,
            audit.displayValue,
            audit.explanation,
            itemsSummary(audit.details),
          ]
            .filter(Boolean)
            .join('; ');
      failing.set(ref.id, {category, title: audit.title, detail, errored, scored: ref.weight > 0});
    }
  }
  return failing;
}

/** The first few offending elements or URLs of a failing audit, to say where it fails. */
function itemsSummary(details: Result['audits'][string]['details']): string {
  if (!details || !('items' in details) || !Array.isArray(details.items)) return '';
  const items = details.items as Record<string, unknown>[];
  const described = items.slice(0, 3).map((item) => {
    const node = item.node as {snippet?: string; nodeLabel?: string} | undefined;
    if (node?.snippet) return node.snippet.slice(0, 120);
    if (typeof item.url === 'string') return item.url;
    if (typeof item.description === 'string') return item.description.slice(0, 120);
    return '';
  });
  const shown = described.filter(Boolean);
  if (shown.length === 0) return '';
  return `${items.length} item(s): ${shown.join(' ; ')}`;
}

async function startChrome(): Promise<{chrome: LaunchedChrome; stop: () => Promise<void>}> {
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
    logLevel: 'silent',
    handleSIGINT: false,
  });
  const stop = onCleanup(async () => {
    const exited =
      chrome.process.exitCode === null && chrome.process.signalCode === null
        ? new Promise((resolveExit) => chrome.process.once('exit', resolveExit))
        : Promise.resolve();
    chrome.kill();
    await exited;
  });
  return {chrome, stop};
}

async function runLighthouse(url: string, formFactor: FormFactor): Promise<RunFigures> {
  const {default: lighthouse} = await import('lighthouse');
  const config: Config | undefined =
    formFactor === 'desktop'
      ? (await import('lighthouse/core/config/desktop-config.js')).default
      : undefined;
  const {chrome, stop} = await startChrome();
  try {
    const flags: Flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    };
    const result = await lighthouse(url, flags, config);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const {lhr} = result;
    if (lhr.runtimeError) {
      throw new Error(
        `Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
      );
    }
    const scores = Object.fromEntries(
      CATEGORIES.map((category) => {
        const score = lhr.categories[category]?.score;
        return [category, typeof score === 'number' ? Math.round(score * 100) : null];
      }),
    ) as Record<Category, number | null>;
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      scores,
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      failing: failingAudits(lhr),
      warnings: lhr.runWarnings,
    };
  } finally {
    await stop();
  }
}

/** Lighthouse asks to run again after a broken trace (NO_NAVSTART…): up to this many attempts. */
const ATTEMPTS = 3;

async function runWithRetries(
  url: string,
  formFactor: FormFactor,
  retried: string[],
): Promise<RunFigures> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runLighthouse(url, formFactor);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (attempt >= ATTEMPTS) throw error;
      console.log(`  attempt ${attempt} failed, running again: ${message}`);
      retried.push(
        `${new URL(url).pathname} ${formFactor}: ${message.replace(/^Lighthouse failed on \S+ /, '')}`,
      );
    }
  }
}

interface Summary {
  readonly page: string;
  readonly path: string;
  readonly locale: string;
  readonly formFactor: FormFactor;
  readonly scores: Record<Category, number | null>;
  readonly lcp: number;
  readonly tbt: number;
  readonly cls: number;
  readonly failing: Map<string, FailingAudit & {runs: number}>;
  readonly warnings: Set<string>;
}

function summarize(
  page: string,
  path: string,
  locale: string,
  formFactor: FormFactor,
  runs: readonly RunFigures[],
): Summary {
  const medianOf = (values: (number | null)[]) => {
    const present = values.filter((value): value is number => value !== null);
    return present.length === 0 ? null : median(present);
  };
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, medianOf(runs.map((run) => run.scores[category]))]),
  ) as Record<Category, number | null>;
  const failing: Summary['failing'] = new Map();
  for (const run of runs) {
    for (const [id, audit] of run.failing) {
      const seen = failing.get(id);
      failing.set(id, {...audit, runs: (seen?.runs ?? 0) + 1});
    }
  }
  return {
    page,
    path,
    locale,
    formFactor,
    scores,
    lcp: median(runs.map((run) => run.lcp)),
    tbt: median(runs.map((run) => run.tbt)),
    cls: median(runs.map((run) => run.cls)),
    failing,
    warnings: new Set(runs.flatMap((run) => run.warnings)),
  };
}

interface BudgetCheck {
  readonly what: string;
  readonly figure: string;
  readonly budget: string;
  readonly pass: boolean;
  readonly shortfall: string;
}

function budgetChecks(summary: Summary): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const where = `${summary.path} ${summary.formFactor}`;
  const scoreCheck = (category: Category, minimum: number, budget: string) => {
    const score = summary.scores[category];
    const pass = score !== null && score >= minimum;
    checks.push({
      what: `${SHORT[category]} ${where}`,
      figure: score === null ? 'n/a' : String(score),
      budget,
      pass,
      shortfall: pass || score === null ? '' : `${minimum - score} point(s)`,
    });
  };
  scoreCheck('accessibility', 100, '= 100');
  scoreCheck('best-practices', 100, '= 100');
  scoreCheck('seo', 100, '= 100');
  if (summary.path.endsWith(CATALOG_PATH)) {
    if (summary.formFactor === 'mobile') scoreCheck('performance', 90, '≥ 90');
    else scoreCheck('performance', 100, '= 100');
  }
  const clsPass = summary.cls === 0;
  checks.push({
    what: `CLS ${where}`,
    figure: summary.cls.toFixed(4),
    budget: '= 0',
    pass: clsPass,
    shortfall: clsPass ? '' : `+${summary.cls.toFixed(4)}`,
  });
  return checks;
}

/** A score cell: the figure, and PASS/MISS when a budget applies. */
function scoreCell(summary: Summary, category: Category): string {
  const score = summary.scores[category];
  if (score === null) return 'n/a';
  const check = budgetChecks(summary).find((c) => c.what.startsWith(`${SHORT[category]} `));
  return check ? `${score} ${verdict(check.pass)}` : String(score);
}

/** Failing audits grouped by audit across pages and form factors. */
function auditTables(summaries: readonly Summary[]): {costly: Table; unscoredErrors: Table} {
  const byAudit = new Map<string, {audit: FailingAudit; where: string[]; runs: number}>();
  for (const summary of summaries) {
    for (const [id, audit] of summary.failing) {
      const entry = byAudit.get(id) ?? {audit, where: [], runs: 0};
      entry.where.push(`${summary.path} ${summary.formFactor}`);
      entry.runs += audit.runs;
      entry.audit = audit;
      byAudit.set(id, entry);
    }
  }
  const combinations = summaries.length;
  const all = summaries.map((summary) => `${summary.path} ${summary.formFactor}`);
  const where = (places: readonly string[]) => {
    if (places.length === combinations) return `all ${combinations}`;
    if (places.length > combinations / 2) {
      const others = all.filter((place) => !places.includes(place));
      return `${places.length}/${combinations}, all but ${others.join(', ')}`;
    }
    return `${places.length}/${combinations}: ${places.join(', ')}`;
  };
  const entries = [...byAudit].sort(
    ([, a], [, b]) => CATEGORIES.indexOf(a.audit.category) - CATEGORIES.indexOf(b.audit.category),
  );
  const costlyRows = entries
    .filter(([, {audit}]) => audit.scored)
    .map(([id, {audit, where: places, runs}]) => [
      SHORT[audit.category],
      id,
      audit.title,
      where(places),
      `${runs}/${places.length * RUNS}`,
      audit.detail,
    ]);
  const errorRows = entries
    .filter(([, {audit}]) => !audit.scored)
    .map(([id, {audit, where: places}]) => [
      SHORT[audit.category],
      id,
      audit.title,
      where(places),
      audit.detail,
    ]);
  return {
    costly: {
      headers: ['Cat.', 'Audit', 'Title', 'Where', 'Runs', 'What Lighthouse says (one run)'],
      rows: costlyRows,
    },
    unscoredErrors: {headers: ['Cat.', 'Audit', 'Title', 'Where', 'Error'], rows: errorRows},
  };
}

function siteUrlOfBuild(buildDir: string): string {
  const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
  const canonical = /rel=["']?canonical["']? href=["']?([^"'\s>]+)/.exec(html)?.[1];
  return canonical ? new URL(canonical).origin : 'unknown';
}

async function main(): Promise<void> {
  requireBuild(realBuildDir, ['en', 'fr']);
  const machine = describeMachine();
  const buildDir = snapshotBuild();
  const server = await serveBuild(buildDir);
  const siteUrl = siteUrlOfBuild(buildDir);
  console.log(
    `Serving a snapshot of ${realBuildDir} (built for ${siteUrl}, ${buildTime(buildDir)}) at ${server.origin}`,
  );
  console.log(`Machine: ${machineStatus(machine)}`);

  const targets = LOCALES.flatMap((locale) =>
    PAGES.map((page) => ({...page, locale, path: localePath(locale, page.path)})),
  ).filter((target) => target.path.includes(ONLY));
  const total = targets.length * FORM_FACTORS.length * RUNS;
  console.log(
    `${targets.length} pages × ${FORM_FACTORS.length} form factors × ${RUNS} runs = ${total} Lighthouse runs\n`,
  );

  const started = Date.now();
  const retried: string[] = [];
  let done = 0;
  const summaries: Summary[] = [];
  for (const target of targets) {
    for (const formFactor of FORM_FACTORS) {
      const runs: RunFigures[] = [];
      for (let run = 1; run <= RUNS; run++) {
        const runStarted = Date.now();
        const figures = await runWithRetries(`${server.origin}${target.path}`, formFactor, retried);
        runs.push(figures);
        done++;
        const scores = CATEGORIES.map((c) => `${SHORT[c]} ${figures.scores[c] ?? 'n/a'}`).join(' ');
        console.log(
          `[${done}/${total}] ${target.path} ${formFactor} run ${run}/${RUNS}: ${scores}, ` +
            `LCP ${figures.lcp.toFixed(0)} ms, TBT ${figures.tbt.toFixed(0)} ms, CLS ${figures.cls.toFixed(4)} ` +
            `(${((Date.now() - runStarted) / 1000).toFixed(1)} s)`,
        );
      }
      summaries.push(summarize(target.name, target.path, target.locale, formFactor, runs));
    }
  }
  const minutes = ((Date.now() - started) / 60000).toFixed(1);

  const scoresTable: Table = {
    headers: [
      'Page',
      'Path',
      'Form factor',
      'Perf',
      'A11y (=100)',
      'BP (=100)',
      'SEO (=100)',
      'LCP',
      'TBT',
      'CLS (=0)',
    ],
    align: ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    rows: summaries.map((summary) => [
      summary.page,
      summary.path,
      summary.formFactor,
      scoreCell(summary, 'performance'),
      scoreCell(summary, 'accessibility'),
      scoreCell(summary, 'best-practices'),
      scoreCell(summary, 'seo'),
      `${summary.lcp.toFixed(0)} ms`,
      `${summary.tbt.toFixed(0)} ms`,
      `${summary.cls.toFixed(4)} ${verdict(summary.cls === 0)}`,
    ]),
  };

  const checks = summaries.flatMap(budgetChecks);
  const misses = checks.filter((check) => !check.pass);
  const budgetTable: Table = {
    headers: ['Budget', 'Checks', 'PASS', 'MISS'],
    align: ['left', 'right', 'right', 'right'],
    rows: [
      ['Accessibility = 100, every page', 'A11y'],
      ['Best practices = 100, every page', 'BP'],
      ['SEO = 100, every page', 'SEO'],
      ['Performance ≥ 90 mobile / = 100 desktop, data streaming page', 'Perf'],
      ['CLS = 0, every page', 'CLS'],
    ].map(([label, prefix]) => {
      const group = checks.filter((check) => check.what.startsWith(`${prefix} `));
      const passed = group.filter((check) => check.pass).length;
      return [label!, String(group.length), String(passed), String(group.length - passed)];
    }),
  };
  const missTable: Table = {
    headers: ['Missed budget', 'Median', 'Budget', 'Short by'],
    align: ['left', 'right', 'left', 'right'],
    rows: misses.map((check) => [check.what, check.figure, check.budget, check.shortfall]),
  };

  const {costly, unscoredErrors} = auditTables(summaries);
  const warnings = [
    ...new Set(
      summaries.flatMap((summary) => [...summary.warnings].map((w) => `${summary.path}: ${w}`)),
    ),
  ];

  console.log(`\nLighthouse 12.2.3, median of ${RUNS} run(s), ${total} runs in ${minutes} min`);
  console.log(`\n${textTable(scoresTable)}`);
  console.log(`\n${textTable(budgetTable)}`);
  if (misses.length > 0) console.log(`\n${textTable(missTable)}`);
  console.log(
    costly.rows.length > 0
      ? `\nAudits that cost points (weighted audits below 1):\n${textTable(costly)}`
      : '\nNo audit cost points.',
  );
  if (unscoredErrors.rows.length > 0) {
    console.log(
      `\nAudits Lighthouse could not run (unweighted, so no score changes):\n${textTable(unscoredErrors)}`,
    );
  }
  if (warnings.length > 0) console.log(`\nLighthouse run warnings:\n${warnings.join('\n')}`);
  if (retried.length > 0) {
    console.log(`\nRuns Lighthouse asked to repeat (not counted):\n${retried.join('\n')}`);
  }

  await writeResultsSection(
    'lighthouse',
    [
      sectionHeader('Lighthouse', 'npm run bench:lighthouse', machine),
      `- Build: a snapshot of \`build/\` (both locales, ${buildTime(buildDir)}), made for \`${siteUrl}\`, served by nginx with the production rules at a loopback origin`,
      `- Lighthouse 12.2.3, categories ${CATEGORIES.join(', ')}; mobile = default config (simulated throttling, Moto G Power emulation), desktop = \`desktop-config.js\`; median of ${RUNS} run(s) of each score and of LCP, TBT, CLS (${total} runs, ${minutes} min)`,
      '',
      markdownTable(scoresTable),
      '',
      'Perf has a budget only on the data streaming page (mobile ≥ 90, desktop = 100).',
      '',
      '### Budgets',
      '',
      markdownTable(budgetTable),
      '',
      misses.length > 0 ? markdownTable(missTable) : 'Every budget passes.',
      '',
      '### Audits that cost points',
      '',
      costly.rows.length > 0
        ? `Weighted audits scoring below 1 in any run (for performance, the metrics whose score is below 1); "Where" counts page × form factor combinations:\n\n${markdownTable(costly)}`
        : 'None.',
      ...(unscoredErrors.rows.length > 0
        ? [
            '',
            '### Audits Lighthouse could not run',
            '',
            'Unweighted diagnostics that errored; they change no score:',
            '',
            markdownTable(unscoredErrors),
          ]
        : []),
      ...(warnings.length > 0
        ? ['', '### Lighthouse run warnings', '', ...warnings.map((w) => `- ${w}`)]
        : []),
      ...(retried.length > 0
        ? [
            '',
            '### Runs repeated',
            '',
            `Lighthouse failed these runs and asked to run again; each was repeated (up to ${ATTEMPTS} attempts) and only the successful run counts:`,
            '',
            ...retried.map((line) => `- ${line}`),
          ]
        : []),
    ].join('\n'),
  );
}

runBenchmark(main);
