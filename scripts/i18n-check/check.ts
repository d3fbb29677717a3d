/**
 * The translation checker's logic: compares the English site with one of its
 * translations (each locale of the site config but the default one) and lists
 * what a writer still has to do. Nothing here prints or
 * exits; `cli.ts` gathers the inputs and reports.
 *
 * @module
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER, parseMarkdownFile} from '@docusaurus/utils';
import {i18n} from '../../docusaurus.config';
import {integrationIdOfDoc} from '../../src/data/paths';
import {
  docsDir,
  DOCS_TRANSLATION_FILE,
  extractHeadingIds,
  PLUGIN_NAME,
  translationFile,
  type SiteLocales,
} from '../../src/plugins/integrations/siteFiles';

/** Where the English docs live, relative to the site. */
export const ENGLISH_DOCS_DIR = docsDir(i18n.defaultLocale, i18n);

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], {type: 'language', fallback: 'code'});

/** The English name of a locale's language, for messages ("French", "German"). */
export function languageName(locale: string): string {
  return LANGUAGE_NAMES.of(locale) ?? locale;
}

/** The translation files checked key by key, relative to `i18n/<locale>/`. */
export const TRANSLATION_FILES = [
  'code.json',
  'docusaurus-theme-classic/navbar.json',
  'docusaurus-theme-classic/footer.json',
  DOCS_TRANSLATION_FILE,
  `${PLUGIN_NAME}/guides.json`,
] as const;

/** One of {@link TRANSLATION_FILES}. */
export type TranslationFileName = (typeof TRANSLATION_FILES)[number];

/** One entry of a Docusaurus translation file. */
export interface TranslationEntry {
  message: string;
  description?: string;
}

/** A Docusaurus translation file: `{key: {message, description?}}`. */
export type TranslationMap = Record<string, TranslationEntry>;

/** The translation files of one locale; a file that does not exist is absent. */
export type TranslationFiles = Partial<Record<TranslationFileName, TranslationMap>>;

/** What the checker reads from a site: doc sources by relative path, and one locale's translation files. */
export interface SiteContent {
  /** The translated locale. */
  locale: string;
  /** Where its docs live, relative to the site: same relative paths as in `docs/`. */
  translatedDocsDir: string;
  /** Source of each English doc, keyed by its path relative to `docs/` (forward slashes). */
  englishDocs: Record<string, string>;
  /** Source of each translated doc, keyed by its path relative to `translatedDocsDir`. */
  translatedDocs: Record<string, string>;
  /** The locale's translation files. */
  translations: TranslationFiles;
}

/** What the check needs besides the site. */
export interface CheckOptions {
  /** The English reference, as `docusaurus write-translations --locale en` writes it. */
  english: TranslationFiles;
  /**
   * Ids of the integrations registry. The guide `spend-insights/integrations/<id>.mdx`
   * of a registered id gets its title from the registry, so it needs no `title`.
   */
  registryIds: readonly string[];
  /** Messages that may stay identical when translated: brand names and words that are the same in both languages. */
  allowlist: readonly string[];
}

/** A problem or a warning, about one file. */
export interface Finding {
  /** The file concerned, relative to the site. */
  file: string;
  /** What is wrong, naming the key or heading ids where relevant. */
  message: string;
}

/** The outcome of {@link checkTranslations}. */
export interface CheckResult {
  /** What must be fixed. */
  problems: Finding[];
  /** What may be worth a look but does not fail the check (translated keys unknown to English). */
  warnings: Finding[];
  /** How many pages were checked (a page exists in English, in the translation, or both). */
  pages: number;
  /** How many keys of the English reference were checked. */
  keys: number;
}

/** The one-line form of a finding: `file: message`. */
export function formatFinding(finding: Finding): string {
  return `${finding.file}: ${finding.message}`;
}

const DOC_FILE = /\.mdx?$/;

/**
 * Lists the docs under `dir`, keyed by path relative to `dir`, with their source.
 * Like Docusaurus, skips files and folders whose name starts with `_` (partials).
 * A folder that does not exist has no docs.
 */
export function readDocs(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const docs: Record<string, string> = {};
  const paths = readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .map((path) => path.split('\\').join('/'))
    .filter((path) => DOC_FILE.test(path) && !path.split('/').some((part) => part.startsWith('_')))
    .sort();
  for (const path of paths) docs[path] = readFileSync(join(dir, path), 'utf8');
  return docs;
}

/**
 * Reads the translation files of `locale` under `siteDir/i18n/<locale>/`.
 *
 * @throws When a file is not valid JSON or not a `{key: {message}}` object; the error names the file.
 */
export function readTranslationFiles(siteDir: string, locale: string): TranslationFiles {
  const files: TranslationFiles = {};
  for (const name of TRANSLATION_FILES) {
    const relative = translationFile(locale, name);
    const path = join(siteDir, relative);
    if (!existsSync(path)) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`${relative} is not valid JSON: ${(error as Error).message}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new Error(`${relative} is not an object of {"key": {"message": ...}}`);
    }
    files[name] = parsed as TranslationMap;
  }
  return files;
}

/**
 * The registry reference that TypeDoc writes into `docs/reference/` at every
 * start and build: English only, by design (the Contributing page says so).
 */
const GENERATED_DOCS_PREFIX = 'reference/';

function withoutGeneratedDocs(docs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(docs).filter(([path]) => !path.startsWith(GENERATED_DOCS_PREFIX)),
  );
}

/**
 * Reads the English docs, and the docs and translation files of `locale`, of
 * the site in `siteDir` whose locales are `site` (its config's `i18n`).
 */
export function readSite(siteDir: string, locale: string, site: SiteLocales = i18n): SiteContent {
  const translatedDocsDir = docsDir(locale, site);
  return {
    locale,
    translatedDocsDir,
    englishDocs: withoutGeneratedDocs(readDocs(join(siteDir, docsDir(site.defaultLocale, site)))),
    translatedDocs: readDocs(join(siteDir, translatedDocsDir)),
    translations: readTranslationFiles(siteDir, locale),
  };
}

/**
 * Reads an allowlist file: a JSON array of exact messages.
 *
 * @throws When the file is not a JSON array of strings.
 */
export function readAllowlist(path: string): string[] {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === 'string')) {
    throw new Error(`${path} must be a JSON array of strings`);
  }
  return parsed;
}

/** A doc as Docusaurus's docs plugin parses it: its front matter, and the content after it. */
export async function parseDoc(
  file: string,
  source: string,
): Promise<{data: Record<string, unknown>; content: string} | {error: string}> {
  let parsed;
  try {
    parsed = await parseMarkdownFile({
      filePath: file,
      fileContent: source,
      parseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
    });
  } catch (error) {
    return {error: (error as Error).message.split('\n')[0] ?? 'unreadable'};
  }
  const data: unknown = parsed.frontMatter;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {error: 'not a set of fields'};
  }
  return {data: data as Record<string, unknown>, content: parsed.content};
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

/** Checks the front matter of a doc; returns its heading ids, or nothing when it cannot be read. */
async function checkDoc(
  file: string,
  relativePath: string,
  source: string,
  registryIds: ReadonlySet<string>,
  problems: Finding[],
): Promise<Set<string> | undefined> {
  const doc = await parseDoc(file, source);
  if ('error' in doc) {
    problems.push({file, message: `front matter is not valid YAML (${doc.error})`});
    return undefined;
  }
  const guideId = integrationIdOfDoc(relativePath.replace(/\.mdx?$/, ''));
  const titleFromRegistry = guideId !== undefined && registryIds.has(guideId);
  if (!titleFromRegistry && isBlank(doc.data.title)) {
    problems.push({file, message: 'front matter has no "title"'});
  }
  if (isBlank(doc.data.description)) {
    problems.push({file, message: 'front matter has no "description"'});
  }
  return new Set(extractHeadingIds(doc.content));
}

function idList(ids: string[]): string {
  return ids.map((id) => `#${id}`).join(', ');
}

const QUOTED_MAX = 80;

function quote(message: string): string {
  const text = message.length > QUOTED_MAX ? `${message.slice(0, QUOTED_MAX - 1)}…` : message;
  return JSON.stringify(text);
}

const PLURAL_COUNTS = [0, 1, 2, 1000];

/**
 * Counts for which a plural message (forms separated by `|`, chosen the way
 * Docusaurus's usePluralForm chooses them) shows a wrong or no count. A form
 * without the count is fine only when it serves the number 1 alone ("One
 * post" in English); in French the singular also serves 0, so "1 logiciel"
 * would be read out over an empty list.
 */
export function countsWithoutNumber(message: string, locale: string): number[] {
  const forms = message.split('|');
  if (forms.length < 2) return [];
  const rules = new Intl.PluralRules(locale);
  const order = ['zero', 'one', 'two', 'few', 'many', 'other'].filter((category) =>
    rules.resolvedOptions().pluralCategories.includes(category as Intl.LDMLPluralRule),
  );
  const oneServesZero = rules.select(0) === rules.select(1);
  return PLURAL_COUNTS.filter((count) => {
    const form = forms[Math.min(order.indexOf(rules.select(count)), forms.length - 1)]!;
    if (/\{\w+\}/.test(form)) return false;
    return count !== 1 || oneServesZero;
  });
}

function checkPlurals(
  file: string,
  key: string,
  messages: {english: string; translated: string},
  locale: string,
  result: CheckResult,
): void {
  const sides = [
    {file: 'the English source of the message', message: messages.english, locale: 'en'},
    {file, message: messages.translated, locale},
  ];
  for (const side of sides) {
    const counts = countsWithoutNumber(side.message, side.locale);
    if (counts.length > 0) {
      result.problems.push({
        file: side.file,
        message: `plural key ${JSON.stringify(key)} shows no count for ${counts.join(', ')} in ${languageName(side.locale)}: write {count} in every form`,
      });
    }
  }
}

function checkTranslationFile(
  name: TranslationFileName,
  english: TranslationMap | undefined,
  locale: string,
  translated: TranslationMap | undefined,
  allowlist: ReadonlySet<string>,
  result: CheckResult,
): void {
  const file = translationFile(locale, name);
  const language = languageName(locale);
  const englishKeys = Object.keys(english ?? {});
  result.keys += englishKeys.length;
  if (!translated) {
    if (englishKeys.length > 0) {
      result.problems.push({
        file,
        message: `file is missing (${englishKeys.length} key(s) to translate; run npm run write-translations)`,
      });
    }
    return;
  }
  for (const key of englishKeys) {
    const englishMessage = english![key]!.message;
    const translatedMessage: unknown = translated[key]?.message;
    if (typeof translatedMessage !== 'string') {
      result.problems.push({file, message: `key ${JSON.stringify(key)} is missing in ${language}`});
    } else if (translatedMessage.trim() === '') {
      result.problems.push({
        file,
        message: `key ${JSON.stringify(key)} has an empty ${language} message`,
      });
    } else if (translatedMessage === englishMessage && !allowlist.has(englishMessage)) {
      result.problems.push({
        file,
        message: `key ${JSON.stringify(key)} is identical to English (${quote(englishMessage)})`,
      });
    } else {
      checkPlurals(
        file,
        key,
        {english: englishMessage, translated: translatedMessage},
        locale,
        result,
      );
    }
  }
  for (const key of Object.keys(translated)) {
    if (!english || !Object.hasOwn(english, key)) {
      result.warnings.push({
        file,
        message: `key ${JSON.stringify(key)} is not in the English reference (no longer used?)`,
      });
    }
  }
}

/**
 * Checks one translation of a site against its English source:
 *
 * - every doc has its counterpart in the other language, at the same relative path;
 * - every doc has a `title` and a `description` in its front matter (except the
 *   `title` of a registered integration guide, which comes from the registry);
 * - the English and translated versions of a page have the same explicit heading ids;
 * - every key of the English reference is in the translation files, with a
 *   message that differs from English unless the English message is allowlisted.
 *
 * Translated keys that the English reference does not have are warnings, not problems.
 * Pure: reads nothing, so tests can pass any content.
 */
export async function checkTranslations(
  site: SiteContent,
  options: CheckOptions,
): Promise<CheckResult> {
  const result: CheckResult = {problems: [], warnings: [], pages: 0, keys: 0};
  const registryIds = new Set(options.registryIds);
  const allowlist = new Set(options.allowlist);

  const language = languageName(site.locale);
  const pages = [
    ...new Set([...Object.keys(site.englishDocs), ...Object.keys(site.translatedDocs)]),
  ].sort();
  result.pages = pages.length;
  for (const page of pages) {
    const englishFile = `${ENGLISH_DOCS_DIR}/${page}`;
    const translatedFile = `${site.translatedDocsDir}/${page}`;
    const english = site.englishDocs[page];
    const translated = site.translatedDocs[page];
    /** The heading ids of one side; a missing side is reported on the file of the other one. */
    const sideIds = async (file: string, source: string | undefined, missing: Finding) => {
      if (source !== undefined) return checkDoc(file, page, source, registryIds, result.problems);
      result.problems.push(missing);
      return undefined;
    };
    const englishIds = await sideIds(englishFile, english, {
      file: translatedFile,
      message: `no English source (expected ${englishFile})`,
    });
    const translatedIds = await sideIds(translatedFile, translated, {
      file: englishFile,
      message: `no ${language} translation (expected ${translatedFile})`,
    });
    if (englishIds && translatedIds) {
      const onlyEnglish = [...englishIds].filter((id) => !translatedIds.has(id));
      const onlyTranslated = [...translatedIds].filter((id) => !englishIds.has(id));
      if (onlyEnglish.length > 0) {
        result.problems.push({
          file: englishFile,
          message: `heading ids only in English: ${idList(onlyEnglish)}`,
        });
      }
      if (onlyTranslated.length > 0) {
        result.problems.push({
          file: translatedFile,
          message: `heading ids only in ${language}: ${idList(onlyTranslated)}`,
        });
      }
    }
  }

  for (const name of TRANSLATION_FILES) {
    checkTranslationFile(
      name,
      options.english[name],
      site.locale,
      site.translations[name],
      allowlist,
      result,
    );
  }
  return result;
}
