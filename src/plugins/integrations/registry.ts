/**
 * Reads and checks the data files writers edit: the sources catalog, the
 * journey's error entries and one file per software. Every problem names the
 * file, the entry and the field, so a writer can fix it without searching.
 * Node only: the integrations plugin calls it, and so do the scripts.
 *
 * @module
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {parseDocument} from 'yaml';
import type * as z from 'zod';
import {VERIFICATION_MAX_AGE_DAYS} from '../../data/model';
import {hasGuide, logoPath} from '../../data/paths';
import {
  integrationSchema,
  journeySchema,
  PLACEHOLDER,
  sourceFingerprintsSchema,
  sourcesCatalogSchema,
  type ErrorEntry,
  type Integration,
  type LocalizedText,
  type SourceFingerprints,
  type SourceReference,
  type SourcesCatalog,
} from '../../data/schema';
import {
  DATA_FILES,
  docsDir,
  extractHeadingIds,
  guideFile,
  integrationFile,
  type SiteLocales,
} from './siteFiles';

/** One problem in a data file, precise enough to fix without searching. */
export interface RegistryProblem {
  readonly file: string;
  readonly entry: string;
  readonly field: string;
  readonly message: string;
}

/** The data files, checked. */
export interface Registry {
  /** Every software, in file name order. */
  readonly integrations: readonly Integration[];
  /** Error entries that apply to every software's journey. */
  readonly journeyErrors: readonly ErrorEntry[];
  readonly sources: SourcesCatalog;
}

/** What reading the data files found: the valid data, the problems that stop a build, and warnings. */
export interface LoadedRegistry {
  readonly registry: Registry;
  readonly problems: readonly RegistryProblem[];
  readonly warnings: readonly string[];
}

export interface LoadOptions {
  readonly site: SiteLocales;
  /** YYYY-MM-DD; the build passes the real date, tests fix one. */
  readonly today: string;
}

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`,
    )
    .join('');
}

/** Parses a YAML file; a syntax error becomes a problem with its line. */
function readYaml(
  siteDir: string,
  file: string,
  entry: string,
  problems: RegistryProblem[],
): unknown {
  const document = parseDocument(readFileSync(join(siteDir, file), 'utf8'));
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const line = error.linePos?.[0].line;
      problems.push({
        file: line ? `${file}:${line}` : file,
        entry,
        field: '(file)',
        message: `is not valid YAML: ${error.message.split('\n')[0]}`,
      });
    }
    return undefined;
  }
  return document.toJS() ?? {};
}

/** Schema issues as problems; an issue under `errors[i]` is reported on that error entry's id. */
function schemaProblems(
  file: string,
  entry: string,
  raw: unknown,
  issues: readonly z.core.$ZodIssue[],
): RegistryProblem[] {
  return issues.map((issue) => {
    const [first, second, ...rest] = issue.path;
    if (first === 'errors' && typeof second === 'number' && rest.length > 0) {
      const errorId = (raw as {errors?: {id?: unknown}[]}).errors?.[second]?.id;
      if (typeof errorId === 'string') {
        return {file, entry: errorId, field: formatPath(rest), message: issue.message};
      }
    }
    return {file, entry, field: formatPath(issue.path) || '(entry)', message: issue.message};
  });
}

/**
 * Every text that still holds the scaffold's placeholder, as schema-like issues.
 * Checked after the schema, so that an unfinished entry still gets its other
 * checks (guides, sources) and a writer sees every problem in one build.
 */
function placeholderIssues(value: unknown, path: PropertyKey[] = []): z.core.$ZodIssue[] {
  if (typeof value === 'string') {
    return value.includes(PLACEHOLDER)
      ? [{code: 'custom', path, message: `still has the ${PLACEHOLDER} placeholder`, input: value}]
      : [];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => placeholderIssues(item, [...path, index]));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => placeholderIssues(item, [...path, key]));
  }
  return [];
}

/** Schema issues of a file keyed by id (the sources catalog, the fingerprints): the id is the entry. */
function keyedProblems(
  file: string,
  whole: string,
  issues: readonly z.core.$ZodIssue[],
): RegistryProblem[] {
  return issues.map((issue) => {
    const [id, ...field] = issue.path;
    return {
      file,
      entry: String(id ?? whole),
      field: formatPath(field) || '(entry)',
      message: issue.message,
    };
  });
}

function readSources(siteDir: string, problems: RegistryProblem[]): SourcesCatalog {
  const file = DATA_FILES.sources;
  const raw = readYaml(siteDir, file, '(catalog)', problems);
  if (raw === undefined) return {};
  const parsed = sourcesCatalogSchema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...keyedProblems(file, '(catalog)', parsed.error.issues));
    return {};
  }
  const firstIdOfUrl = new Map<string, string>();
  for (const [id, source] of Object.entries(parsed.data)) {
    const first = firstIdOfUrl.get(source.url);
    if (first) {
      problems.push({
        file,
        entry: id,
        field: 'url',
        message: `is already the url of "${first}": write each page once and cite it by that id`,
      });
    } else {
      firstIdOfUrl.set(source.url, id);
    }
  }
  return parsed.data;
}

/** What was recorded of each source page; none before a writer first runs `npm run sources:record`. */
export function readSourceFingerprints(
  siteDir: string,
  problems: RegistryProblem[],
): SourceFingerprints {
  const file = DATA_FILES.sourceFingerprints;
  if (!existsSync(join(siteDir, file))) return {};
  const raw = readYaml(siteDir, file, '(fingerprints)', problems);
  if (raw === undefined) return {};
  const parsed = sourceFingerprintsSchema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...keyedProblems(file, '(fingerprints)', parsed.error.issues));
    return {};
  }
  return parsed.data;
}

function readJourney(siteDir: string, problems: RegistryProblem[]): ErrorEntry[] {
  const file = DATA_FILES.journey;
  const raw = readYaml(siteDir, file, '(journey)', problems);
  if (raw === undefined) return [];
  const parsed = journeySchema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...schemaProblems(file, '(journey)', raw, parsed.error.issues));
    return [];
  }
  problems.push(...schemaProblems(file, '(journey)', raw, placeholderIssues(raw)));
  return parsed.data.errors;
}

function readIntegrations(
  siteDir: string,
  today: string,
  problems: RegistryProblem[],
): Integration[] {
  const schema = integrationSchema(today);
  const integrations: Integration[] = [];
  const files = readdirSync(join(siteDir, DATA_FILES.integrationsDir))
    .filter((name) => name.endsWith('.yml'))
    .sort();
  for (const name of files) {
    const id = basename(name, '.yml');
    const file = integrationFile(id);
    if (!kebabCase.test(id)) {
      problems.push({
        file,
        entry: id,
        field: '(file name)',
        message:
          'must be the software id in kebab-case (lowercase letters, digits and single hyphens), then .yml',
      });
      continue;
    }
    const raw = readYaml(siteDir, file, id, problems);
    if (raw === undefined) continue;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...schemaProblems(file, id, raw, parsed.error.issues));
      continue;
    }
    problems.push(...schemaProblems(file, id, raw, placeholderIssues(raw)));
    integrations.push({id, ...parsed.data});
  }
  return integrations;
}

/** Known issues whose review-by date has passed: each may be over, or need new words. */
export function noticesDueForReview(
  integrations: readonly Pick<Integration, 'id' | 'notices'>[],
  today: string,
): string[] {
  return integrations.flatMap(({id, notices}) =>
    notices
      .filter((notice) => notice.reviewBy < today)
      .map(
        (notice) =>
          `${integrationFile(id)}: entry "${notice.id}", field "reviewBy": the notice was due for review on ${notice.reviewBy}; check it against its sources, then set a new reviewBy, an end, or remove it`,
      ),
  );
}

/** Every reader-facing text of a data file, with the entry and field it belongs to. */
function localizedTexts(
  entry: string,
  data: Pick<Integration, 'connectAs' | 'editions' | 'errors'> &
    Partial<Pick<Integration, 'notices'>>,
): {entry: string; path: string; text: LocalizedText}[] {
  const found = (owner: string, path: string, text: LocalizedText | undefined) =>
    text ? [{entry: owner, path, text}] : [];
  return [
    ...found(entry, 'connectAs', data.connectAs),
    ...found(entry, 'editions.supported', data.editions?.supported),
    ...found(entry, 'editions.unsupported', data.editions?.unsupported),
    ...data.errors.flatMap((error) => [
      ...found(error.id, 'symptom', error.symptom),
      ...found(error.id, 'cause', error.cause),
      ...found(error.id, 'fix', error.fix),
    ]),
    ...(data.notices ?? []).flatMap((notice) => found(notice.id, 'text', notice.text)),
  ];
}

/** The reference's catalog id. */
export function sourceIdOf(reference: SourceReference): string {
  return typeof reference === 'string' ? reference : reference.id;
}

/** Every source reference of an entry, each with the field that holds it. */
function sourceReferences(
  integration: Pick<Integration, 'verified' | 'source' | 'errors'> &
    Partial<Pick<Integration, 'notices'>>,
): {entry?: string; field: string; reference: SourceReference}[] {
  return factSources(integration).flatMap(({entry, field, references}) =>
    field === 'source'
      ? [{entry, field, reference: references[0]!}]
      : references.map((reference, index) => ({entry, field: `${field}[${index}]`, reference})),
  );
}

/** Each fact's list of sources: the guide's verification, the file-upload list, each error entry. */
function factSources(
  integration: Pick<Integration, 'verified' | 'source' | 'errors'> &
    Partial<Pick<Integration, 'notices'>>,
): {entry?: string; field: string; references: readonly SourceReference[]}[] {
  return [
    ...(integration.notices ?? []).map((notice) => ({
      entry: notice.id,
      field: 'sources',
      references: notice.sources,
    })),
    ...(integration.verified
      ? [{field: 'verified.sources', references: integration.verified.sources}]
      : []),
    ...(integration.source ? [{field: 'source', references: [integration.source]}] : []),
    ...integration.errors.map((error) => ({
      entry: error.id,
      field: 'sources',
      references: error.sources,
    })),
  ];
}

/**
 * Reads every data file and checks it against the schema, the sources
 * catalog, the site's locales and the files the data points at (logos,
 * guides in each locale, guide headings).
 */
export function loadRegistry(siteDir: string, {site, today}: LoadOptions): LoadedRegistry {
  const problems: RegistryProblem[] = [];
  const warnings: string[] = [];
  const sources = readSources(siteDir, problems);
  const journeyErrors = readJourney(siteDir, problems);
  const integrations = readIntegrations(siteDir, today, problems);

  // Sources: every reference names a page of the catalog.
  const dataFiles = [
    ...integrations.map((integration) => ({
      file: integrationFile(integration.id),
      entry: integration.id,
      data: integration,
    })),
    {
      file: DATA_FILES.journey,
      entry: '(journey)',
      data: {errors: journeyErrors} as Pick<
        Integration,
        'errors' | 'verified' | 'source' | 'connectAs' | 'editions'
      >,
    },
  ];
  for (const {file, entry, data} of dataFiles) {
    for (const {entry: errorId, field, reference} of sourceReferences(data)) {
      const id = sourceIdOf(reference);
      if (!(id in sources)) {
        problems.push({
          file,
          entry: errorId ?? entry,
          field,
          message: `"${id}" is not a source of ${DATA_FILES.sources}: add the page there first`,
        });
      }
    }
  }

  // Customers never see a third-party page: a fact it backs alone has no source they can check.
  for (const {file, entry, data} of dataFiles) {
    for (const {entry: errorId, field, references} of factSources(data)) {
      const kinds = references.map((reference) => sources[sourceIdOf(reference)]?.kind);
      if (kinds.length > 0 && kinds.every((kind) => kind === 'third-party')) {
        warnings.push(
          `${file}: entry "${errorId ?? entry}", field "${field}": backed only by a third-party page, which customers do not see; cite the provider's or the vendor's page`,
        );
      }
    }
  }

  // Locales: a text exists in the default locale and in every locale the data is written in.
  const texts = dataFiles.flatMap(({file, entry, data}) =>
    localizedTexts(entry, data).map((found) => ({file, ...found})),
  );
  const dataLocales = site.locales.filter(
    (locale) => locale !== site.defaultLocale && texts.some(({text}) => locale in text),
  );
  const requiredLocales = [site.defaultLocale, ...dataLocales];
  for (const {file, entry, path, text} of texts) {
    for (const locale of Object.keys(text)) {
      if (!site.locales.includes(locale)) {
        problems.push({
          file,
          entry,
          field: `${path}.${locale}`,
          message: `"${locale}" is not a locale of the site (${site.locales.join(', ')})`,
        });
      }
    }
    for (const locale of requiredLocales) {
      if (!(locale in text)) {
        problems.push({file, entry, field: `${path}.${locale}`, message: 'is missing'});
      }
    }
  }
  for (const locale of site.locales) {
    if (!requiredLocales.includes(locale)) {
      warnings.push(
        `the data files have no "${locale}" text yet: ${texts.length} texts are shown in "${site.defaultLocale}" (untranslated)`,
      );
    }
  }

  // Files the data points at, in the default locale and every locale the data is written in.
  const guideLocales = requiredLocales;
  const sharedHeadings = new Map(
    guideLocales.map((locale) => {
      const partials = join(
        siteDir,
        docsDir(locale, site),
        'spend-insights/integrations/_partials',
      );
      const ids = existsSync(partials)
        ? readdirSync(partials).flatMap((name) =>
            extractHeadingIds(readFileSync(join(partials, name), 'utf8')),
          )
        : [];
      return [locale, new Set(ids)];
    }),
  );
  const errorIds = new Map<string, string>();
  for (const {file, data} of dataFiles) {
    for (const error of data.errors) {
      const first = errorIds.get(error.id);
      if (first) {
        problems.push({
          file,
          entry: error.id,
          field: 'id',
          message: `is a duplicate: ${first} already has an error entry with this id`,
        });
      }
      errorIds.set(error.id, file);
    }
  }
  for (const error of journeyErrors) {
    for (const locale of guideLocales) {
      if (!sharedHeadings.get(locale)?.has(error.step)) {
        problems.push({
          file: DATA_FILES.journey,
          entry: error.id,
          field: 'step',
          message: `"${error.step}" is not a heading id every ${locale} guide has (${[...(sharedHeadings.get(locale) ?? [])].join(', ')})`,
        });
      }
    }
  }
  for (const integration of integrations) {
    const file = integrationFile(integration.id);
    const report = (entry: string, field: string, message: string) =>
      problems.push({file, entry, field, message});
    if (!existsSync(join(siteDir, 'static', logoPath(integration.id)))) {
      report(
        integration.id,
        '(file name)',
        `has no logo: static${logoPath(integration.id)} does not exist (run npm run logos)`,
      );
    }
    if (!hasGuide(integration)) continue;
    for (const locale of guideLocales) {
      const guide = guideFile(integration.id, locale, site);
      const absolute = join(siteDir, guide);
      if (!existsSync(absolute)) {
        report(
          integration.id,
          'methods',
          `lists "direct", so the ${locale} guide ${guide} must exist: it is missing`,
        );
        continue;
      }
      const source = readFileSync(absolute, 'utf8');
      const placeholderLines = source
        .split('\n')
        .flatMap((line, index) => (line.includes(PLACEHOLDER) ? [index + 1] : []));
      if (placeholderLines.length > 0) {
        report(
          integration.id,
          'methods',
          `${guide}:${placeholderLines[0]} still has ${PLACEHOLDER} placeholders, at lines ${placeholderLines.join(', ')}`,
        );
      }
      const headings = new Set([...extractHeadingIds(source), ...sharedHeadings.get(locale)!]);
      for (const error of integration.errors) {
        if (!headings.has(error.step)) {
          report(
            error.id,
            'step',
            `"${error.step}" is not a heading id of the ${locale} guide ${guide}`,
          );
        }
      }
    }
  }

  // A source page that changed since a writer verified it puts what cites it under review.
  const fingerprints = readSourceFingerprints(siteDir, problems);
  for (const [id, recorded] of Object.entries(fingerprints)) {
    if (!(id in sources)) {
      problems.push({
        file: DATA_FILES.sourceFingerprints,
        entry: id,
        field: '(id)',
        message: `is not a source of ${DATA_FILES.sources}: remove it or record the page under its catalog id`,
      });
    } else if (recorded.drift) {
      const citing = dataFiles.filter(({data}) =>
        sourceReferences(data).some(({reference}) => sourceIdOf(reference) === id),
      );
      for (const {file, entry} of citing) {
        warnings.push(
          `${file}: entry "${entry}": under review, source "${id}" ${recorded.drift.state} (found ${recorded.drift.checked}); verify what cites it, then run npm run sources:record -- ${id}`,
        );
      }
    }
  }

  warnings.push(...staleVerifications(integrations, today));
  warnings.push(...noticesDueForReview(integrations, today));
  return {registry: {integrations, journeyErrors, sources}, problems, warnings};
}

/** Direct-connection software whose guide was last checked more than the allowed days ago. */
export function staleVerifications(
  integrations: readonly Pick<Integration, 'id' | 'verified'>[],
  today: string,
): string[] {
  const dayMs = 24 * 60 * 60 * 1000;
  return integrations.flatMap(({id, verified}) => {
    if (!verified) return [];
    const age = Math.floor((Date.parse(today) - Date.parse(verified.date)) / dayMs);
    return age > VERIFICATION_MAX_AGE_DAYS
      ? [
          `${integrationFile(id)}: entry "${id}", field "verified.date": the guide was last checked ${age} days ago (${verified.date}); check it against its sources again`,
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
  return `Invalid data files: ${problems.length} problem(s)\n${lines.join('\n')}`;
}
