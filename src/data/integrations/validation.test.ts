import {resolve} from 'node:path';
import {integrations} from './entries';
import {formatRegistryProblems, validateRegistry, type SiteLayout} from './validation';

const layout: SiteLayout = {siteDir: resolve(__dirname, '../../..'), translatedLocales: ['fr']};
const xero = integrations.find((entry) => entry.id === 'xero')!;
const sage100 = integrations.find((entry) => entry.id === 'sage-100')!;

function problemsOf(entries: readonly unknown[]): string[] {
  return validateRegistry(entries, layout).map(
    ({entry, field, message}) => `${entry} | ${field} | ${message}`,
  );
}

function withXero(change: Record<string, unknown>): unknown {
  return {...xero, ...change};
}

describe('the real registry', () => {
  it('passes validation, with its logos and guides in both locales', () => {
    expect(problemsOf(integrations)).toEqual([]);
  });

  it('has the fifteen direct-connection software and at least twelve file-upload ones', () => {
    expect(integrations.filter((entry) => entry.methods.includes('direct'))).toHaveLength(15);
    expect(
      integrations.filter((entry) => entry.methods.includes('file-upload')).length,
    ).toBeGreaterThanOrEqual(12);
  });
});

describe('a bad entry is reported with its id and field', () => {
  it.each([
    ['duplicate id', [xero, xero], 'xero | id | is a duplicate: entry #0 already uses "xero"'],
    ['unknown tag', [withXero({tags: ['cloud']})], 'xero | tags[0] |'],
    [
      'invalid country code',
      [withXero({countries: ['UK']})],
      'xero | countries[0] | is not an ISO 3166-1 alpha-2',
    ],
    [
      'non-https URL',
      [withXero({helpCenterUrl: 'http://help.example.com/xero'})],
      'xero | helpCenterUrl | must be an https:// URL',
    ],
    [
      'missing logo file',
      [withXero({logo: '/img/logos/no-such-logo.svg'})],
      'xero | logo | file static/img/logos/no-such-logo.svg does not exist',
    ],
    [
      'effort too long',
      [withXero({effort: {minutes: 600, level: 'involved'}})],
      'xero | effort.minutes | must be at most 120',
    ],
    [
      'effort of zero minutes',
      [withXero({effort: {minutes: 0, level: 'quick'}})],
      'xero | effort.minutes | must be at least 1',
    ],
    [
      'unknown effort level',
      [withXero({effort: {minutes: 5, level: 'easy'}})],
      'xero | effort.level |',
    ],
    ['empty name', [withXero({name: '  '})], 'xero | name | must not be empty'],
    ['placeholder name', [withXero({name: 'TODO'})], 'xero | name | is a placeholder'],
    [
      'guide at another path',
      [withXero({guide: '/spend-insights/xero'})],
      'xero | guide | must be "/spend-insights/integrations/xero"',
    ],
    [
      'direct software without a guide',
      [withXero({guide: undefined})],
      'xero | guide | is required for direct-connection software',
    ],
    [
      'file upload without the bills report',
      [{...sage100, reports: ['suppliers']}],
      'sage-100 | reports | must include "suppliers" and "bills"',
    ],
    ['unknown field', [withXero({colour: 'blue'})], 'xero | (entry) |'],
    [
      'id that is not kebab-case',
      [withXero({id: 'Xero_Online'})],
      'Xero_Online | id | must be kebab-case',
    ],
  ])('%s', (_case, entries, expected) => {
    const problems = problemsOf(entries);
    expect(problems.some((problem) => problem.startsWith(expected))).toBe(true);
  });

  it('reports a French guide that would fall back to the English file', () => {
    const problems = problemsOf([
      {...xero, id: 'english-only', guide: '/spend-insights/integrations/english-only'},
    ]);
    expect(problems).toContain(
      'english-only | guide | the en guide docs/spend-insights/integrations/english-only.mdx is missing',
    );
    expect(problems).toContain(
      'english-only | guide | the fr guide i18n/fr/docusaurus-plugin-content-docs/current/spend-insights/integrations/english-only.mdx is missing',
    );
  });

  it('formats the problems with the registry file, entry and field', () => {
    const message = formatRegistryProblems(
      validateRegistry([withXero({countries: ['XX']})], layout),
    );
    expect(message).toContain('src/data/integrations/entries.ts');
    expect(message).toContain('entry "xero", field "countries[0]"');
  });
});
