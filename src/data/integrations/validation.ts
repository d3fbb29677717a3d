import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import * as z from 'zod';
import {ISO_COUNTRY_CODES} from './countryCodes';
import {
  EFFORT_LEVELS,
  EFFORT_MINUTES_RANGE,
  FILE_REPORTS,
  GUIDE_DIRECTORY,
  INTEGRATION_METHODS,
  INTEGRATION_TAGS,
  guidePathFor,
} from './model';

/** Where the registry lives, named in every error so writers know which file to open. */
export const REGISTRY_FILE = 'src/data/integrations/entries.ts';

/** Marks what a scaffolded guide still needs; a guide that contains it cannot be published. */
export const GUIDE_PLACEHOLDER = 'TODO(writer)';

const PLACEHOLDER_NAMES =
  /^(todo|tbd|tbc|xxx+|name|placeholder|lorem ipsum|<.*>|new integration|software name)$/i;

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const entrySchema = z
  .object({
    id: z
      .string()
      .regex(kebabCase, 'must be kebab-case (lowercase letters, digits and single hyphens)'),
    name: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .refine((name) => !PLACEHOLDER_NAMES.test(name) && !name.includes(GUIDE_PLACEHOLDER), {
        message: 'is a placeholder: write the software name',
      }),
    aliases: z.array(z.string().trim().min(1, 'must not be empty')),
    methods: z.array(z.enum(INTEGRATION_METHODS)).min(1, 'needs at least one method'),
    tags: z.array(z.enum(INTEGRATION_TAGS)),
    countries: z.array(
      z.string().refine((code) => ISO_COUNTRY_CODES.has(code), {
        message: 'is not an ISO 3166-1 alpha-2 country code (two capital letters, such as GB)',
      }),
    ),
    effort: z
      .object({
        minutes: z
          .number()
          .int('must be a whole number of minutes')
          .min(EFFORT_MINUTES_RANGE.min, `must be at least ${EFFORT_MINUTES_RANGE.min}`)
          .max(EFFORT_MINUTES_RANGE.max, `must be at most ${EFFORT_MINUTES_RANGE.max}`),
        level: z.enum(EFFORT_LEVELS),
      })
      .optional(),
    logo: z
      .string()
      .regex(/^\/img\/logos\/[a-z0-9-]+\.(svg|png)$/, 'must be a path like /img/logos/<id>.svg'),
    guide: z.string().optional(),
    helpCenterUrl: z.url({protocol: /^https$/, error: 'must be an https:// URL'}).optional(),
    reports: z.array(z.enum(FILE_REPORTS)).optional(),
  })
  .strict();

/** One problem in the registry, precise enough to fix without searching. */
export interface RegistryProblem {
  readonly entry: string;
  readonly field: string;
  readonly message: string;
}

/** Where the validator looks for logo and guide files. */
export interface SiteLayout {
  readonly siteDir: string;
  /** Every locale but the default one: a guide must exist in each of them. */
  readonly translatedLocales: readonly string[];
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`,
    )
    .join('');
}

/** The MDX files of a guide, relative to the site: English, then each translated locale. */
export function guideFiles(
  guide: string,
  translatedLocales: readonly string[],
): {locale: string; file: string}[] {
  const docPath = guide.replace(/^\//, '');
  return [
    {locale: 'en', file: join('docs', `${docPath}.mdx`)},
    ...translatedLocales.map((locale) => ({
      locale,
      file: join('i18n', locale, 'docusaurus-plugin-content-docs', 'current', `${docPath}.mdx`),
    })),
  ];
}

/** Checks every entry, and the files it points at, and returns all problems found. */
export function validateRegistry(
  entries: readonly unknown[],
  layout: SiteLayout,
): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const seenIds = new Map<string, number>();

  entries.forEach((raw, index) => {
    const rawId = (raw as {id?: unknown} | null)?.id;
    const entryName = typeof rawId === 'string' && rawId !== '' ? rawId : `#${index}`;
    const report = (field: string, message: string) =>
      problems.push({entry: entryName, field, message});

    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        report(formatPath(issue.path) || '(entry)', issue.message);
      }
      return;
    }
    const entry = parsed.data;

    const firstIndex = seenIds.get(entry.id);
    if (firstIndex !== undefined) {
      report('id', `is a duplicate: entry #${firstIndex} already uses "${entry.id}"`);
    } else {
      seenIds.set(entry.id, index);
    }

    if (new Set(entry.tags).size !== entry.tags.length) report('tags', 'lists a tag twice');
    if (new Set(entry.countries).size !== entry.countries.length) {
      report('countries', 'lists a country twice');
    }

    if (!existsSync(join(layout.siteDir, 'static', entry.logo))) {
      report('logo', `file static${entry.logo} does not exist`);
    }

    const isDirect = entry.methods.includes('direct');
    if (isDirect && entry.effort === undefined) {
      report('effort', 'is required for direct-connection software');
    }
    if (entry.methods.includes('file-upload')) {
      const reports = entry.reports ?? [];
      if (!reports.includes('suppliers') || !reports.includes('bills')) {
        report('reports', 'must include "suppliers" and "bills" for file-upload software');
      }
    }

    if (isDirect && entry.guide === undefined) {
      report(
        'guide',
        `is required for direct-connection software (expected "${guidePathFor(entry.id)}")`,
      );
    }
    if (entry.guide !== undefined) {
      if (entry.guide !== guidePathFor(entry.id)) {
        report(
          'guide',
          `must be "${guidePathFor(entry.id)}" (guides live in ${GUIDE_DIRECTORY}/<id>)`,
        );
        return;
      }
      for (const {locale, file} of guideFiles(entry.guide, layout.translatedLocales)) {
        const absolute = join(layout.siteDir, file);
        if (!existsSync(absolute)) {
          report('guide', `the ${locale} guide ${file} is missing`);
          continue;
        }
        const placeholderLines = readFileSync(absolute, 'utf8')
          .split('\n')
          .flatMap((line, index) => (line.includes(GUIDE_PLACEHOLDER) ? [index + 1] : []));
        if (placeholderLines.length > 0) {
          report(
            'guide',
            `${file}:${placeholderLines[0]} still has ${GUIDE_PLACEHOLDER} placeholders, at lines ${placeholderLines.join(', ')}`,
          );
        }
      }
    }
  });

  return problems;
}

/** The message that stops the build: the registry file, then one line per entry and field. */
export function formatRegistryProblems(problems: readonly RegistryProblem[]): string {
  const lines = problems.map(
    ({entry, field, message}) => `  - entry "${entry}", field "${field}": ${message}`,
  );
  return `Invalid integrations registry (${REGISTRY_FILE}): ${problems.length} problem(s)\n${lines.join('\n')}`;
}
