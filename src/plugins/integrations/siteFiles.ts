/**
 * Where the site's files live: the data files, the docs of each locale, the
 * guides and the plugins' translation files. The one module that builds a
 * path to a translated file; Node only. The locales always come from the site
 * config's `i18n`, never from a list of their own.
 *
 * @module
 */
import {join, sep} from 'node:path';
import {
  DEFAULT_I18N_DIR_NAME,
  getPluginI18nPath,
  parseMarkdownHeadingId,
  unwrapMdxCodeBlocks,
} from '@docusaurus/utils';
import {guideDocId} from '../../data/paths';

/** The part of the site config's `i18n` that file paths depend on. */
export interface SiteLocales {
  readonly defaultLocale: string;
  readonly locales: readonly string[];
}

/** The data files writers edit, relative to the site. */
export const DATA_FILES = {
  /** One file per software, named by its id. */
  integrationsDir: 'src/data/integrations',
  /** The journey's own error entries, which apply to every software. */
  journey: 'src/data/journey.yml',
  /** Every source page, written once. */
  sources: 'src/data/sources.yml',
  /** What `npm run sources:record` and `sources:check` wrote of each source page. */
  sourceFingerprints: 'src/data/source-fingerprints.yml',
} as const;

/** A software's data file, relative to the site. */
export function integrationFile(id: string): string {
  return `${DATA_FILES.integrationsDir}/${id}.yml`;
}

const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';
// The docs plugin's name for the unversioned docs (its CURRENT_VERSION_NAME).
const CURRENT_VERSION = 'current';

/** The docs plugin's translation file (sidebar labels), relative to `i18n/<locale>/`. */
export const DOCS_TRANSLATION_FILE = `${DOCS_PLUGIN}/${CURRENT_VERSION}.json` as const;

/** The integrations plugin's name: it also names its folder of translation files in `i18n/<locale>/`. */
export const PLUGIN_NAME = 'spend-insights-integrations';

const toPosix = (path: string) => path.split(sep).join('/');

function localizationDir(locale: string): string {
  return join(DEFAULT_I18N_DIR_NAME, locale);
}

/** The folder of a locale's docs, relative to the site (`docs` for the default locale). */
export function docsDir(locale: string, site: SiteLocales): string {
  if (locale === site.defaultLocale) return 'docs';
  return toPosix(
    getPluginI18nPath({
      localizationDir: localizationDir(locale),
      pluginName: DOCS_PLUGIN,
      subPaths: [CURRENT_VERSION],
    }),
  );
}

/** A software's guide file in a locale, relative to the site, with forward slashes. */
export function guideFile(id: string, locale: string, site: SiteLocales): string {
  return `${docsDir(locale, site)}/${guideDocId(id)}.mdx`;
}

/** The locale and doc id of a docs file, from its path (absolute or relative to the site). */
export function docOfFile(
  filePath: string,
  site: SiteLocales,
): {locale: string; docId: string} | undefined {
  const path = `/${toPosix(filePath)}`;
  // Translated locales first: their folder is the more specific match.
  const locales = [...site.locales].sort((a, b) =>
    a === site.defaultLocale ? 1 : b === site.defaultLocale ? -1 : 0,
  );
  for (const locale of locales) {
    const marker = `/${docsDir(locale, site)}/`;
    const start = path.lastIndexOf(marker);
    if (start === -1) continue;
    return {locale, docId: path.slice(start + marker.length).replace(/\.mdx?$/, '')};
  }
  return undefined;
}

/** The locales translated from the default one, in the order of the site config. */
export function translatedLocales(site: SiteLocales): string[] {
  return site.locales.filter((locale) => locale !== site.defaultLocale);
}

/**
 * A translation file of a locale (`code.json`, `docusaurus-theme-classic/navbar.json`…),
 * relative to the site, with forward slashes.
 */
export function translationFile(locale: string, name: string): string {
  return toPosix(join(localizationDir(locale), name));
}

/** The translated locale whose `i18n/<locale>/` folder holds a file (any plugin's), if any. */
export function localeOfTranslatedFile(filePath: string, site: SiteLocales): string | undefined {
  const path = `/${toPosix(filePath)}`;
  return site.locales.find(
    (locale) =>
      locale !== site.defaultLocale && path.includes(`/${toPosix(localizationDir(locale))}/`),
  );
}

/** The file of a plugin's translations for a locale, relative to the site. */
export function pluginTranslationFile(locale: string, name: string, pluginName = PLUGIN_NAME) {
  return toPosix(
    join(getPluginI18nPath({localizationDir: localizationDir(locale), pluginName}), `${name}.json`),
  );
}

/** Where "Edit this page" leads for a doc: its default-locale file or its translation. */
export function docSourceFile(docPath: string, locale: string, site: SiteLocales): string {
  return `${docsDir(locale, site)}/${docPath}`;
}

/**
 * Fenced code blocks: a line of 3 or more backticks or tildes, up to a line of
 * at least as many of the same character, or the end of the doc (CommonMark).
 */
const FENCED_CODE = /^ {0,3}((`|~)\2{2,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1\2*[ \t]*$|(?![\s\S]))/gm;
const HEADING = /^ {0,3}#{1,6}[ \t].*$/gm;

/**
 * The explicit heading ids of a doc's content, in order, read with
 * Docusaurus's own parser: `## Title {/* #id *\/}` (MDX comment form) or
 * `## Title {#id}` (classic). Headings without an explicit id, and headings in
 * fenced code blocks, are ignored; those of `mdx-code-block` fences are
 * rendered, so they count.
 */
export function extractHeadingIds(content: string): string[] {
  const prose = unwrapMdxCodeBlocks(content).replace(FENCED_CODE, '');
  return [...prose.matchAll(HEADING)].flatMap(([line]) => {
    const heading = line.trimEnd();
    const id =
      parseMarkdownHeadingId(heading, 'classic').id ??
      parseMarkdownHeadingId(heading, 'mdx-comment').id;
    return id === undefined ? [] : [id];
  });
}
