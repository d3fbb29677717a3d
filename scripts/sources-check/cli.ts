/**
 * `npm run sources:check`: fetches every page of the sources catalog and
 * reports, per software, the pages that changed, moved or vanished since a
 * writer recorded them, with the guide sections that cite them; those pages
 * are marked in src/data/source-fingerprints.yml, which puts what cites them
 * under review in the build's warnings. It needs the network: whoever deploys
 * the site runs it on a schedule; CI does not.
 *
 * `npm run sources:record -- <id> [<id>…]` (or `--all`): after verifying the
 * guides against those pages, records what they say now.
 *
 * @module
 */
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {stringify} from 'yaml';
import {i18n} from '../../docusaurus.config';
import type {SourceFingerprints} from '../../src/data/schema';
import {
  formatRegistryProblems,
  loadRegistry,
  readSourceFingerprints,
} from '../../src/plugins/integrations/registry';
import {DATA_FILES} from '../../src/plugins/integrations/siteFiles';
import {checkSources, citationsBySource, fetchPage, fingerprint, formatDriftReport} from './drift';

const siteDir = join(__dirname, '../..');
const today = new Date().toISOString().slice(0, 10);
const HEADER =
  '# Written by npm run sources:record and npm run sources:check; see scripts/sources-check/cli.ts.\n';

function save(fingerprints: SourceFingerprints): void {
  const sorted = Object.fromEntries(
    Object.entries(fingerprints).sort(([a], [b]) => a.localeCompare(b)),
  );
  writeFileSync(join(siteDir, DATA_FILES.sourceFingerprints), HEADER + stringify(sorted));
}

async function record(ids: readonly string[], fingerprints: SourceFingerprints): Promise<number> {
  const {registry} = loadRegistry(siteDir, {site: i18n, today});
  const unknown = ids.filter((id) => !(id in registry.sources));
  if (unknown.length > 0) {
    console.error(`sources:record: not in ${DATA_FILES.sources}: ${unknown.join(', ')}`);
    return 1;
  }
  let failed = 0;
  const updated = {...fingerprints};
  for (const id of ids) {
    const page = await fetchPage(registry.sources[id]!.url);
    if (page.html === undefined) {
      console.error(`sources:record: ${id} answered HTTP ${page.status}; fix its url first`);
      failed++;
      continue;
    }
    updated[id] = {fingerprint: fingerprint(page.html), recorded: today};
  }
  save(updated);
  console.log(`sources:record: ${ids.length - failed} of ${ids.length} pages recorded`);
  return failed > 0 ? 1 : 0;
}

async function check(fingerprints: SourceFingerprints): Promise<number> {
  const {registry} = loadRegistry(siteDir, {site: i18n, today});
  const results = await checkSources(registry.sources, fingerprints);
  const updated = {...fingerprints};
  for (const {id, drift} of results) {
    const recorded = updated[id];
    if (!recorded) continue;
    if (drift.state === 'changed' || drift.state === 'missing') {
      updated[id] = {...recorded, drift: {state: drift.state, checked: today}};
    } else if (drift.state === 'moved') {
      updated[id] = {
        ...recorded,
        drift: {state: 'moved', checked: today, location: drift.location},
      };
    }
  }
  save(updated);
  console.log(
    formatDriftReport(results, citationsBySource(registry.integrations, registry.journeyErrors)),
  );
  return results.some(({drift}) => drift.state !== 'unchanged') ? 1 : 0;
}

async function main(): Promise<number> {
  const problems: Parameters<typeof readSourceFingerprints>[1] = [];
  const fingerprints = readSourceFingerprints(siteDir, problems);
  if (problems.length > 0) {
    console.error(formatRegistryProblems(problems));
    return 1;
  }
  const [command, ...args] = process.argv.slice(2);
  if (command === 'record') {
    const {registry} = loadRegistry(siteDir, {site: i18n, today});
    const ids = args.includes('--all') ? Object.keys(registry.sources) : args;
    if (ids.length === 0) {
      console.error('usage: npm run sources:record -- <source id> [<source id>…] | --all');
      return 1;
    }
    return record(ids, fingerprints);
  }
  return check(fingerprints);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
