import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {hitRates, outcomeOf, rate, TOP, type QueryOutcome} from '../search/evaluate';
import {builtSearch} from '../search/builtIndex';
import {SEARCH_QUERIES} from '../search/queries';

/** Below this share of queries with their page in the top 3, a language fails. */
const MIN_TOP3 = 0.95;
const buildDir = join(__dirname, '../../build');

const misses = (
  outcomes: readonly QueryOutcome[],
  keep: (o: QueryOutcome) => boolean = () => true,
) =>
  outcomes
    .filter((o) => keep(o) && (o.pageRank ?? Infinity) > TOP)
    .map((o) => `"${o.query.query}" led to ${o.locations.join(', ') || 'no result'}`);

// The ranking of the committed query set (tests/search/queries.ts) over the
// indexes of build/, computed with the search plugin's own client code; the
// navbar that runs this code is smoke-tested in each locale by tests/e2e/search.test.ts.
describe.each(['en', 'fr'] as const)('the %s search index of the build', (locale) => {
  const outcomes = () => {
    const search = builtSearch(buildDir, locale);
    return SEARCH_QUERIES.filter((query) => query.locale === locale).map((query) =>
      outcomeOf(query, search.locations(query.query).slice(0, TOP)),
    );
  };

  it(`puts the expected page in the top ${TOP} for at least ${MIN_TOP3 * 100} % of the queries, and finds every software name and alias`, () => {
    const results = outcomes();
    expect(results.length).toBeGreaterThan(0);
    const rates = hitRates(results);
    expect(
      rates.top3 / rates.queries,
      `top ${TOP}: ${rate(rates.top3, rates.queries)}; misses: ${misses(results).join('; ')}`,
    ).toBeGreaterThanOrEqual(MIN_TOP3);
    expect(misses(results, (o) => o.query.kind === 'name' || o.query.kind === 'alias')).toEqual([]);
  });
});

describe.each(['', 'fr/'])('the search indexes of build/%s', (folder) => {
  const documentUrls = (file: string) =>
    (
      JSON.parse(readFileSync(join(buildDir, folder, file), 'utf8')) as {documents: {u: string}[]}[]
    ).flatMap(({documents}) => documents.map(({u}) => u));
  const reference = /^(\/fr)?\/reference(\/|$)/;

  it('keep the registry reference out of the customer index, and in its own', () => {
    const customer = documentUrls('search-index.json');
    expect(customer.length).toBeGreaterThan(0);
    expect(customer.filter((url) => reference.test(url))).toEqual([]);
    const own = documentUrls('search-index-reference.json');
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((url) => !reference.test(url))).toEqual([]);
  });
});
