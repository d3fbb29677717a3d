/**
 * The navbar search of a built site, run in Node: the index files the build
 * wrote (`build/search-index.json`, `build/fr/search-index.json`), queried by
 * the search plugin's own client code (tokenize, smart queries, lunr with the
 * locale's language, the sorting of results) exactly as its worker does in the
 * browser, with the options of `docusaurus.config.ts`. The browser is still
 * used once per locale (tests/e2e/search.test.ts) to prove the UI runs this.
 *
 * `tests/search/generatedConstants.ts` stands in for the module the plugin
 * generates per locale at build time; {@link builtSearch} sets its language for the locale searched.
 *
 * @module
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support';
import french from 'lunr-languages/lunr.fr';
import config from '../../docusaurus.config';
import searchPlugin, {type SearchPluginOptions} from '../../src/plugins/search';
import type {IndexedDocument} from '../../src/plugins/search/lunrIndex';
import {tokenize} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/tokenize.js';
import {smartQueries} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/smartQueries.js';
import {sortSearchResults} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/sortSearchResults.js';
import {processTreeStatusOfSearchResults} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/processTreeStatusOfSearchResults.js';
import {setGeneratedConstants} from './generatedConstants';

type Locale = 'en' | 'fr';

interface ValidatedOptions {
  readonly searchResultLimits: number;
  readonly fuzzyMatchingDistance: number;
  readonly removeDefaultStopWordFilter: string[];
}

/** The search options of the site config, with the plugin's defaults, as the build sees them. */
function searchOptions(): ValidatedOptions {
  const entry = (config.themes ?? []).find(
    (theme) => Array.isArray(theme) && theme[0] === searchPlugin,
  ) as unknown as [typeof searchPlugin, SearchPluginOptions] | undefined;
  if (!entry) throw new Error('docusaurus.config.ts: no search theme');
  return searchPlugin.validateOptions({
    options: entry[1],
    validate: ((
      schema: {validate(o: unknown): {value: unknown; error?: Error}},
      options: unknown,
    ) => {
      const {value, error} = schema.validate(options);
      if (error) throw error;
      return value;
    }) as never,
  }) as ValidatedOptions;
}

let frenchRegistered = false;
function lunrFor(locale: Locale): typeof lunr {
  if (locale === 'fr' && !frenchRegistered) {
    (stemmerSupport as (l: typeof lunr) => void)(lunr);
    (french as (l: typeof lunr) => void)(lunr);
    frenchRegistered = true;
  }
  return lunr;
}

interface WrappedIndex {
  readonly type: number;
  readonly documents: IndexedDocument[];
  readonly index: lunr.Index;
}

/** What the worker returns for one result. */
interface SearchResult {
  document: IndexedDocument;
  type: number;
  page: IndexedDocument | false | undefined;
  score: number;
}

/** A locale's navbar search over the build's default index (customer pages, no reference). */
export interface BuiltSearch {
  /** Where each result leads (path and anchor), in the order the list shows them. */
  locations(query: string): string[];
}

export function builtSearch(buildDir: string, locale: Locale): BuiltSearch {
  const options = searchOptions();
  setGeneratedConstants({
    language: [locale],
    removeDefaultStopWordFilter: options.removeDefaultStopWordFilter,
    fuzzyMatchingDistance: options.fuzzyMatchingDistance,
  });
  const engine = lunrFor(locale);
  const file = join(buildDir, locale === 'en' ? '' : locale, 'search-index.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as {
    documents: IndexedDocument[];
    index: object;
  }[];
  const wrappedIndexes: WrappedIndex[] = json.map(({documents, index}, type) => ({
    type,
    documents,
    index: engine.Index.load(index),
  }));
  const limit = options.searchResultLimits;

  /** `SearchWorker.search` of the plugin (client/theme/worker.js), without Comlink and fetch. */
  function search(input: string): SearchResult[] {
    const rawTokens = tokenize(input, [locale]);
    if (rawTokens.length === 0) return [];
    const queries = smartQueries(rawTokens, []);
    const results: SearchResult[] = [];
    search: for (const {term} of queries) {
      for (const {documents, index, type} of wrappedIndexes) {
        results.push(
          ...index
            .query((query) => {
              for (const item of term) {
                query.term(item.value, {
                  wildcard: item.wildcard,
                  presence: item.presence,
                  ...(item.editDistance ? {editDistance: item.editDistance} : null),
                });
              }
            })
            .slice(0, limit)
            .filter((result) => !results.some((item) => item.document.i.toString() === result.ref))
            .slice(0, limit - results.length)
            .map((result) => {
              const document = documents.find((doc) => doc.i.toString() === result.ref)!;
              return {
                document,
                type,
                page:
                  type !== 0 && wrappedIndexes[0]!.documents.find((doc) => doc.i === document.p),
                score: result.score,
              };
            }),
        );
        if (results.length >= limit) break search;
      }
    }
    sortSearchResults(results);
    processTreeStatusOfSearchResults(results);
    return results;
  }

  return {
    locations: (query) => search(query).map(({document: {u, h}}) => `${u}${h ?? ''}`),
  };
}
