/**
 * Where the integrations feature's files live in the site: guides in every
 * locale and the plugin's translation files. Node only (the components derive
 * site paths from `src/data/integrations`).
 *
 * @module
 */
import {join, sep} from 'node:path';
import {DEFAULT_I18N_DIR_NAME, getPluginI18nPath} from '@docusaurus/utils';
import {guideDocId} from '../../data/integrations';

/** The site's locales; the first is the default one, whose docs sit in `docs/`. */
export const SITE_LOCALES = ['en', 'fr'] as const;
const DEFAULT_LOCALE = SITE_LOCALES[0];

const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';
// The docs plugin's name for the unversioned docs (its CURRENT_VERSION_NAME).
const CURRENT_VERSION = 'current';

/** This plugin's name: it also names its folder of translation files in `i18n/<locale>/`. */
export const PLUGIN_NAME = 'spend-insights-integrations';

function localizationDir(locale: string): string {
  return join(DEFAULT_I18N_DIR_NAME, locale);
}

/** The folder of a locale's docs, relative to the site (`docs` for English). */
export function docsDir(locale: string): string {
  if (locale === DEFAULT_LOCALE) return 'docs';
  return getPluginI18nPath({
    localizationDir: localizationDir(locale),
    pluginName: DOCS_PLUGIN,
    subPaths: [CURRENT_VERSION],
  });
}

/** A software's guide file in a locale, relative to the site, with forward slashes. */
export function guideFile(id: string, locale: string): string {
  return join(docsDir(locale), `${guideDocId(id)}.mdx`)
    .split(sep)
    .join('/');
}

/** The locale and doc id of a docs file, from its path (absolute or relative to the site). */
export function docOfFile(filePath: string): {locale: string; docId: string} | undefined {
  const path = `/${filePath.split(sep).join('/')}`;
  // Translated locales first: their folder is the more specific match.
  for (const locale of [...SITE_LOCALES].reverse()) {
    const marker = `/${docsDir(locale).split(sep).join('/')}/`;
    const start = path.lastIndexOf(marker);
    if (start === -1) continue;
    return {locale, docId: path.slice(start + marker.length).replace(/\.mdx?$/, '')};
  }
  return undefined;
}

/** The file of this plugin's translations for a locale, relative to the site. */
export function pluginTranslationFile(locale: string, name: string): string {
  return join(
    getPluginI18nPath({localizationDir: localizationDir(locale), pluginName: PLUGIN_NAME}),
    `${name}.json`,
  );
}

/** Where "Edit this page" leads for a doc: its English file or its translation. */
export function docSourceFile(docPath: string, locale: string): string {
  return join(docsDir(locale), docPath).split(sep).join('/');
}
