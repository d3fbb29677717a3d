/**
 * The site's typography: French typography on French text, English
 * typography on English text (see `typography.ts`). Writers type ordinary
 * spaces and straight apostrophes and quotes everywhere; each text gets its
 * typography where it is defined, so no plugin rewrites another's data.
 *
 * - Docs: {@link remarkTypography} (MDX text, admonition titles, JSX text
 *   attributes) and {@link typographFrontMatter} (title, sidebar label,
 *   description), both passed through the docs options.
 * - UI strings, navbar, footer and sidebar category labels of a translated
 *   locale: stored typographed in `i18n/<locale>/**\/*.json`
 *   (`translations.ts`, `npm run typography:translations`).
 * - Navbar and footer labels of the default locale: {@link typographThemeText}
 *   in `docusaurus.config.ts`.
 * - Data files: typographed by the integrations plugin as it publishes them.
 *
 * @module
 */
import type {ParseFrontMatter} from '@docusaurus/types';
import type {SiteLocales} from '../integrations/siteFiles';
import {typographyLocale, typographyLocaleOfFile} from './locale';
import {typograph} from './typography';

export {default as remarkTypography} from './remark';
export {typograph} from './typography';
export {typographyLocale} from './locale';

/** Front matter fields shown to readers; ids, slugs and the rest stay as written. */
const FRONT_MATTER_TEXT = ['title', 'sidebar_label', 'description', 'pagination_label'];

/** Wraps a front matter parser so that the text fields get their language's typography. */
export function typographFrontMatter(parse: ParseFrontMatter, site: SiteLocales): ParseFrontMatter {
  return async (params) => {
    const result = await parse(params);
    const locale = typographyLocaleOfFile(params.filePath, site);
    if (!locale) return result;
    const frontMatter = {...result.frontMatter};
    for (const key of FRONT_MATTER_TEXT) {
      const value = frontMatter[key];
      if (typeof value === 'string') frontMatter[key] = typograph(value, locale);
    }
    return {...result, frontMatter};
  };
}

/** Theme config keys that hold text for readers (navbar and footer items). */
const THEME_TEXT_KEYS = new Set(['label', 'title', 'copyright', 'alt']);

/**
 * A copy of a piece of theme config (the navbar, the footer) with its texts
 * for readers in the typography of `locale`, for the config to use as it
 * defines them. Translated locales replace these texts with their translation
 * files, already typographed.
 */
export function typographThemeText<T>(value: T, locale: string): T {
  const rules = typographyLocale(locale);
  if (!rules) return value;
  const visit = (item: unknown, key?: string): unknown => {
    if (typeof item === 'string') {
      return key !== undefined && THEME_TEXT_KEYS.has(key) ? typograph(item, rules) : item;
    }
    if (Array.isArray(item)) return item.map((entry) => visit(entry));
    if (typeof item !== 'object' || item === null) return item;
    return Object.fromEntries(
      Object.entries(item).map(([name, entry]) => [name, visit(entry, name)]),
    );
  };
  return visit(value) as T;
}
