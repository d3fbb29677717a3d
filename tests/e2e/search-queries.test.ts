import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {launchChromium} from './browser';
import {hitRates, rate, runQuerySet, TOP, type QueryOutcome} from '../search/evaluate';
import {SEARCH_QUERIES} from '../search/queries';

/** Below this share of queries with their page in the top 3, a language fails. */
const MIN_TOP3 = 0.9;

describe('the query set through the navbar search (tests/search/queries.ts)', () => {
  let browser: Browser;
  let outcomes: QueryOutcome[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
    outcomes = await runQuerySet(browser, inject('origin'), SEARCH_QUERIES);
  }, 600_000);
  afterAll(() => browser.close());

  const misses = (locale: string) =>
    outcomes
      .filter((o) => o.query.locale === locale && (o.pageRank ?? Infinity) > TOP)
      .map((o) => `"${o.query.query}" led to ${o.locations.join(', ') || 'no result'}`);

  it('has at least 60 queries, half of them French', () => {
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(60);
    const french = SEARCH_QUERIES.filter((query) => query.locale === 'fr').length;
    expect(french).toBeGreaterThanOrEqual(SEARCH_QUERIES.length / 2);
  });

  for (const locale of ['en', 'fr'] as const) {
    it(`puts the expected page in the top ${TOP} for at least 90 % of the ${locale} queries`, () => {
      const rates = hitRates(outcomes.filter((o) => o.query.locale === locale));
      const summary = `top ${TOP}: ${rate(rates.top3, rates.queries)}; misses: ${misses(locale).join('; ')}`;
      expect(rates.top3 / rates.queries, summary).toBeGreaterThanOrEqual(MIN_TOP3);
    });

    it(`finds the guide or list of every software name and alias in ${locale}`, () => {
      const missed = outcomes
        .filter(
          (o) =>
            o.query.locale === locale &&
            (o.query.kind === 'name' || o.query.kind === 'alias') &&
            (o.pageRank ?? Infinity) > TOP,
        )
        .map((o) => `"${o.query.query}" led to ${o.locations.join(', ') || 'no result'}`);
      expect(missed).toEqual([]);
    });
  }
});
