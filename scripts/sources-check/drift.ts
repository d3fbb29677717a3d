/**
 * Source drift: whether the pages the guides were checked against still say
 * what they said then. A page's fingerprint is a hash of its main text, so a
 * new cookie banner or script does not count as a change, but a renamed role
 * or a new step does.
 *
 * @module
 */
import {createHash} from 'node:crypto';
import {JSDOM} from 'jsdom';
import type {ErrorEntry, Integration, SourcesCatalog} from '../../src/data/schema';
import {sourceIdOf} from '../../src/plugins/integrations/registry';

/** What was recorded of a page when a writer last verified the guides against it. */
export interface RecordedSource {
  /** `sha256:` and the hash of the page's main text. */
  readonly fingerprint: string;
  /** The day the writer recorded it (YYYY-MM-DD). */
  readonly recorded: string;
}

export type Drift =
  | {readonly state: 'unchanged'}
  | {readonly state: 'changed'}
  | {readonly state: 'moved'; readonly location: string}
  | {readonly state: 'missing'; readonly status: number}
  | {readonly state: 'unreachable'; readonly reason: string}
  | {readonly state: 'not-recorded'; readonly fingerprint: string};

/** Elements around a page's text that change without its facts changing. */
const CHROME = 'script, style, noscript, template, svg, nav, header, footer, aside, form, iframe';

/** The text a reader reads: the `<main>` (or `<article>`, or body) without navigation and scripts. */
export function mainText(html: string): string {
  const {document} = new JSDOM(html).window;
  const root = document.querySelector('main') ?? document.querySelector('article') ?? document.body;
  if (!root) return '';
  for (const element of root.querySelectorAll(CHROME)) element.remove();
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function fingerprint(html: string): string {
  return `sha256:${createHash('sha256').update(mainText(html)).digest('hex')}`;
}

/** How a page answered, as the drift check reads it; redirects are not followed. */
export interface PageResponse {
  readonly status: number;
  readonly location?: string;
  readonly html?: string;
}

export type FetchPage = (url: string) => Promise<PageResponse>;

/** Fetches a page the way the check needs: without following redirects, with a time limit. */
export const fetchPage: FetchPage = async (url) => {
  const response = await fetch(url, {
    redirect: 'manual',
    // Some help centres refuse requests without a browser-like user agent.
    headers: {'user-agent': 'Mozilla/5.0 (compatible; spend-insights-sources-check)'},
    signal: AbortSignal.timeout(30_000),
  });
  const location = response.headers.get('location') ?? undefined;
  return {
    status: response.status,
    ...(location && {location: new URL(location, url).href}),
    ...(response.ok && {html: await response.text()}),
  };
};

/** Compares one page with what was recorded of it. */
export async function driftOf(
  url: string,
  recorded: RecordedSource | undefined,
  fetcher: FetchPage = fetchPage,
): Promise<Drift> {
  let page: PageResponse;
  try {
    page = await fetcher(url);
  } catch (error) {
    return {state: 'unreachable', reason: error instanceof Error ? error.message : String(error)};
  }
  if (page.status >= 300 && page.status < 400) {
    return {state: 'moved', location: page.location ?? '(no Location header)'};
  }
  if (page.html === undefined) return {state: 'missing', status: page.status};
  const current = fingerprint(page.html);
  if (!recorded) return {state: 'not-recorded', fingerprint: current};
  return current === recorded.fingerprint ? {state: 'unchanged'} : {state: 'changed'};
}

/** Where a source is cited: a whole guide (its verification) or the section an error entry points to. */
export interface Citation {
  readonly software: string;
  /** The guide section's heading id, or undefined for the guide as a whole. */
  readonly section?: string;
  /** The error entry that cites it, when it is one. */
  readonly entry?: string;
  /** Cited by a file-upload software's catalog tile, which has no guide. */
  readonly tile?: true;
}

/**
 * Every place each source is cited. A journey-wide error entry is cited by
 * every guide, at the step it points to.
 */
export function citationsBySource(
  integrations: readonly Pick<Integration, 'id' | 'verified' | 'source' | 'errors' | 'methods'>[],
  journeyErrors: readonly ErrorEntry[],
): Map<string, Citation[]> {
  const citations = new Map<string, Citation[]>();
  const cite = (id: string, citation: Citation) =>
    citations.set(id, [...(citations.get(id) ?? []), citation]);
  for (const integration of integrations) {
    for (const reference of integration.verified?.sources ?? []) {
      cite(sourceIdOf(reference), {software: integration.id});
    }
    if (integration.source) {
      cite(sourceIdOf(integration.source), {software: integration.id, tile: true});
    }
    for (const error of integration.errors) {
      for (const reference of error.sources) {
        cite(sourceIdOf(reference), {
          software: integration.id,
          section: error.step,
          entry: error.id,
        });
      }
    }
  }
  const guided = integrations.filter((integration) => integration.verified);
  for (const error of journeyErrors) {
    for (const reference of error.sources) {
      for (const integration of guided) {
        cite(sourceIdOf(reference), {
          software: integration.id,
          section: error.step,
          entry: error.id,
        });
      }
    }
  }
  return citations;
}

export interface SourceDrift {
  readonly id: string;
  readonly url: string;
  readonly drift: Drift;
}

/** Checks every page of the catalog, a few at a time. */
export async function checkSources(
  catalog: SourcesCatalog,
  recorded: Readonly<Record<string, RecordedSource>>,
  fetcher: FetchPage = fetchPage,
  concurrency = 4,
): Promise<SourceDrift[]> {
  const entries = Object.entries(catalog);
  const results: SourceDrift[] = [];
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const [id, source] = entries[next++]!;
      results.push({id, url: source.url, drift: await driftOf(source.url, recorded[id], fetcher)});
    }
  };
  await Promise.all(Array.from({length: concurrency}, worker));
  return results.sort((a, b) => a.id.localeCompare(b.id));
}

function describe(drift: Drift): string {
  switch (drift.state) {
    case 'changed':
      return 'changed since it was recorded';
    case 'moved':
      return `moved to ${drift.location}`;
    case 'missing':
      return `is gone (HTTP ${drift.status})`;
    case 'unreachable':
      return `could not be fetched (${drift.reason})`;
    case 'not-recorded':
      return 'has no recorded fingerprint yet';
    case 'unchanged':
      return 'unchanged';
  }
}

/** The report writers read: per software, each source that needs a look and the sections citing it. */
export function formatDriftReport(
  results: readonly SourceDrift[],
  citations: ReadonlyMap<string, Citation[]>,
): string {
  const attention = results.filter(({drift}) => drift.state !== 'unchanged');
  if (attention.length === 0) return `sources:check: all ${results.length} sources unchanged`;
  const bySoftware = new Map<string, string[]>();
  const uncited: string[] = [];
  for (const {id, url, drift} of attention) {
    const cited = citations.get(id) ?? [];
    if (cited.length === 0) uncited.push(`  - ${id} (${url}) ${describe(drift)}`);
    const sections = new Map<string, string[]>();
    for (const citation of cited) {
      const where = citation.tile
        ? 'its catalog tile'
        : citation.section
          ? `#${citation.section} (error entry ${citation.entry})`
          : 'the whole guide (verified against it)';
      sections.set(citation.software, [...(sections.get(citation.software) ?? []), where]);
    }
    for (const [software, places] of sections) {
      bySoftware.set(software, [
        ...(bySoftware.get(software) ?? []),
        `  - ${id} (${url}) ${describe(drift)}; cited by ${[...new Set(places)].join(', ')}`,
      ]);
    }
  }
  const lines = [...bySoftware.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([software, items]) => [`${software}:`, ...items]);
  if (uncited.length > 0) lines.push('not cited by any software:', ...uncited);
  const unchanged = results.length - attention.length;
  return [
    `sources:check: ${attention.length} of ${results.length} sources need a look (${unchanged} unchanged)`,
    ...lines,
  ].join('\n');
}
