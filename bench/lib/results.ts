/** The machine a benchmark ran on, Markdown tables, and the sections of bench/RESULTS.md. */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {cpus, loadavg, totalmem} from 'node:os';
import {join} from 'node:path';
import * as prettier from 'prettier';
import {chromiumVersion} from '../../scripts/chromium';

export const resultsFile = join(__dirname, '..', 'RESULTS.md');

/** `PASS` or `MISS`. */
export function verdict(pass: boolean): 'PASS' | 'MISS' {
  return pass ? 'PASS' : 'MISS';
}

/**
 * A GitHub Markdown table. A column whose cells all start with a (signed) number is
 * right-aligned, so figures line up once Prettier pads the table.
 */
export function markdownTable(headers: readonly string[], rows: readonly string[][]): string {
  const numeric = (column: number) =>
    rows.every((row) => !row[column] || /^[-+]?\d/.test(row[column]!));
  const separator = headers.map((_, column) => (numeric(column) ? '---:' : '---'));
  return [headers, separator, ...rows]
    .map((cells) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`)
    .join('\n');
}

/**
 * The header every section starts with: title, command, date and machine. Read
 * when the benchmark starts, so that the load average is the one it started with.
 */
export function sectionHeader(title: string, command: string): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown';
  const memory = (totalmem() / 1024 ** 3).toFixed(1);
  return [
    `## ${title}`,
    '',
    `- Command: \`${command}\``,
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpu}, ${cpus().length} cores, ${memory} GiB RAM, Node ${process.version}, ${chromiumVersion()}`,
    `- Load average when the run started (1, 5, 15 min): ${loadavg()
      .map((load) => load.toFixed(2))
      .join(', ')} (other work on the machine skews timings)`,
  ].join('\n');
}

const preamble = `# Benchmark results

Each section below is rewritten by its own script (\`npm run bench:NAME\`), between its
\`<!-- bench:NAME:start -->\` and \`<!-- bench:NAME:end -->\` markers, so the scripts can run
separately. Figures are from the machine named in each section; they are not test results.
`;

/**
 * Prints `markdown` and puts it in place of the section `name` of
 * bench/RESULTS.md (appended if missing), formatted with the repository's
 * Prettier settings so that `prettier --check .` stays clean.
 */
export async function writeResultsSection(name: string, markdown: string): Promise<void> {
  const [start, end] = [`<!-- bench:${name}:start -->`, `<!-- bench:${name}:end -->`];
  const options = (await prettier.resolveConfig(resultsFile)) ?? {};
  const format = (text: string) => prettier.format(text, {...options, filepath: resultsFile});
  const section = (await format(markdown)).trim();
  console.log(`\n${section}\n`);
  const block = `${start}\n\n${section}\n\n${end}`;
  const current = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : preamble;
  const [from, to] = [current.indexOf(start), current.indexOf(end)];
  const next =
    from !== -1 && to > from
      ? current.slice(0, from) + block + current.slice(to + end.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(resultsFile, await format(next));
  console.log(`Updated the "${name}" section of ${resultsFile}`);
}
