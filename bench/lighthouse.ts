/**
 * Lighthouse CI with the committed `lighthouserc.cjs`: serves a snapshot of the
 * build with nginx, runs `lhci collect` and `lhci assert` for mobile and for
 * desktop, and writes the median scores and the budgets to bench/RESULTS.md.
 *
 *   npm run build && npm run bench:lighthouse
 */
import {spawn} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Result} from 'lighthouse';
import {projectRoot} from '../scripts/siteCopy';
import {runBenchmark} from './lib/lifecycle';
import {markdownTable, sectionHeader, verdict, writeResultsSection} from './lib/results';
import {describeBuild, serveBuild, snapshotBuild} from './lib/server';
import {median} from './lib/stats';

const RC_FILE = join(projectRoot, 'lighthouserc.cjs');
const LHCI = join(projectRoot, 'node_modules/@lhci/cli/src/cli.js');
const {pages} = createRequire(__filename)(RC_FILE) as {pages: [string, string][]};

/** One line of LHCI's `.lighthouseci/assertion-results.json`. */
interface Assertion {
  readonly url: string;
  readonly auditId: string;
  readonly auditProperty?: string;
  readonly operator: string;
  readonly expected: number;
  readonly actual: number;
  readonly passed: boolean;
}

/** Runs `lhci <command>` in `cwd` (where it keeps `.lighthouseci/`); resolves to its exit code. */
function lhci(command: string, cwd: string, env: NodeJS.ProcessEnv): Promise<number | null> {
  const args = [LHCI, command, `--config=${RC_FILE}`];
  const child = spawn(process.execPath, args, {
    cwd,
    env: {...process.env, ...env},
    stdio: 'inherit',
  });
  return new Promise((resolve, reject) => child.once('error', reject).once('close', resolve));
}

async function main(): Promise<void> {
  const header = sectionHeader('Lighthouse', 'npm run bench:lighthouse');
  const buildDir = snapshotBuild();
  const server = await serveBuild(buildDir);
  const started = Date.now();
  const rows: string[][] = [];
  const budgets = new Map<string, boolean[]>();
  const misses: string[] = [];
  let version = '';
  for (const formFactor of ['mobile', 'desktop']) {
    const dir = mkdtempSync(join(tmpdir(), `bench-lhci-${formFactor}-`));
    // Kept: its .lighthouseci/ has the reports that say which audits cost points.
    console.log(`LHCI (${formFactor}) keeps its reports in ${dir}/.lighthouseci`);
    const env = {LHCI_ORIGIN: server.origin, LHCI_FORM_FACTOR: formFactor};
    if ((await lhci('collect', dir, env)) !== 0) throw new Error(`lhci collect failed`);
    // It exits 1 when a budget is missed: the table says which.
    await lhci('assert', dir, env);
    const saved = join(dir, '.lighthouseci');
    const read = (file: string): unknown => JSON.parse(readFileSync(join(saved, file), 'utf8'));
    const files = readdirSync(saved).filter((file) => /^lhr-.*\.json$/.test(file));
    const lhrs = files.map((file) => read(file) as Result);
    const assertions = read('assertion-results.json') as Assertion[];
    for (const [index, [name, path]] of pages.entries()) {
      const runs = lhrs.filter((lhr) => lhr.requestedUrl === `${server.origin}${path}`);
      version = runs[0]?.lighthouseVersion ?? version;
      const score = (id: string) =>
        median(runs.map((run) => Math.round((run.categories[id]?.score ?? NaN) * 100)));
      const metric = (id: string) => median(runs.map((run) => run.audits[id]?.numericValue ?? NaN));
      /** The figure, with PASS or MISS where a budget applies. */
      const cell = (key: string, figure: string) => {
        const result = assertions.find(
          ({url, auditId, auditProperty}) =>
            url === runs[0]?.finalUrl && [auditId, auditProperty].filter(Boolean).join(':') === key,
        );
        if (!result) return figure;
        const budget = `${key} ${result.operator} ${result.expected}`;
        budgets.set(budget, [...(budgets.get(budget) ?? []), result.passed]);
        if (!result.passed)
          misses.push(`- MISS ${path} ${formFactor}: ${budget}, median ${result.actual}`);
        return `${figure} ${verdict(result.passed)}`;
      };
      rows[index * 2 + (formFactor === 'mobile' ? 0 : 1)] = [
        ...[name, path, formFactor],
        ...['performance', 'accessibility', 'best-practices', 'seo'].map((id) =>
          cell(`categories:${id}`, score(id).toFixed(0)),
        ),
        `${metric('largest-contentful-paint').toFixed(0)} ms`,
        `${metric('total-blocking-time').toFixed(0)} ms`,
        cell('cumulative-layout-shift', metric('cumulative-layout-shift').toFixed(4)),
      ];
    }
  }
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  const headers = ['Page', 'Path', 'Form factor', 'Perf', 'A11y (=100)', 'BP (=100)', 'SEO (=100)'];
  await writeResultsSection(
    'lighthouse',
    [
      header,
      `- Build: ${describeBuild(buildDir)}, both locales, served by nginx with the production rules at a loopback origin`,
      `- Lighthouse CI (\`@lhci/cli\`) with \`lighthouserc.cjs\`, Lighthouse ${version}, categories performance, accessibility, best-practices, seo; mobile = Lighthouse's default (simulated throttling, Moto G Power emulation), desktop = preset \`desktop\`; median of 3 runs of each score and of LCP, TBT, CLS (${rows.length * 3} runs, ${minutes} min); LHCI runs a failed run again, up to 3 attempts`,
      '',
      markdownTable([...headers, 'LCP', 'TBT', 'CLS (=0)'], rows),
      '',
      'Perf has a budget only on the data streaming page (mobile ≥ 90, desktop = 100).',
      '\n### Budgets\n',
      "The assertions of `lighthouserc.cjs`, each on the median of the runs (LHCI's `aggregationMethod: 'median'`), judged by `lhci assert`:",
      '',
      markdownTable(
        ['Budget', 'Checks', 'PASS', 'MISS'],
        [...budgets].map(([budget, passed]) => {
          const count = (pass: boolean) => String(passed.filter((p) => p === pass).length);
          return [budget, String(passed.length), count(true), count(false)];
        }),
      ),
      '',
      misses.length > 0 ? misses.join('\n') : 'Every budget passes.',
    ].join('\n'),
  );
}

runBenchmark(main);
