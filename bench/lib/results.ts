/** Machine description, tables for the console and Markdown, and bench/RESULTS.md sections. */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {cpus, loadavg, totalmem} from 'node:os';
import {join, resolve} from 'node:path';
import * as prettier from 'prettier';
import {chromiumVersion} from '../../scripts/chromium';

export const resultsFile = join(resolve(__dirname, '..'), 'RESULTS.md');

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly chromium: string;
  /** 1, 5 and 15 min load averages when the benchmark started. */
  readonly loadAverage: readonly number[];
}

export function describeMachine(): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: totalmem() / 1024 ** 3,
    node: process.version,
    chromium: chromiumVersion(),
    loadAverage: loadavg(),
  };
}

export function loadText(machine: Machine): string {
  return machine.loadAverage.map((load) => load.toFixed(2)).join(', ');
}

export function machineLine(machine: Machine): string {
  return (
    `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB.toFixed(1)} GiB RAM, ` +
    `Node ${machine.node}, ${machine.chromium}`
  );
}

/** The machine line plus the load average, for the console. */
export function machineStatus(machine: Machine): string {
  return `${machineLine(machine)}; load average ${loadText(machine)}`;
}

/** `PASS` or `MISS`. */
export function verdict(pass: boolean): 'PASS' | 'MISS' {
  return pass ? 'PASS' : 'MISS';
}

/** A figure with its budget: `97 (budget ≥ 90: PASS)`. */
export function withBudget(figure: string, budget: string, pass: boolean): string {
  return `${figure} (budget ${budget}: ${verdict(pass)})`;
}

export type Align = 'left' | 'right';

export interface Table {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Per column; numbers read best right-aligned. Defaults to left. */
  readonly align?: readonly Align[];
}

/** A fixed-width table for the console. */
export function textTable({headers, rows, align = []}: Table): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        align[column] === 'right' ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  return [
    line(headers),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

/** The same table in GitHub Markdown. */
export function markdownTable({headers, rows, align = []}: Table): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const separator = headers.map((_, column) => (align[column] === 'right' ? '---:' : '---'));
  return [headers, separator, ...rows]
    .map((cells) => `| ${cells.map(escape).join(' | ')} |`)
    .join('\n');
}

const preamble = `# Benchmark results

Each section below is rewritten by its own script (\`npm run bench:NAME\`), between its
\`<!-- bench:NAME:start -->\` and \`<!-- bench:NAME:end -->\` markers, so the scripts can run
separately. Figures are from the machine named in each section; they are not test results.
`;

/**
 * Replaces (or appends) the section `name` of bench/RESULTS.md with
 * `markdown`, then formats the file with the repository's Prettier settings
 * so that `npm run lint` (prettier --check .) stays clean.
 */
export async function writeResultsSection(name: string, markdown: string): Promise<void> {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const current = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : preamble;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from !== -1 && to > from
      ? current.slice(0, from) + block + current.slice(to + end.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  const options = (await prettier.resolveConfig(resultsFile)) ?? {};
  writeFileSync(resultsFile, await prettier.format(next, {...options, filepath: resultsFile}));
  console.log(`\nUpdated the "${name}" section of ${resultsFile}`);
}

/** The header every section starts with: title, date and machine. */
export function sectionHeader(title: string, command: string, machine: Machine): string {
  return [
    `## ${title}`,
    '',
    `- Command: \`${command}\``,
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${machineLine(machine)}`,
    `- Load average when the run started (1, 5, 15 min): ${loadText(machine)} (other work on the machine skews timings)`,
  ].join('\n');
}
