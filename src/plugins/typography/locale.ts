/**
 * Which typography a text gets: its language's, where the site has rules for
 * it (`typography.ts`); a language without rules stays as written rather than
 * getting another language's.
 *
 * @module
 */
import {docOfFile, localeOfTranslatedFile, type SiteLocales} from '../integrations/siteFiles';
import type {TypographyLocale} from './typography';

const RULES: readonly string[] = ['en', 'fr'] satisfies TypographyLocale[];

/** The typography of a locale or language (`fr`, `fr-CA`), or none when the site has no rules for it. */
export function typographyLocale(locale: string): TypographyLocale | undefined {
  const language = locale.split('-')[0]!.toLowerCase();
  return RULES.includes(language) ? (language as TypographyLocale) : undefined;
}

/**
 * The typography of a file by its path: a doc's locale, and the default
 * locale's for any other file (pages, partials outside the docs).
 */
export function typographyLocaleOfFile(
  path: string | undefined,
  site: SiteLocales,
): TypographyLocale | undefined {
  if (path === undefined) return typographyLocale(site.defaultLocale);
  // Docs first; then any other translated file (update posts of the blog plugin).
  const locale =
    docOfFile(path, site)?.locale ?? localeOfTranslatedFile(path, site) ?? site.defaultLocale;
  return typographyLocale(locale);
}
