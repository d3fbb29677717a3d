import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type * as z from 'zod';
import {hasGuide, logoPath, VERIFICATION_MAX_AGE_DAYS} from '../../data/integrations';
import {integrationSchema, PLACEHOLDER} from '../../data/integrations/schema';
import {troubleshootingEntrySchema} from '../../data/troubleshooting/schema';
import {guideFile, SITE_LOCALES} from './siteFiles';

/** The registries' files, named in every message so writers know which file to open. */
export const REGISTRY_FILE = 'src/data/integrations/entries.ts';
export const TROUBLESHOOTING_FILE = 'src/data/troubleshooting/entries.ts';

/** Heading ids the shared guide partials give every guide. */
export const SHARED_GUIDE_HEADINGS = [
  'before-you-start',
  'steps',
  'open-link-url',
  'select-software',
  'review-data',
  'finish',
  'troubleshooting',
  'revoke-access',
  'data-shared',
  'related',
] as const;

/** One problem in a registry, precise enough to fix without searching. */
export interface RegistryProblem {
  readonly file: string;
  readonly entry: string;
  readonly field: string;
  readonly message: string;
}

/** What validation needs to know besides the entries. */
export interface ValidationContext {
  readonly siteDir: string;
  /** YYYY-MM-DD; the build passes the real date, tests fix one. */
  readonly today: string;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`,
    )
    .join('');
}

function entryName(raw: unknown, index: number): string {
  const id = (raw as {id?: unknown} | null)?.id;
  return typeof id === 'string' && id !== '' ? id : `#${index}`;
}

/** Parses every entry, reporting schema issues and duplicate ids; returns the valid entries. */
function parseEntries<T extends {id: string}>(
  file: string,
  entries: readonly unknown[],
  schema: z.ZodType<T>,
  problems: RegistryProblem[],
): T[] {
  const seen = new Map<string, number>();
  return entries.flatMap((raw, index) => {
    const entry = entryName(raw, index);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({
          file,
          entry,
          field: formatPath(issue.path) || '(entry)',
          message: issue.message,
        });
      }
      return [];
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) {
      problems.push({
        file,
        entry,
        field: 'id',
        message: `is a duplicate: entry #${first} already uses "${parsed.data.id}"`,
      });
      return [];
    }
    seen.set(parsed.data.id, index);
    return [parsed.data];
  });
}

const headingId = /\{\/\*\s*#([a-z0-9-]+)\s*\*\/\}|\{#([a-z0-9-]+)\}/g;

/** The heading ids a guide file declares, plus those of the shared partials. */
function guideHeadingIds(source: string): Set<string> {
  const ids = new Set<string>(SHARED_GUIDE_HEADINGS);
  for (const match of source.matchAll(headingId)) ids.add((match[1] ?? match[2])!);
  return ids;
}

/** Checks both registries and the files they point at; returns every problem found. */
export function validateRegistries(
  registries: {integrations: readonly unknown[]; troubleshooting: readonly unknown[]},
  context: ValidationContext,
): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const integrations = parseEntries(
    REGISTRY_FILE,
    registries.integrations,
    integrationSchema(context.today),
    problems,
  );
  const guideSources = new Map<string, Map<string, string>>();

  // Files are checked for every entry with an id, valid or not, so that a
  // scaffolded software lists everything left to write in one build.
  const withIds = registries.integrations.filter(
    (raw): raw is {id: string; methods?: unknown} =>
      typeof (raw as {id?: unknown} | null)?.id === 'string',
  );
  for (const entry of withIds) {
    const report = (field: string, message: string) =>
      problems.push({file: REGISTRY_FILE, entry: entry.id, field, message});
    if (!existsSync(join(context.siteDir, 'static', logoPath(entry.id)))) {
      report('id', `has no logo: static${logoPath(entry.id)} does not exist (run npm run logos)`);
    }
    if (!Array.isArray(entry.methods) || !hasGuide({methods: entry.methods})) continue;
    const sources = new Map<string, string>();
    guideSources.set(entry.id, sources);
    for (const locale of SITE_LOCALES) {
      const file = guideFile(entry.id, locale);
      const absolute = join(context.siteDir, file);
      if (!existsSync(absolute)) {
        report(
          'methods',
          `lists "direct", so the ${locale} guide ${file} must exist: it is missing`,
        );
        continue;
      }
      const source = readFileSync(absolute, 'utf8');
      sources.set(locale, source);
      const placeholderLines = source
        .split('\n')
        .flatMap((line, index) => (line.includes(PLACEHOLDER) ? [index + 1] : []));
      if (placeholderLines.length > 0) {
        report(
          'methods',
          `${file}:${placeholderLines[0]} still has ${PLACEHOLDER} placeholders, at lines ${placeholderLines.join(', ')}`,
        );
      }
    }
  }

  const softwareIds = new Set(integrations.map((entry) => entry.id));
  const entries = parseEntries(
    TROUBLESHOOTING_FILE,
    registries.troubleshooting,
    troubleshootingEntrySchema(softwareIds),
    problems,
  );
  for (const entry of entries) {
    const guides = guideSources.get(entry.software);
    for (const [locale, source] of guides ?? []) {
      if (!guideHeadingIds(source).has(entry.step)) {
        problems.push({
          file: TROUBLESHOOTING_FILE,
          entry: entry.id,
          field: 'step',
          message: `"${entry.step}" is not a heading id of the ${locale} guide ${guideFile(entry.software, locale)}`,
        });
      }
    }
    if (!guides && !(SHARED_GUIDE_HEADINGS as readonly string[]).includes(entry.step)) {
      problems.push({
        file: TROUBLESHOOTING_FILE,
        entry: entry.id,
        field: 'step',
        message: `"${entry.step}" is not a heading id every guide has (${SHARED_GUIDE_HEADINGS.join(', ')})`,
      });
    }
  }
  return problems;
}

/** Direct-connection software whose guide was last checked more than the allowed days ago. */
export function staleVerifications(
  integrations: readonly {id: string; verified?: {date: string}}[],
  today: string,
): string[] {
  const dayMs = 24 * 60 * 60 * 1000;
  return integrations.flatMap(({id, verified}) => {
    if (!verified) return [];
    const age = Math.floor((Date.parse(today) - Date.parse(verified.date)) / dayMs);
    return age > VERIFICATION_MAX_AGE_DAYS
      ? [
          `entry "${id}", field "verified.date": the guide was last checked ${age} days ago (${verified.date}); check it against its sources again`,
        ]
      : [];
  });
}

/** The message that stops the build: one line per file, entry and field. */
export function formatRegistryProblems(problems: readonly RegistryProblem[]): string {
  const lines = problems.map(
    ({file, entry, field, message}) =>
      `  - ${file}: entry "${entry}", field "${field}": ${message}`,
  );
  return `Invalid registry: ${problems.length} problem(s)\n${lines.join('\n')}`;
}
