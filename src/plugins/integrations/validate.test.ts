import {resolve} from 'node:path';
import {integrations} from '@site/src/data/integrations';
import {troubleshooting} from '@site/src/data/troubleshooting';
import {formatRegistryProblems, staleVerifications, validateRegistries} from './validate';

const today = '2026-11-28';
const context = {siteDir: resolve(__dirname, '../../..'), today};
const xero = integrations.find((entry) => entry.id === 'xero')!;
const sage100 = integrations.find((entry) => entry.id === 'sage-100')!;
const qbdEntry = troubleshooting.find((entry) => entry.software === 'quickbooks-desktop')!;

function problemsOf(
  entries: readonly unknown[],
  troubleshootingEntries: readonly unknown[] = [],
): string[] {
  return validateRegistries(
    {integrations: entries, troubleshooting: troubleshootingEntries},
    context,
  ).map(({file, entry, field, message}) => `${file} | ${entry} | ${field} | ${message}`);
}

const REGISTRY = 'src/data/integrations/entries.ts';
const TROUBLESHOOTING = 'src/data/troubleshooting/entries.ts';

function withXero(change: Record<string, unknown>): unknown {
  return {...xero, ...change};
}

describe('the real registries', () => {
  it('pass validation, with logos, guides in both locales and guide steps that exist', () => {
    expect(problemsOf(integrations, troubleshooting)).toEqual([]);
  });

  it('have the fifteen guides, the full file-upload catalog and 30 error entries over 10 software', () => {
    expect(integrations.filter((entry) => entry.methods.includes('direct'))).toHaveLength(15);
    expect(
      integrations.filter((entry) => entry.methods.includes('file-upload')).length,
    ).toBeGreaterThanOrEqual(45);
    expect(troubleshooting.length).toBeGreaterThanOrEqual(30);
    expect(new Set(troubleshooting.map((entry) => entry.software)).size).toBeGreaterThanOrEqual(10);
  });

  it('check every direct guide against at least one https source', () => {
    for (const entry of integrations.filter((candidate) => candidate.methods.includes('direct'))) {
      expect(entry.verified?.sources.length ?? 0, entry.id).toBeGreaterThan(0);
      expect(entry.connectAs, entry.id).toBeDefined();
    }
  });
});

describe('a bad integrations entry is reported with its file, id and field', () => {
  it.each([
    [
      'duplicate id',
      [xero, xero],
      `${REGISTRY} | xero | id | is a duplicate: entry #0 already uses "xero"`,
    ],
    ['unknown tag', [withXero({tags: ['cloud']})], `${REGISTRY} | xero | tags[0] |`],
    [
      'invalid country code',
      [withXero({countries: ['UK']})],
      `${REGISTRY} | xero | countries[0] | is not an ISO 3166-1 alpha-2`,
    ],
    [
      'non-https URL',
      [withXero({helpCenterUrl: 'http://help.example.com/xero'})],
      `${REGISTRY} | xero | helpCenterUrl | must be an https:// URL`,
    ],
    [
      'id without a logo file',
      [withXero({id: 'no-such-logo'})],
      `${REGISTRY} | no-such-logo | id | has no logo: static/img/logos/no-such-logo.svg does not exist`,
    ],
    [
      'effort too long',
      [withXero({effort: {minutes: 600, level: 'involved'}})],
      `${REGISTRY} | xero | effort.minutes | must be at most 120`,
    ],
    [
      'effort of zero minutes',
      [withXero({effort: {minutes: 0, level: 'quick'}})],
      `${REGISTRY} | xero | effort.minutes | must be at least 1`,
    ],
    [
      'unknown effort level',
      [withXero({effort: {minutes: 5, level: 'easy'}})],
      `${REGISTRY} | xero | effort.level |`,
    ],
    ['empty name', [withXero({name: '  '})], `${REGISTRY} | xero | name | must not be empty`],
    [
      'placeholder name',
      [withXero({name: 'TODO'})],
      `${REGISTRY} | xero | name | is a placeholder`,
    ],
    [
      'a guide path (derived from the id)',
      [withXero({guide: '/xero'})],
      `${REGISTRY} | xero | (entry) |`,
    ],
    [
      'direct software without a source',
      [withXero({verified: undefined})],
      `${REGISTRY} | xero | verified | is required for direct-connection software`,
    ],
    [
      'a source that is not https',
      [
        withXero({
          verified: {date: '2026-11-01', sources: [{title: 'Xero', url: 'http://xero.com'}]},
        }),
      ],
      `${REGISTRY} | xero | verified.sources[0].url | must be an https:// URL`,
    ],
    [
      'a check in the future',
      [withXero({verified: {...xero.verified, date: '2027-01-01'}})],
      `${REGISTRY} | xero | verified.date | is in the future (today is 2026-11-28)`,
    ],
    [
      'a check on a date that does not exist',
      [withXero({verified: {...xero.verified, date: '2026-02-30'}})],
      `${REGISTRY} | xero | verified.date | must be a real date written YYYY-MM-DD`,
    ],
    [
      'no sources',
      [withXero({verified: {date: '2026-11-01', sources: []}})],
      `${REGISTRY} | xero | verified.sources | needs at least one source`,
    ],
    [
      'unknown prerequisite',
      [withXero({prerequisites: ['fast-internet']})],
      `${REGISTRY} | xero | prerequisites[0] |`,
    ],
    [
      'who can connect without French',
      [withXero({connectAs: {en: 'an Adviser'}})],
      `${REGISTRY} | xero | connectAs.fr |`,
    ],
    [
      'file upload without the bills report',
      [{...sage100, reports: ['suppliers']}],
      `${REGISTRY} | sage-100 | reports | must include "suppliers" and "bills"`,
    ],
    ['unknown field', [withXero({colour: 'blue'})], `${REGISTRY} | xero | (entry) |`],
    [
      'id that is not kebab-case',
      [withXero({id: 'Xero_Online'})],
      `${REGISTRY} | Xero_Online | id | must be kebab-case`,
    ],
  ])('%s', (_case, entries, expected) => {
    const problems = problemsOf(entries);
    expect(
      problems.some((problem) => problem.startsWith(expected)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('reports a guide missing in either locale', () => {
    const problems = problemsOf([{...xero, id: 'sage-100'}]);
    expect(problems).toContain(
      `${REGISTRY} | sage-100 | methods | lists "direct", so the en guide docs/spend-insights/integrations/sage-100.mdx must exist: it is missing`,
    );
    expect(problems).toContain(
      `${REGISTRY} | sage-100 | methods | lists "direct", so the fr guide i18n/fr/docusaurus-plugin-content-docs/current/spend-insights/integrations/sage-100.mdx must exist: it is missing`,
    );
  });

  it('formats the problems with the file, entry and field', () => {
    const message = formatRegistryProblems(
      validateRegistries(
        {integrations: [withXero({countries: ['XX']})], troubleshooting: []},
        context,
      ),
    );
    expect(message).toContain(
      'src/data/integrations/entries.ts: entry "xero", field "countries[0]"',
    );
  });

  it('warns, without failing, when a guide was checked more than 180 days ago', () => {
    expect(staleVerifications([{id: 'xero', verified: {date: '2026-05-01'}}], today)).toEqual([
      'entry "xero", field "verified.date": the guide was last checked 211 days ago (2026-05-01); check it against its sources again',
    ]);
    expect(staleVerifications([{id: 'xero', verified: {date: '2026-06-01'}}], today)).toEqual([]);
  });
});

describe('a bad troubleshooting entry is reported with its file, id and field', () => {
  const withEntry = (change: Record<string, unknown>) => [{...qbdEntry, ...change}];
  it.each([
    [
      'unknown software',
      withEntry({software: 'quickbooks-2099'}),
      `${TROUBLESHOOTING} | ${qbdEntry.id} | software | is not an id of the integrations registry`,
    ],
    [
      'duplicate id',
      [qbdEntry, qbdEntry],
      `${TROUBLESHOOTING} | ${qbdEntry.id} | id | is a duplicate`,
    ],
    [
      'missing French fix',
      withEntry({fix: {en: 'Restart.'}}),
      `${TROUBLESHOOTING} | ${qbdEntry.id} | fix.fr |`,
    ],
    [
      'empty fix',
      withEntry({fix: {en: '', fr: ''}}),
      `${TROUBLESHOOTING} | ${qbdEntry.id} | fix.en | must not be empty`,
    ],
    [
      'no message and no symptom',
      withEntry({message: null, symptom: undefined}),
      `${TROUBLESHOOTING} | ${qbdEntry.id} | symptom | is required when the entry has no message`,
    ],
    [
      'a step the guide does not have',
      withEntry({step: 'no-such-step'}),
      `${TROUBLESHOOTING} | ${qbdEntry.id} | step | "no-such-step" is not a heading id of the en guide docs/spend-insights/integrations/quickbooks-desktop.mdx`,
    ],
  ])('%s', (_case, entries, expected) => {
    const problems = problemsOf(integrations, entries);
    expect(
      problems.some((problem) => problem.startsWith(expected)),
      problems.join('\n'),
    ).toBe(true);
  });
});
