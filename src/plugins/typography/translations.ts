/**
 * The typography of the translation files (`i18n/<locale>/**\/*.json`): the UI
 * strings, navbar, footer and sidebar labels of a locale are stored with its
 * typography, so Docusaurus serves them as written and no plugin has to
 * rewrite another's data at build time. `npm run typography:translations`
 * writes them; `npm run typography:check` fails on a file not written so.
 *
 * @module
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {DEFAULT_I18N_DIR_NAME} from '@docusaurus/utils';
import type {SiteLocales} from '../integrations/siteFiles';
import {typographyLocale} from './locale';
import {typograph} from './typography';

/** A Docusaurus translation file: id → message (and a description for translators). */
type TranslationFile = Record<string, {message: string; description?: string}>;

/**
 * The file's text with every message in the locale's typography, written as
 * `write-translations` writes it (2-space JSON, final newline); the ids and
 * descriptions stay as they are.
 */
export function typographTranslationFile(json: string, locale: string): string {
  const rules = typographyLocale(locale);
  const messages = JSON.parse(json) as TranslationFile;
  const result = Object.fromEntries(
    Object.entries(messages).map(([id, entry]) => [
      id,
      rules && typeof entry.message === 'string'
        ? {...entry, message: typograph(entry.message, rules)}
        : entry,
    ]),
  );
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** The translation files of every locale but the default one, relative to the site. */
export function translationFiles(
  siteDir: string,
  site: SiteLocales,
): {file: string; locale: string}[] {
  return site.locales
    .filter((locale) => locale !== site.defaultLocale)
    .flatMap((locale) => {
      const dir = join(DEFAULT_I18N_DIR_NAME, locale);
      let names: string[];
      try {
        names = readdirSync(join(siteDir, dir), {recursive: true, encoding: 'utf8'});
      } catch {
        return [];
      }
      return names
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => ({file: join(dir, name).split('\\').join('/'), locale}));
    });
}

/**
 * Typographs every translation file in place (`write`) or lists those whose
 * messages lack their typography; returns the files concerned.
 */
export function typographTranslationFiles(
  siteDir: string,
  site: SiteLocales,
  {write}: {write: boolean},
): string[] {
  return translationFiles(siteDir, site).flatMap(({file, locale}) => {
    const path = join(siteDir, file);
    const before = readFileSync(path, 'utf8');
    const after = typographTranslationFile(before, locale);
    // Compared as data: a file differing only in layout is not a typography problem.
    if (JSON.stringify(JSON.parse(before)) === JSON.stringify(JSON.parse(after))) return [];
    if (write) writeFileSync(path, after);
    return [file];
  });
}
