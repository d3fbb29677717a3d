import {useCallback, useEffect, useMemo, useState} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {
  INTEGRATION_TAGS,
  type Integration,
  type IntegrationTag,
} from '@site/src/data/integrations/model';

/** What the reader asked the catalog for; kept in the URL so a link reproduces it. */
export interface CatalogFilters {
  readonly query: string;
  readonly tags: readonly IntegrationTag[];
  readonly countries: readonly string[];
}

export const NO_FILTERS: CatalogFilters = {query: '', tags: [], countries: []};

const QUERY_PARAM = 'q';
const TAGS_PARAM = 'tags';
const COUNTRIES_PARAM = 'countries';

/** Lower-cases and strips accents so "Équipe" matches "equipe". */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

function listParam(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '').split(',').filter(Boolean);
}

/** Reads filters from a query string, dropping values the catalog does not know. */
export function parseFilters(search: string): CatalogFilters {
  const params = new URLSearchParams(search);
  const knownTags: readonly string[] = INTEGRATION_TAGS;
  return {
    query: params.get(QUERY_PARAM) ?? '',
    tags: listParam(params, TAGS_PARAM).filter((tag): tag is IntegrationTag =>
      knownTags.includes(tag),
    ),
    countries: listParam(params, COUNTRIES_PARAM)
      .map((code) => code.toUpperCase())
      .filter((code) => /^[A-Z]{2}$/.test(code)),
  };
}

/** Writes filters into a query string, keeping any other parameter it had. */
export function serializeFilters(filters: CatalogFilters, search = ''): string {
  const params = new URLSearchParams(search);
  const set = (name: string, value: string) =>
    value ? params.set(name, value) : params.delete(name);
  set(QUERY_PARAM, filters.query);
  set(TAGS_PARAM, filters.tags.join(','));
  set(COUNTRIES_PARAM, filters.countries.join(','));
  // Commas stay readable in shared links.
  const query = params.toString().replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}

export function hasFilters(filters: CatalogFilters): boolean {
  return filters.query.trim() !== '' || filters.tags.length > 0 || filters.countries.length > 0;
}

/** The text a search query is matched against: name, aliases and id, normalized once. */
export function searchableText(entry: Integration): string {
  return normalizeText([entry.name, ...entry.aliases, entry.id.replace(/-/g, ' ')].join(' | '));
}

/**
 * A test for one entry against the filters: every word of the query must
 * appear in the name or an alias, every chosen tag must be on the entry, and
 * software sold worldwide matches any country. The query is normalized once
 * per change, not once per entry.
 */
export function createMatcher(
  filters: CatalogFilters,
): (entry: Integration, haystack: string) => boolean {
  const words = normalizeText(filters.query).split(/\s+/).filter(Boolean);
  return (entry, haystack) => {
    if (!words.every((word) => haystack.includes(word))) return false;
    if (!filters.tags.every((tag) => entry.tags.includes(tag))) return false;
    if (filters.countries.length > 0 && entry.countries.length > 0) {
      return filters.countries.some((code) => entry.countries.includes(code));
    }
    return true;
  };
}

/**
 * The catalog's filters, kept in the URL. Until hydration ends there are no
 * filters, so the first render matches the static HTML. Typing rewrites the
 * current history entry with `window.history.replaceState`, behind the
 * router's back: a router navigation re-renders the whole page on every
 * keystroke, which a 1,000-entry catalog cannot afford. The entry still holds
 * the query, so reload, back and forward restore it; checkboxes push a new
 * entry through the router.
 */
export function useCatalogFilters(): [
  CatalogFilters,
  (filters: CatalogFilters, options?: {replace?: boolean}) => void,
] {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const [filters, setLocalFilters] = useState<CatalogFilters>(NO_FILTERS);

  useEffect(() => {
    if (!isBrowser) return;
    const fromUrl = parseFilters(location.search);
    setLocalFilters((current) =>
      serializeFilters(current) === serializeFilters(fromUrl) ? current : fromUrl,
    );
  }, [isBrowser, location.search]);

  const setFilters = useCallback(
    (next: CatalogFilters, options?: {replace?: boolean}) => {
      setLocalFilters(next);
      const search = serializeFilters(next, window.location.search);
      if (options?.replace) {
        const url = `${window.location.pathname}${search}${window.location.hash}`;
        window.history.replaceState(window.history.state, '', url);
      } else {
        history.push({...location, search});
      }
    },
    [history, location],
  );
  return [filters, setFilters];
}

/** Country names in the reader's language ("Pays-Bas" in French). */
export function useCountryName(): (code: string) => string {
  const {i18n} = useDocusaurusContext();
  return useMemo(() => {
    const names = new Intl.DisplayNames([i18n.currentLocale], {type: 'region'});
    return (code: string) => names.of(code) ?? code;
  }, [i18n.currentLocale]);
}
