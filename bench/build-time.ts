/**
 * Production build of both locales, cold and warm, with Docusaurus Faster
 * (Rspack) on and off (webpack), with peak memory. Builds run in a throw-away
 * site copy with its own bundler caches, so `build/` and the project's caches
 * are left alone. One run per configuration.
 *
 *   npm run bench:build
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {projectRoot} from '../scripts/siteCopy';
import {runBenchmark, spawnInGroup} from './lib/lifecycle';
import {markdownTable, sectionHeader, verdict, writeResultsSection} from './lib/results';
import {createIsolatedSiteCopy} from './lib/server';

/** Budget: a cold build of both locales with Faster on. */
const COLD_BUDGET_S = 90;
const POLL_MS = 200;
const TIME_BINARY = '/usr/bin/time';
const DOCUSAURUS = [
  process.execPath,
  join(projectRoot, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'),
];

/** Sum of the RSS of `root` and all its descendants, and how many processes that is. */
function treeRss(root: number): {kib: number; processes: number} {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    // A process that ends while we read counts for nothing.
    const status = readStatus(`/proc/${pid}/status`);
    const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? -1);
    children.set(parent, [...(children.get(parent) ?? []), Number(pid)]);
    rss.set(Number(pid), Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0));
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return {kib: tree.reduce((sum, pid) => sum + (rss.get(pid) ?? 0), 0), processes: tree.length};
}

function readStatus(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Runs `docusaurus build` under /usr/bin/time in the copy, polling the memory of
 * its process tree: `maxRssKiB` is time's `%M`, the largest single process;
 * `treePeakKiB` the highest sum over the tree.
 */
function measuredBuild(siteDir: string, env: NodeJS.ProcessEnv) {
  const timeFile = join(siteDir, 'time.txt');
  const started = process.hrtime.bigint();
  const {child, output} = spawnInGroup(
    TIME_BINARY,
    ['-f', '%M', '-o', timeFile, ...DOCUSAURUS, 'build'],
    siteDir,
    env,
  );
  let [treePeakKiB, treePeakProcesses] = [0, 0];
  const timer = setInterval(() => {
    const {kib, processes} = child.pid ? treeRss(child.pid) : {kib: 0, processes: 0};
    if (kib > treePeakKiB) [treePeakKiB, treePeakProcesses] = [kib, processes];
  }, POLL_MS);
  return new Promise<{seconds: number; status: number | null; maxRssKiB: number}>(
    (resolve, reject) => {
      child.once('error', reject);
      child.once('close', (status) => {
        clearInterval(timer);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        // With a failing command, time writes "Command exited with non-zero status N" first.
        const maxRssKiB = Number(readStatus(timeFile).trim().split('\n').pop());
        resolve({seconds, status, maxRssKiB});
      });
    },
  ).then((figures) => ({...figures, treePeakKiB, treePeakProcesses, output: output()}));
}

const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;

async function main(): Promise<void> {
  if (!existsSync(TIME_BINARY)) throw new Error(`${TIME_BINARY} is missing: apt-get install time`);
  const header = sectionHeader('Build time and memory', 'npm run bench:build');
  const copy = createIsolatedSiteCopy();
  const rows: string[][] = [];
  let missedPeak = false;
  for (const faster of [true, false]) {
    const bundler = faster ? 'Rspack (faster on)' : 'webpack (faster off)';
    const env = {DOCUSAURUS_FASTER: String(faster)};
    const cleared = copy.docusaurus(['clear'], env);
    if (cleared.status !== 0) throw new Error(`docusaurus clear failed:\n${cleared.output}`);
    for (const kind of ['cold', 'warm'] as const) {
      console.log(`${bundler}, ${kind} build of both locales…`);
      const build = await measuredBuild(copy.dir, env);
      if (build.status !== 0 || !existsSync(join(copy.dir, 'build/fr/index.html'))) {
        const log = join(tmpdir(), `bench-build-${faster ? 'faster' : 'webpack'}-${kind}.log`);
        writeFileSync(log, build.output);
        throw new Error(
          `The ${kind} build (${bundler}) failed (status ${build.status}); log: ${log}`,
        );
      }
      missedPeak ||= build.treePeakKiB < build.maxRssKiB;
      const budgeted = faster && kind === 'cold';
      rows.push([
        ...[bundler, kind, `${build.seconds.toFixed(1)} s`],
        budgeted ? `≤ ${COLD_BUDGET_S} s` : '—',
        budgeted ? verdict(build.seconds <= COLD_BUDGET_S) : '—',
        mib(build.maxRssKiB),
        `${mib(build.treePeakKiB)} (${build.treePeakProcesses} proc.)`,
      ]);
    }
  }
  const headers = ['Bundler', 'Build', 'Wall time', 'Budget', 'Result'];
  await writeResultsSection(
    'build',
    [
      header,
      '',
      markdownTable([...headers, 'Max RSS, largest process', 'Peak RSS, process tree'], rows),
      '',
      '- One run per configuration (cold and warm are each a single build), so expect a few seconds of noise.',
      '- Cold = right after `docusaurus clear` (removes `.docusaurus/`, `build/` and `node_modules/.cache`); warm = the same build repeated at once, with the persistent bundler cache (Rspack persistent cache, webpack filesystem cache) from the cold build.',
      '- `docusaurus build` builds English and French (output `build/` and `build/fr/`) in a throw-away copy of the site (`scripts/siteCopy.ts`) whose `node_modules` links to the project packages one by one but has its own `.cache`; `DOCUSAURUS_FASTER=true|false` turns `future.faster` on or off.',
      `- Wall time is from spawning the command to its exit. "Largest process" is \`/usr/bin/time -f %M\`; "process tree" is the highest sum of \`VmRSS\` over the build and all its descendants, read from \`/proc\` every ${POLL_MS} ms (shared pages are counted once per process, so it over-counts a little).`,
      missedPeak
        ? `- Where the tree peak is below the largest process, the peak was shorter than the ${POLL_MS} ms polling interval and the polling missed it.`
        : '',
    ].join('\n'),
  );
}

runBenchmark(main);
