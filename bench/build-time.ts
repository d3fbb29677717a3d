/**
 * Production build of both locales, cold and warm, with Docusaurus Faster
 * (Rspack) on and off (webpack), with peak memory. Builds run in a throw-away
 * site copy with its own bundler caches, so `build/` and the project's caches
 * are left alone. One run per configuration.
 *
 *   npm run bench:build
 */
import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {projectRoot} from '../scripts/siteCopy';
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
import {createIsolatedSiteCopy} from './lib/siteCopy';

/** Budget: a cold build of both locales with Faster on. */
const COLD_BUDGET_S = 90;
const POLL_MS = 200;
const TIME_BINARY = '/usr/bin/time';
const DOCUSAURUS_BIN = join(projectRoot, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');

interface BuildMeasure {
  readonly seconds: number;
  readonly status: number | null;
  /** `/usr/bin/time -f %M`: max RSS of the largest single process of the tree, KiB. */
  readonly maxRssKiB: number;
  /** Highest sum of VmRSS over the whole process tree, sampled every POLL_MS, KiB. */
  readonly treePeakKiB: number;
  readonly treePeakProcesses: number;
  readonly samples: number;
  readonly output: string;
}

/** Parent pid of every process, from /proc/PID/stat. */
function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields resume after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended while we read.
    }
  }
  return parents;
}

function rssKiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Sum of the RSS of `root` and all its descendants, and how many processes that is. */
function treeRss(root: number): {kib: number; processes: number} {
  const parents = parentsByPid();
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents) {
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let kib = 0;
  let processes = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    kib += rssKiB(pid);
    processes++;
    queue.push(...(children.get(pid) ?? []));
  }
  return {kib, processes};
}

/** Runs `docusaurus <args>` under /usr/bin/time in the copy, polling the tree's memory. */
function measuredDocusaurus(
  siteDir: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<BuildMeasure> {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-build-time-'));
  const timeFile = join(scratch, 'time.txt');
  return new Promise((resolveBuild, reject) => {
    const started = process.hrtime.bigint();
    // detached: its own process group, so an interrupted benchmark can stop the whole build.
    const child = spawn(
      TIME_BINARY,
      ['-f', '%M', '-o', timeFile, process.execPath, DOCUSAURUS_BIN, ...args],
      {
        cwd: siteDir,
        env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env},
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      },
    );
    const stopEarly = onCleanup(() => {
      if (child.exitCode === null && child.pid) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let treePeakKiB = 0;
    let treePeakProcesses = 0;
    let samples = 0;
    const poll = () => {
      if (!child.pid) return;
      const {kib, processes} = treeRss(child.pid);
      samples++;
      if (kib > treePeakKiB) {
        treePeakKiB = kib;
        treePeakProcesses = processes;
      }
    };
    const timer = setInterval(poll, POLL_MS);
    child.once('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.once('close', (status) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const timeText = existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
      // With a failing command, time writes "Command exited with non-zero status N" first.
      const maxRssKiB = Number(timeText.trim().split('\n').pop() ?? Number.NaN);
      rmSync(scratch, {recursive: true, force: true});
      void stopEarly();
      resolveBuild({seconds, status, maxRssKiB, treePeakKiB, treePeakProcesses, samples, output});
    });
  });
}

const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;

async function main(): Promise<void> {
  if (!existsSync(TIME_BINARY)) throw new Error(`${TIME_BINARY} is missing: apt-get install time`);
  const machine = describeMachine();
  console.log(`Machine: ${machineStatus(machine)}`);
  const copy = createIsolatedSiteCopy();
  console.log(
    `Site copy: ${copy.dir} (own node_modules/.cache; build/ of the project untouched)\n`,
  );

  const rows: string[][] = [];
  const measures: BuildMeasure[] = [];
  let coldFaster: BuildMeasure | undefined;
  for (const faster of [true, false]) {
    const bundler = faster ? 'Rspack (faster on)' : 'webpack (faster off)';
    const env = {DOCUSAURUS_FASTER: String(faster)};
    const cleared = copy.docusaurus(['clear'], env);
    if (cleared.status !== 0) throw new Error(`docusaurus clear failed:\n${cleared.output}`);
    for (const kind of ['cold', 'warm'] as const) {
      console.log(`${bundler}, ${kind} build of both locales…`);
      const build = await measuredDocusaurus(copy.dir, ['build'], env);
      const bothLocales =
        existsSync(join(copy.dir, 'build/index.html')) &&
        existsSync(join(copy.dir, 'build/fr/index.html'));
      if (build.status !== 0 || !bothLocales) {
        const logFile = join(tmpdir(), `bench-build-${faster ? 'faster' : 'webpack'}-${kind}.log`);
        writeFileSync(logFile, build.output);
        throw new Error(
          `The ${kind} build (${bundler}) failed (status ${build.status}); log: ${logFile}\n` +
            build.output.split('\n').slice(-30).join('\n'),
        );
      }
      measures.push(build);
      if (faster && kind === 'cold') coldFaster = build;
      const budgeted = faster && kind === 'cold';
      rows.push([
        bundler,
        kind,
        `${build.seconds.toFixed(1)} s`,
        budgeted ? `≤ ${COLD_BUDGET_S} s` : '—',
        budgeted ? verdict(build.seconds <= COLD_BUDGET_S) : '—',
        mib(build.maxRssKiB),
        `${mib(build.treePeakKiB)} (${build.treePeakProcesses} proc.)`,
      ]);
      console.log(
        `  ${build.seconds.toFixed(1)} s, largest process ${mib(build.maxRssKiB)}, ` +
          `tree peak ${mib(build.treePeakKiB)} over ${build.treePeakProcesses} processes ` +
          `(${build.samples} samples)`,
      );
    }
  }

  const table: Table = {
    headers: [
      'Bundler',
      'Build',
      'Wall time',
      'Budget',
      'Result',
      'Max RSS, largest process',
      'Peak RSS, process tree',
    ],
    align: ['left', 'left', 'right', 'left', 'left', 'right', 'right'],
    rows,
  };
  const method = [
    'One run per configuration (cold and warm are each a single build), so expect a few seconds of noise.',
    'Cold = right after `docusaurus clear` (removes `.docusaurus/`, `build/` and `node_modules/.cache`); warm = the same build repeated at once, with the persistent bundler cache (Rspack persistent cache, webpack filesystem cache) from the cold build.',
    '`docusaurus build` builds English and French (output `build/` and `build/fr/`) in a throw-away copy of the site (`scripts/siteCopy.ts`) whose `node_modules` links to the project packages one by one but has its own `.cache`; `DOCUSAURUS_FASTER=true|false` turns `future.faster` on or off.',
    'Wall time is from spawning the command to its exit. "Largest process" is `/usr/bin/time -f %M`; "process tree" is the highest sum of `VmRSS` over the build and all its descendants, read from `/proc` every 200 ms (shared pages are counted once per process, so it over-counts a little).',
  ];

  if (measures.some((build) => build.treePeakKiB < build.maxRssKiB)) {
    method.push(
      'Where the tree peak is below the largest process, the peak was shorter than the 200 ms polling interval and the polling missed it.',
    );
  }

  console.log(`\n${textTable(table)}\n`);
  for (const line of method) console.log(line);
  if (coldFaster) {
    const margin = COLD_BUDGET_S - coldFaster.seconds;
    console.log(
      `\nCold build with Faster: ${coldFaster.seconds.toFixed(1)} s against ≤ ${COLD_BUDGET_S} s: ` +
        `${verdict(margin >= 0)} (${Math.abs(margin).toFixed(1)} s ${margin >= 0 ? 'to spare' : 'over'})`,
    );
  }

  await writeResultsSection(
    'build',
    [
      sectionHeader('Build time and memory', 'npm run bench:build', machine),
      '',
      markdownTable(table),
      '',
      ...method.map((line) => `- ${line}`),
    ].join('\n'),
  );
}

runBenchmark(main);
