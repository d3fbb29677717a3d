/**
 * The catalog's filters as plain data: reading and writing them in a query
 * string, and testing an entry against them. No React here.
 *
 * @module
 */
import {COUNTRIES_NOT_STATED, INTEGRATION_TAGS, type IntegrationTag} from '@site/src/data/model';
import type {CatalogEntry} from '@site/src/data/pageData';

/** What the reader asked the catalog for; kept in the URL so a link reproduces it. */
export interface Filters {
  readonly query: string;
  readonly tags: readonly IntegrationTag[];
  /** ISO country codes, and `not-stated` for software whose countries no source states. */
  readonly countries: readonly string[];
}

export const NO_FILTERS: Filters = {query: '', tags: [], countries: []};

const QUERY_PARAM = 'q';
const TAGS_PARAM = 'tags';
const COUNTRIES_PARAM = 'countries';

/** Lower-cases and strips accents and punctuation so "Équipe!" matches "equipe". */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, ' ')
    .trim();
}

function listParam(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '').split(',').filter(Boolean);
}

/** Reads filters from a query string, dropping values the catalog does not know. */
export function parseFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  const knownTags: readonly string[] = INTEGRATION_TAGS;
  return {
    query: params.get(QUERY_PARAM) ?? '',
    tags: listParam(params, TAGS_PARAM).filter((tag): tag is IntegrationTag =>
      knownTags.includes(tag),
    ),
    countries: listParam(params, COUNTRIES_PARAM)
      .map((code) => (code === COUNTRIES_NOT_STATED ? code : code.toUpperCase()))
      .filter((code) => code === COUNTRIES_NOT_STATED || /^[A-Z]{2}$/.test(code)),
  };
}

/** Writes filters into a query string, keeping any other parameter it had. */
export function serializeFilters(filters: Filters, search = ''): string {
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

export function hasFilters(filters: Filters): boolean {
  return filters.query.trim() !== '' || filters.tags.length > 0 || filters.countries.length > 0;
}

/** The text a search query is matched against: name, aliases and id, normalized once. */
export function searchableText(entry: CatalogEntry): string {
  return normalizeText([entry.name, ...entry.aliases, entry.id].join(' | '));
}

/**
 * A test for one entry against the filters: every word of the query must
 * appear in the name or an alias, every chosen tag must be on the entry, and
 * with countries chosen the entry must be sold in one of them or worldwide.
 * Software whose countries no source states matches only when "not stated" is
 * chosen too: listing it under France would claim what no source says. The
 * query is normalized once per change, not once per entry.
 */
export function createMatcher(
  filters: Filters,
): (entry: CatalogEntry, haystack: string) => boolean {
  const words = normalizeText(filters.query).split(/\s+/).filter(Boolean);
  return (entry, haystack) => {
    if (!words.every((word) => haystack.includes(word))) return false;
    if (!filters.tags.every((tag) => entry.tags.includes(tag))) return false;
    if (filters.countries.length === 0) return true;
    if (entry.countries === undefined) return filters.countries.includes(COUNTRIES_NOT_STATED);
    const {countries} = entry;
    return countries.length === 0 || filters.countries.some((code) => countries.includes(code));
  };
}

/** The new list after a checkbox for `value` is toggled. */
export function toggle<T>(values: readonly T[], value: T): T[] {
  return values.includes(value)
    ? values.filter((candidate) => candidate !== value)
    : [...values, value];
}
