/**
 * Terminology: checks that the docs, the UI strings and the registries' texts
 * use the terms of the glossary (`glossary.json` at the site root), with
 * textlint and `textlint-rule-terminology` (configured in `.textlintrc.json`).
 * Nothing here prints or exits; `cli.ts` gathers the files and reports.
 *
 * @module
 */
import {readFileSync} from 'node:fs';
import {isScalar, LineCounter, parseDocument, visit} from 'yaml';
import {createLinter, loadTextlintrc} from 'textlint';
import {DEFAULT_PARSE_FRONT_MATTER, parseMarkdownFile} from '@docusaurus/utils';

/** A locale of the site config that has its own entries in the glossary ("en", "fr"). */
export type GlossaryLocale = string;

/** A variant: an exact spelling, or a case-insensitive pattern and its replacement (`$1`…). */
export type Variant = string | [pattern: string, replacement: string];

/** One idea, its preferred term and the variants it replaces. */
export interface GlossaryEntry {
  preferred: string;
  meaning: string;
  variants: Variant[];
  /**
   * Where the rule applies, as paths or folders relative to the site (a
   * folder ends with `/`); everywhere when absent. Customers' pages, for a
   * term that staff pages may use.
   */
  files?: string[];
  /**
   * Files that still break a new rule and that their writers are changing:
   * their variants are listed as pending, not as errors, until the file is
   * fixed and taken off this list.
   */
  pending?: string[];
}

/** The glossary file: entries per language; a locale without entries is not checked. */
export type Glossary = Partial<Record<GlossaryLocale, GlossaryEntry[]>>;

/** A variant found in a file. */
export interface TermProblem {
  /** Relative to the site. */
  file: string;
  line: number;
  column: number;
  /** What the text says. */
  found: string;
  /** What it should say, as the rule computed it from the glossary. */
  replacement: string;
  /** The glossary's preferred term. */
  preferred: string;
}

/** True when `file` is one of `paths` or lies in one of its folders (ending with `/`). */
function inPaths(file: string, paths: readonly string[]): boolean {
  return paths.some((path) => (path.endsWith('/') ? file.startsWith(path) : file === path));
}

/** Problems sorted by what the glossary makes of them. */
export interface ScopedProblems {
  /** Variants to change now: the check fails on them. */
  errors: TermProblem[];
  /** Variants in a file the entry lists as `pending`. */
  pending: TermProblem[];
  /** `pending` files that no longer break their entry's rule: take them off the list. */
  fixed: {preferred: string; file: string}[];
}

/**
 * Applies each entry's `files` (where its rule holds) and `pending` (files
 * still being changed) to the problems the linters found.
 */
export function scopeProblems(
  problems: readonly TermProblem[],
  entries: readonly GlossaryEntry[],
): ScopedProblems {
  const byPreferred = new Map(entries.map((entry) => [entry.preferred, entry]));
  const errors: TermProblem[] = [];
  const pending: TermProblem[] = [];
  for (const problem of problems) {
    const entry = byPreferred.get(problem.preferred);
    if (entry?.files && !inPaths(problem.file, entry.files)) continue;
    if (entry?.pending && inPaths(problem.file, entry.pending)) pending.push(problem);
    else errors.push(problem);
  }
  const fixed = entries.flatMap((entry) =>
    (entry.pending ?? [])
      .filter(
        (file) =>
          !pending.some(
            (problem) => problem.preferred === entry.preferred && inPaths(problem.file, [file]),
          ),
      )
      .map((file) => ({preferred: entry.preferred, file})),
  );
  return {errors, pending, fixed};
}

/** `file:line:column: “found” → “replacement” (glossary: preferred)`. */
export function formatTermProblem(problem: TermProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: “${problem.found}” is not the glossary's term: write “${problem.replacement}” (glossary.json: ${problem.preferred})`;
}

/**
 * Reads and checks the glossary.
 *
 * @throws When it is not `{<locale>: [...]}` of entries with valid patterns; the error names the entry.
 */
export function readGlossary(path: string): Glossary {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Glossary;
  for (const [locale, entries] of Object.entries(parsed)) {
    // `$comment` and other `$` keys are notes for writers, as in a JSON Schema.
    if (locale.startsWith('$')) continue;
    if (!Array.isArray(entries)) throw new Error(`${path}: "${locale}" must be a list of entries`);
    for (const entry of entries) {
      if (typeof entry.preferred !== 'string' || !Array.isArray(entry.variants)) {
        throw new Error(`${path}: every "${locale}" entry needs "preferred" and "variants"`);
      }
      for (const key of ['files', 'pending'] as const) {
        const paths = entry[key];
        if (
          paths !== undefined &&
          !(Array.isArray(paths) && paths.every((p) => typeof p === 'string'))
        ) {
          throw new Error(
            `${path}: ${locale} "${entry.preferred}": "${key}" must be a list of paths`,
          );
        }
      }
      if (entries.filter((other) => other.preferred === entry.preferred).length > 1) {
        throw new Error(
          `${path}: ${locale} "${entry.preferred}" is the preferred term of two entries`,
        );
      }
      for (const variant of entry.variants) {
        try {
          if (Array.isArray(variant)) new RegExp(wrap(variant[0]), 'igm');
        } catch (error) {
          throw new Error(
            `${path}: ${locale} "${entry.preferred}": bad pattern ${JSON.stringify(variant[0])} (${(error as Error).message})`,
          );
        }
      }
    }
  }
  return parsed as Glossary;
}

/** Letters of French and English, for word boundaries that know accents. */
const LETTER = '[\\wÀ-ÖØ-öø-ÿŒœ]';

/** A pattern that only matches whole words, accented letters included. */
function wrap(pattern: string): string {
  return `(?<!${LETTER})(?:${pattern})(?!${LETTER})`;
}

/** The rule's terms for one language: patterns are matched as whole words. */
export function termsOf(entries: readonly GlossaryEntry[]): Variant[] {
  return entries.flatMap((entry) =>
    entry.variants.map((variant): Variant =>
      Array.isArray(variant) ? [wrap(variant[0]), variant[1]] : variant,
    ),
  );
}

function entryOf(entries: readonly GlossaryEntry[], found: string): GlossaryEntry | undefined {
  return entries.find((entry) =>
    entry.variants.some((variant) =>
      Array.isArray(variant)
        ? new RegExp(`^${wrap(variant[0])}$`, 'i').test(found)
        : variant.toLowerCase() === found.toLowerCase(),
    ),
  );
}

const MESSAGE = /^Incorrect term: “(.*)”, use “(.*)” instead$/s;

/** A linter for one language, from `.textlintrc.json` with the glossary's terms. */
export async function createTermLinter(configFile: string, entries: readonly GlossaryEntry[]) {
  const descriptor = await loadTextlintrc({configFilePath: configFile});
  const rules = (descriptor.toKernelOptions().rules ?? []).map((rule) =>
    rule.ruleId === 'terminology'
      ? {
          ...rule,
          options: {...(rule.options as object), defaultTerms: false, terms: termsOf(entries)},
        }
      : rule,
  );
  const linter = createLinter({descriptor: descriptor.shallowMerge({rules})});
  /**
   * Lints `text` as the file type of `virtualPath` (`.mdx` or `.txt`); positions
   * are shifted by `line` and, on the first line, `column` (both 1-based).
   */
  return async (
    text: string,
    file: string,
    {
      virtualPath = file,
      line = 1,
      column = 1,
    }: {virtualPath?: string; line?: number; column?: number} = {},
  ): Promise<TermProblem[]> => {
    const result = await linter.lintText(text, virtualPath);
    return result.messages.flatMap((message) => {
      const match = MESSAGE.exec(message.message);
      if (!match) return [];
      const found = match[1]!;
      return [
        {
          file,
          line: line + message.line - 1,
          column: message.line === 1 ? column + message.column - 1 : message.column,
          found,
          replacement: match[2]!,
          preferred: entryOf(entries, found)?.preferred ?? match[2]!,
        },
      ];
    });
  };
}

/** A linter of one language, as {@link createTermLinter} returns it. */
export type TermLinter = Awaited<ReturnType<typeof createTermLinter>>;

function lineAndColumn(text: string, index: number): {line: number; column: number} {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return {line, column: index - before.lastIndexOf('\n')};
}

/** Front matter fields that readers see. */
const FRONT_MATTER_TEXT = ['title', 'sidebar_label', 'description'];

/** Checks an MDX page: its text (not its code) and the readable fields of its front matter. */
export async function checkPage(
  lint: TermLinter,
  file: string,
  source: string,
): Promise<TermProblem[]> {
  const problems = await lint(source, file);
  const {frontMatter} = await parseMarkdownFile({
    filePath: file,
    fileContent: source,
    parseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
  });
  for (const key of FRONT_MATTER_TEXT) {
    const value = frontMatter[key];
    if (typeof value !== 'string') continue;
    const at = source.search(new RegExp(`^${key}:`, 'm'));
    const position = lineAndColumn(source, Math.max(0, at));
    problems.push(
      ...(await lint(value, file, {virtualPath: 'front-matter.txt', line: position.line})),
    );
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Checks the messages of a Docusaurus translation file (`{key: {message}}`). */
export async function checkTranslationFile(
  lint: TermLinter,
  file: string,
  source: string,
): Promise<TermProblem[]> {
  const entries = JSON.parse(source) as Record<string, {message?: unknown}>;
  const problems: TermProblem[] = [];
  let from = 0;
  for (const [key, {message}] of Object.entries(entries)) {
    if (typeof message !== 'string') continue;
    const keyAt = source.indexOf(JSON.stringify(key), from);
    const messageAt = source.indexOf('"message"', Math.max(0, keyAt));
    if (keyAt >= 0) from = keyAt;
    const {line} = lineAndColumn(source, Math.max(0, messageAt));
    problems.push(...(await lint(message, file, {virtualPath: 'message.txt', line})));
  }
  return problems;
}

/** Checks the `fr:` (or `en:`) texts of a YAML data file, with their lines. */
export async function checkDataFile(
  lint: TermLinter,
  locale: GlossaryLocale,
  file: string,
  source: string,
): Promise<TermProblem[]> {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, {lineCounter});
  const strings: {text: string; offset: number}[] = [];
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === locale && isScalar(pair.value)) {
        const {value, range} = pair.value;
        if (typeof value === 'string' && range) strings.push({text: value, offset: range[0]});
      }
    },
  });
  const problems: TermProblem[] = [];
  for (const {text, offset} of strings) {
    const {line, col} = lineCounter.linePos(offset);
    problems.push(...(await lint(text, file, {virtualPath: 'data.txt', line, column: col})));
  }
  return problems;
}
