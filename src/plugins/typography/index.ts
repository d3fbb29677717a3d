/**
 * The site's typography, applied by the build: French typography on French
 * text, English typography on English text (see `typography.ts`). Writers type
 * ordinary spaces and straight apostrophes and quotes everywhere.
 *
 * - Docs: {@link remarkTypography} (MDX text, admonition titles, JSX text
 *   attributes) and {@link typographFrontMatter} (title, sidebar label,
 *   description).
 * - UI strings: this plugin typographs the messages of `i18n/<locale>/code.json`
 *   and the navbar and footer labels as the site loads.
 * - Stale translations: {@link remarkStaleTranslation} puts a notice at the top
 *   of a French page whose English source changed since it was translated.
 * - Registries: the `en:` and `fr:` strings of `src/data/<registry>/entries.ts`
 *   and the titles of their sources, and the sidebar labels of the docs
 *   plugin's data, through a bundler loader (`loader.cjs`).
 *
 * @module
 */
import type {LoadContext, ParseFrontMatter, Plugin} from '@docusaurus/types';
import {localeOfFile} from './remark';
import {DOCS_DATA, FRENCH_DOCS, REGISTRY_SOURCE} from './registrySource';
import {typograph, type TypographyLocale} from './typography';

export {default as remarkTypography} from './remark';
export {default as remarkStaleTranslation} from './staleNotice';
export {typograph} from './typography';

/** Front matter fields shown to readers; ids, slugs and the rest stay as written. */
const FRONT_MATTER_TEXT = ['title', 'sidebar_label', 'description', 'pagination_label'];

/** Wraps a front matter parser so that the text fields get their language's typography. */
export function typographFrontMatter(parse: ParseFrontMatter): ParseFrontMatter {
  return async (params) => {
    const result = await parse(params);
    const locale = localeOfFile(params.filePath);
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

function typographThemeText(value: unknown, locale: TypographyLocale): void {
  if (Array.isArray(value)) {
    for (const item of value) typographThemeText(item, locale);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const object = value as Record<string, unknown>;
  for (const [key, item] of Object.entries(object)) {
    if (typeof item === 'string' && THEME_TEXT_KEYS.has(key)) {
      object[key] = typograph(item, locale);
    } else {
      typographThemeText(item, locale);
    }
  }
}

/** The locale of a build: French for `fr`, English otherwise. */
function buildLocale(context: LoadContext): TypographyLocale {
  return context.i18n.currentLocale === 'fr' ? 'fr' : 'en';
}

export default function typographyPlugin(context: LoadContext): Plugin {
  const locale = buildLocale(context);
  // The site's code translations (i18n/<locale>/code.json): Docusaurus hands
  // the same object to every plugin, then writes it for the client bundle.
  const messages = context.codeTranslations as Record<string, string>;
  for (const [key, message] of Object.entries(messages)) {
    messages[key] = typograph(message, locale);
  }
  return {
    name: 'spend-insights-typography',
    // Runs once every plugin has translated its slice of the theme config.
    allContentLoaded() {
      const {navbar, footer} = context.siteConfig.themeConfig as Record<string, unknown>;
      typographThemeText(navbar, locale);
      typographThemeText(footer, locale);
    },
    configureWebpack() {
      const loader = require.resolve('./loader.cjs');
      return {
        module: {
          rules: [
            {
              test: REGISTRY_SOURCE,
              enforce: 'pre' as const,
              use: [{loader, options: {kind: 'registry', locale}}],
            },
            {
              test: DOCS_DATA,
              enforce: 'pre' as const,
              use: [{loader, options: {kind: 'docs-data', locale}}],
            },
            {
              test: FRENCH_DOCS,
              enforce: 'pre' as const,
              use: [{loader, options: {kind: 'english-dependency', locale}}],
            },
          ],
        },
      };
    },
  };
}
