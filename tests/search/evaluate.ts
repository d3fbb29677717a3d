/**
 * Runs the query set through the navbar search of a built site and scores
 * it: where each query's first results lead, and, per language, the share of
 * queries whose page is the first result (top 1) or among the first three
 * (top 3).
 */
import type {Browser} from 'playwright-core';
import {QUERY_KINDS, reaches, type QueryKind, type SearchQuery} from './queries';
import {resultLocations} from './searchUi';

/** How many results count: a query hits when its page is among them. */
export const TOP = 3;

export interface QueryOutcome {
  readonly query: SearchQuery;
  /** Path and anchor of each result opened, best first. */
  readonly locations: readonly string[];
  /** 1-based rank of the first result on the expected page, or null. */
  readonly pageRank: number | null;
  /** 1-based rank of the first result at the expected section (or page when none), or null. */
  readonly sectionRank: number | null;
}

function rankOf(query: SearchQuery, locations: readonly string[], section: boolean) {
  const index = locations.findIndex((location) =>
    query.expect.some((target) => reaches(query.locale, location, target, {section})),
  );
  return index === -1 ? null : index + 1;
}

export function outcomeOf(query: SearchQuery, locations: readonly string[]): QueryOutcome {
  return {
    query,
    locations,
    pageRank: rankOf(query, locations, false),
    sectionRank: rankOf(query, locations, true),
  };
}

export interface HitRates {
  readonly queries: number;
  readonly top1: number;
  readonly top3: number;
  /** Queries whose result opens at the expected section, among the first three. */
  readonly sectionTop3: number;
  /** Top 3 of the software names and aliases. */
  readonly namesTop3: number;
  readonly names: number;
  readonly byKind: Readonly<Record<QueryKind, {queries: number; top3: number}>>;
}

const isHit = (rank: number | null, top: number) => rank !== null && rank <= top;
const isName = (kind: QueryKind) => kind === 'name' || kind === 'alias';

export function hitRates(outcomes: readonly QueryOutcome[]): HitRates {
  const count = (keep: (outcome: QueryOutcome) => boolean) => outcomes.filter(keep).length;
  const byKind = Object.fromEntries(
    QUERY_KINDS.map((kind) => [
      kind,
      {
        queries: count((o) => o.query.kind === kind),
        top3: count((o) => o.query.kind === kind && isHit(o.pageRank, TOP)),
      },
    ]),
  ) as Record<QueryKind, {queries: number; top3: number}>;
  return {
    queries: outcomes.length,
    top1: count((o) => isHit(o.pageRank, 1)),
    top3: count((o) => isHit(o.pageRank, TOP)),
    sectionTop3: count((o) => isHit(o.sectionRank, TOP)),
    names: count((o) => isName(o.query.kind)),
    namesTop3: count((o) => isName(o.query.kind) && isHit(o.pageRank, TOP)),
    byKind,
  };
}

/** Runs every query in one browser page, in order. */
export async function runQuerySet(
  browser: Browser,
  origin: string,
  queries: readonly SearchQuery[],
  onOutcome?: (outcome: QueryOutcome) => void,
): Promise<QueryOutcome[]> {
  const page = await browser.newPage({viewport: {width: 1280, height: 900}});
  const outcomes: QueryOutcome[] = [];
  try {
    for (const query of queries) {
      const outcome = outcomeOf(query, await resultLocations(page, origin, query, TOP));
      outcomes.push(outcome);
      onOutcome?.(outcome);
    }
  } finally {
    await page.close();
  }
  return outcomes;
}

/** `37/40 (92.5 %)` */
export function rate(hits: number, total: number): string {
  const percent = total === 0 ? 0 : (100 * hits) / total;
  return `${hits}/${total} (${percent.toFixed(1)} %)`;
}
