import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import type {Integration, SourcesCatalog} from '../../src/data/schema';
import {checkSources, citationsBySource, fingerprint, formatDriftReport} from './drift';

const page = (main: string, chrome = '') =>
  `<html><head><script>${chrome}</script></head><body><nav>${chrome}</nav><main><h1>Set up</h1><p>${main}</p></main></body></html>`;

/** What each fixture page said when a writer recorded it, and what the server serves now. */
const pages = {
  unchanged: {then: page('Select Admin.', 'v1'), now: page('Select  Admin.', 'v2 banner')},
  changed: {then: page('Select Admin.'), now: page('Select Standard user.')},
  moved: {then: page('Old place.')},
  missing: {then: page('Gone soon.')},
} as const;

let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/moved') {
      response.writeHead(301, {location: '/new-home'}).end();
    } else if (request.url === '/unchanged' || request.url === '/changed') {
      response
        .writeHead(200, {'content-type': 'text/html'})
        .end(pages[request.url.slice(1) as 'changed'].now);
    } else {
      response.writeHead(404).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function fixtureCatalog(): SourcesCatalog {
  return Object.fromEntries(
    Object.keys(pages).map((id) => [
      id,
      {publisher: 'Vendor', title: `Page ${id}`, url: `${origin}/${id}`, kind: 'vendor' as const},
    ]),
  );
}

const software = (id: string, cites: Partial<Record<'verified' | 'step', string>>) =>
  ({
    id,
    methods: ['direct'],
    verified: {date: '2026-11-28', sources: cites.verified ? [cites.verified] : ['unchanged']},
    errors: cites.step
      ? [{id: `${id}-error`, step: 'log-in', sources: [{id: cites.step, note: 'why'}]}]
      : [],
  }) as unknown as Integration;

describe('source drift against a local server', () => {
  it('reports exactly the changed, moved and missing pages, with the guide sections citing them', async () => {
    const recorded = Object.fromEntries(
      Object.entries(pages).map(([id, {then}]) => [
        id,
        {fingerprint: fingerprint(then), recorded: '2026-11-28'},
      ]),
    );
    const results = await checkSources(fixtureCatalog(), recorded);
    expect(Object.fromEntries(results.map(({id, drift}) => [id, drift]))).toEqual({
      unchanged: {state: 'unchanged'},
      changed: {state: 'changed'},
      moved: {state: 'moved', location: `${origin}/new-home`},
      missing: {state: 'missing', status: 404},
    });

    const citations = citationsBySource(
      [software('alpha', {verified: 'changed'}), software('beta', {step: 'moved'})],
      [],
    );
    expect(formatDriftReport(results, citations).split('\n')).toEqual([
      'sources:check: 3 of 4 sources need a look (1 unchanged)',
      'alpha:',
      `  - changed (${origin}/changed) changed since it was recorded; cited by the whole guide (verified against it)`,
      'beta:',
      `  - moved (${origin}/moved) moved to ${origin}/new-home; cited by #log-in (error entry beta-error)`,
      'not cited by any software:',
      `  - missing (${origin}/missing) is gone (HTTP 404)`,
    ]);
  });

  it('tells a page never recorded apart from a changed one', async () => {
    const [result] = await checkSources({changed: fixtureCatalog().changed!}, {});
    expect(result!.drift).toEqual({
      state: 'not-recorded',
      fingerprint: fingerprint(pages.changed.now),
    });
  });
});
