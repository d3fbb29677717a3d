/**
 * The site search: `@easyops-cn/docusaurus-search-local` (offline, lunr, the
 * index fetched on first use by a web worker), with what that plugin cannot
 * do by itself.
 *
 * - Each locale is indexed and queried with its own language: English
 *   stemming for the English site, French stemming and stop words for the
 *   French one (the plugin would run every language over every page).
 * - Diacritics are folded: after the plugin writes an index, it is rebuilt
 *   with a second field holding the accent-free form of every accented word,
 *   so "televerser" finds "téléverser" (and "téléverser" still ranks the exact
 *   form). Queries need no change: lunr searches every field.
 * - A heading result names its page ("Connect step by step — Connect Xero"),
 *   since fifteen guides share their section titles.
 * - The keywords of a page (the registry's software names and aliases, see
 *   `guideFrontMatter`) can open a section of it (`keywordSections`).
 *
 * @module
 */
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import logger from '@docusaurus/logger';
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import * as easyopsModule from '@easyops-cn/docusaurus-search-local';
import type {PluginOptions as EasyopsOptions} from '@easyops-cn/docusaurus-search-local';
import {type IndexedDocument, rebuildIndex, type SearchLocale} from './lunrIndex';

export interface SearchPluginOptions extends EasyopsOptions {
  /**
   * Route (without locale or leading slash) → heading id: a match on that
   * page's keywords opens this section instead of the top of the page.
   */
  keywordSections?: Record<string, string>;
}

type EasyopsPlugin = (context: LoadContext, options: EasyopsOptions) => Plugin;
interface EasyopsModule {
  default: EasyopsPlugin;
  validateOptions(context: OptionValidationContext<EasyopsOptions, EasyopsOptions>): EasyopsOptions;
}
const easyops = easyopsModule as unknown as EasyopsModule;

/** Which of the plugin's five indexes holds what (its `SearchDocumentType`). */
const DOCUMENT_TYPES = {title: 0, heading: 1, description: 2, keywords: 3, content: 4} as const;

/** The separator between a section and the page it belongs to, in a result's title. */
export const SECTION_PAGE_SEPARATOR = ' — ';

interface SerializedIndex {
  documents: IndexedDocument[];
  index: unknown;
}

/**
 * Rewrites one search index file written by the plugin: folded field,
 * heading titles that name their page, keyword sections.
 */
export function refineSearchIndex(
  file: string,
  locale: SearchLocale,
  {baseUrl, keywordSections = {}}: {baseUrl: string; keywordSections?: Record<string, string>},
): void {
  const indexes = JSON.parse(readFileSync(file, 'utf8')) as SerializedIndex[];
  const titles = new Map(
    (indexes[DOCUMENT_TYPES.title]?.documents ?? []).map((doc) => [doc.i, doc.t]),
  );
  const refined = indexes.map(({documents}, type) => {
    // Indexed from the text as the page has it; only the display changes.
    const texts = new Map(documents.map((doc) => [doc.i, doc.t]));
    const index = rebuildIndex(
      locale,
      documents,
      (doc) => texts.get(doc.i) ?? '',
      type === DOCUMENT_TYPES.heading ? sharedHeadingBoost(documents) : undefined,
    );
    const shown = documents.map((doc) => {
      if (type === DOCUMENT_TYPES.heading && doc.p !== undefined) {
        const page = titles.get(doc.p);
        return page ? {...doc, t: `${doc.t}${SECTION_PAGE_SEPARATOR}${page}`} : doc;
      }
      if (type === DOCUMENT_TYPES.keywords && doc.u.startsWith(baseUrl)) {
        const section = keywordSections[doc.u.slice(baseUrl.length)];
        return section ? {...doc, h: `#${section}`} : doc;
      }
      return doc;
    });
    return {documents: shown, index};
  });
  writeFileSync(file, JSON.stringify(refined));
}

/**
 * A heading that many pages share ("Stop sharing" in every guide) says less
 * about what a reader looks for than one a single page has ("How do I stop
 * sharing my data?"): its documents are boosted by 1 / the number of pages.
 */
function sharedHeadingBoost(
  headings: readonly IndexedDocument[],
): (doc: IndexedDocument) => number {
  const pages = new Map<string, Set<string>>();
  for (const {t, u} of headings) {
    const key = t.trim().toLowerCase();
    pages.set(key, (pages.get(key) ?? new Set()).add(u));
  }
  return (doc) => 1 / (pages.get(doc.t.trim().toLowerCase())?.size ?? 1);
}

/** The plugin's index files in a locale's output folder (one per search context). */
function searchIndexFiles(outDir: string): string[] {
  return readdirSync(outDir)
    .filter((name) => /^search-index.*\.json$/.test(name))
    .map((name) => join(outDir, name));
}

/**
 * The pipeline a locale is searched with. A locale without its own (one added
 * to the site config before its stemmer) still gets a working search with
 * lunr's own, which matches whole words; the build says so.
 */
function searchLocale(locale: string): SearchLocale {
  if (locale === 'fr') return 'fr';
  if (!locale.startsWith('en')) {
    logger.warn(
      `[${locale}] the site search has no "${locale}" pipeline: it stems words as English (src/plugins/search/lunrIndex.ts)`,
    );
  }
  return 'en';
}

/** `options` are those `validateOptions` returned (Docusaurus types them `unknown`). */
export default function searchPlugin(context: LoadContext, options: unknown): Plugin {
  const locale = searchLocale(context.i18n.currentLocale);
  const {keywordSections, ...easyopsOptions} = options as SearchPluginOptions;
  const plugin = easyops.default(context, {...easyopsOptions, language: [locale]});
  const {postBuild, contentLoaded} = plugin;
  return {
    ...plugin,
    // The search bar reads its result limit here rather than from the
    // plugin's generated constants, which import lunr and its French
    // pipeline and so would put them in every page's main bundle.
    async contentLoaded(args) {
      await contentLoaded?.(args);
      args.actions.setGlobalData({searchResultLimits: easyopsOptions.searchResultLimits});
    },
    async postBuild(props) {
      await postBuild?.(props);
      for (const file of searchIndexFiles(props.outDir)) {
        refineSearchIndex(file, locale, {baseUrl: context.baseUrl, keywordSections});
      }
    },
  };
}

searchPlugin.validateOptions = <T, U>({options, validate}: OptionValidationContext<T, U>): U => {
  const {keywordSections, ...rest} = options as SearchPluginOptions;
  const validated = easyops.validateOptions({
    options: rest,
    validate: validate as unknown as OptionValidationContext<
      EasyopsOptions,
      EasyopsOptions
    >['validate'],
  });
  return {...validated, keywordSections} as U;
};
