import {useEffect, useId, useState, type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluralForm} from '@docusaurus/theme-common';
import Layout from '@theme/Layout';
import {
  fetchIndexesByWorker,
  searchByWorker,
  type SearchResult,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';
import useSearchQuery from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/hooks/useSearchQuery';
import {searchContextByPaths} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGenerated';
import {normalizeContextByPath} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/normalizeContextByPath';
import {highlight} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlight';
import {highlightStemmed} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/highlightStemmed';
import {getStemmedPositions} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/getStemmedPositions';
import {resultCountMessage} from '@site/src/theme/SearchBar/resultCount';
import styles from './styles.module.css';

/** Results the page lists at most. */
const LIMIT = 100;
const [TITLE, , DESCRIPTION, KEYWORDS, CONTENT] = [0, 1, 2, 3, 4] as const;

/**
 * The full results page of the offline search (`/search?q=…`), replacing the
 * plugin's own: its search box and scope are labelled in the page's language,
 * and the number of results is announced (a live region with plural forms).
 * It runs the same search, in the same web worker, as the navbar.
 */
export default function SearchPage(): ReactNode {
  return (
    <Layout>
      {/* The layout has no main landmark of its own: screen reader users jump to it like any page's content. */}
      <main>
        <SearchPageContent />
      </main>
    </Layout>
  );
}

function SearchPageContent(): ReactNode {
  const {
    siteConfig: {baseUrl},
    i18n: {currentLocale},
  } = useDocusaurusContext();
  const {selectMessage} = usePluralForm();
  const {searchValue, searchContext, searchVersion, updateSearchPath, updateSearchContext} =
    useSearchQuery();
  const [query, setQuery] = useState(searchValue);
  const [results, setResults] = useState<SearchResult[] | undefined>();
  const [ready, setReady] = useState(false);
  const versionUrl = `${baseUrl}${searchVersion}`;
  const inputId = useId();
  const scopeId = useId();
  const contexts = (searchContextByPaths ?? []).map((context) =>
    normalizeContextByPath(context, currentLocale),
  );

  useEffect(() => {
    if (searchValue && searchValue !== query) setQuery(searchValue);
    // Only follows the URL (back and forward); typing updates the URL below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [searchValue]);

  useEffect(() => {
    updateSearchPath(query);
    if (!query) {
      setResults(undefined);
      return undefined;
    }
    let current = true;
    void searchByWorker(versionUrl, searchContext, query, LIMIT).then((found) => {
      if (current) setResults(found);
    });
    return () => {
      current = false;
    };
    // updateSearchPath changes on every render; the URL follows the query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, versionUrl, searchContext]);

  useEffect(() => {
    setReady(false);
    void fetchIndexesByWorker(versionUrl, searchContext).then(() => setReady(true));
  }, [versionUrl, searchContext]);

  const title = query
    ? translate(
        {
          id: 'theme.SearchPage.existingResultsTitle',
          message: 'Search results for "{query}"',
          description: 'The search page title for non-empty query',
        },
        {query},
      )
    : translate({
        id: 'theme.SearchPage.emptyResultsTitle',
        message: 'Search the documentation',
        description: 'The search page title for empty query',
      });

  return (
    <>
      <Head>
        <meta name="robots" content="noindex, follow" />
        <title>{title}</title>
      </Head>
      <div className="container margin-vert--lg">
        <h1>{title}</h1>
        <form role="search" className={styles.form} onSubmit={(event) => event.preventDefault()}>
          <div className={styles.field}>
            <label htmlFor={inputId}>
              {translate({
                id: 'theme.SearchPage.inputLabel',
                message: 'Search the documentation',
                description: 'Label of the search box on the search results page',
              })}
            </label>
            <input
              id={inputId}
              type="search"
              name="q"
              className={styles.input}
              value={query}
              autoComplete="off"
              // The reader came here to search.
              autoFocus
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
          {contexts.length > 0 && (
            <div className={styles.field}>
              <label htmlFor={scopeId}>
                {translate({
                  id: 'search.page.scopeLabel',
                  message: 'Search in',
                  description: 'Label of the choice between the documentation and the reference',
                })}
              </label>
              <select
                id={scopeId}
                name="ctx"
                className={styles.input}
                value={searchContext}
                onChange={(event) => updateSearchContext(event.target.value)}>
                <option value="">
                  {translate({
                    id: 'search.page.scope.documentation',
                    message: 'Documentation',
                    description: 'Search scope: every page except the registry reference',
                  })}
                </option>
                {contexts.map(({label, path}) => (
                  <option key={path} value={path}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
          )}
        </form>
        <p role="status" aria-live="polite">
          {query && !ready
            ? translate({
                id: 'search.page.loading',
                message: 'Loading the search index…',
                description: 'Shown on the search page while the index downloads',
              })
            : results
              ? resultCountMessage(results.length, selectMessage)
              : ''}
        </p>
        <section>
          {results?.map((result) => (
            <SearchResultItem key={result.document.i} result={result} />
          ))}
        </section>
      </div>
    </>
  );
}

function SearchResultItem({
  result: {document, type, page, tokens, metadata},
}: {
  result: SearchResult;
}): ReactNode {
  const isTitleLike = type === TITLE || type === DESCRIPTION || type === KEYWORDS;
  const showsSection = type === CONTENT || type === DESCRIPTION || type === KEYWORDS;
  const pagePath = [...((type === TITLE ? document.b : page ? page.b : undefined) ?? [])];
  if (!isTitleLike && page) pagePath.push(page.t);
  const heading = showsSection
    ? highlight(document.s ?? document.t, tokens)
    : highlightStemmed(document.t, getStemmedPositions(metadata, 't'), tokens, LIMIT);
  return (
    <article className={styles.result}>
      <h2>
        <Link to={document.u + (document.h ?? '')} dangerouslySetInnerHTML={{__html: heading}} />
      </h2>
      {pagePath.length > 0 && <p className={styles.path}>{pagePath.join(' › ')}</p>}
      {(type === CONTENT || type === DESCRIPTION) && (
        <p
          className={styles.summary}
          dangerouslySetInnerHTML={{
            __html: highlightStemmed(document.t, getStemmedPositions(metadata, 't'), tokens, LIMIT),
          }}
        />
      )}
    </article>
  );
}
