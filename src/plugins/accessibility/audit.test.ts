import {describe, expect, it} from 'vitest';
import {RGAA_CRITERIA} from '../../data/rgaa';
import {
  auditAgeInDays,
  checkAudit,
  computeConformity,
  criterionResult,
  formatAuditProblems,
  REQUIRED_SAMPLE_PATHS,
  type AuditResult,
} from './audit';

const text = {en: 'Text', fr: 'Texte'};
const SAMPLE = [
  ...REQUIRED_SAMPLE_PATHS.map((path, index) => ({id: `page-${index}`, path, title: text})),
  {id: 'guide', path: '/spend-insights/integrations/some-software', title: text},
];

/** A complete audit (fixture): every criterion compliant on every page, unless `results` says otherwise. */
function fixture(results: Record<string, Record<string, AuditResult> | AuditResult> = {}) {
  return {
    date: '2026-01-15',
    auditor: text,
    environment: {
      browsers: ['Chromium'],
      assistiveTechnologies: [],
      tools: [{name: 'axe-core', version: '1.0.0', use: text}],
    },
    samplePages: SAMPLE,
    derogations: [],
    exempt: [],
    criteria: RGAA_CRITERIA.map(({id}) => {
      const given = results[id];
      const pages =
        typeof given === 'object'
          ? Object.fromEntries(
              Object.entries(given).map(([page, result]) => [page, {result, evidence: 'seen'}]),
            )
          : undefined;
      const failing =
        typeof given === 'object' ? Object.values(given).includes('NC') : given === 'NC';
      return {
        criterion: id,
        all: {result: typeof given === 'string' ? given : 'C', evidence: 'checked'},
        ...(pages && {pages}),
        ...(failing && {finding: text}),
      };
    }),
  };
}

/** The ids of the first `count` criteria. */
const first = (count: number) => RGAA_CRITERIA.slice(0, count).map(({id}) => id);

describe('RGAA conformity', () => {
  it('combines a criterion over the sample: NC wins, then NT, then C; NA only when NA everywhere', () => {
    expect(criterionResult(['C', 'NA', 'NC', 'NT'])).toBe('NC');
    expect(criterionResult(['C', 'NT', 'NA'])).toBe('NT');
    expect(criterionResult(['NA', 'C'])).toBe('C');
    expect(criterionResult(['NA', 'NA'])).toBe('NA');
  });

  it('is fully compliant at 100 % of applicable criteria', () => {
    const audit = checkAudit(fixture(Object.fromEntries(first(6).map((id) => [id, 'NA'])))).audit!;
    expect(computeConformity(audit)).toMatchObject({
      rate: 100,
      status: 'full',
      compliant: RGAA_CRITERIA.length - 6,
      applicable: RGAA_CRITERIA.length - 6,
      notApplicable: 6,
      nonCompliant: [],
    });
  });

  it('counts a criterion failing on one page only as not compliant, and one not tested as not compliant', () => {
    const audit = checkAudit(
      fixture({
        '1.1': {guide: 'NC'},
        '2.1': 'NA',
        '2.2': 'NA',
        '3.1': {'page-0': 'NT', guide: 'NA'},
      }),
    ).audit!;
    const conformity = computeConformity(audit);
    expect(conformity).toMatchObject({
      compliant: 102,
      applicable: 104,
      nonCompliant: ['1.1'],
      notTested: ['3.1'],
      status: 'partial',
    });
    expect(conformity.rate).toBe(98.07);
  });

  it('is partially compliant from 50 %, not compliant below', () => {
    const half = Object.fromEntries(first(53).map((id) => [id, 'NC' as const]));
    expect(computeConformity(checkAudit(fixture(half)).audit!)).toMatchObject({
      rate: 50,
      status: 'partial',
    });
    const more = Object.fromEntries(first(54).map((id) => [id, 'NT' as const]));
    expect(computeConformity(checkAudit(fixture(more)).audit!)).toMatchObject({
      rate: 49.05,
      status: 'none',
    });
  });

  it('says how old the audit is', () => {
    expect(auditAgeInDays({date: '2026-01-15'}, new Date('2027-01-16T10:00:00Z'))).toBe(366);
    expect(auditAgeInDays({date: '2026-01-15'}, new Date('2026-01-15T23:00:00Z'))).toBe(0);
  });
});

describe('audit file checks', () => {
  const problemsOf = (data: unknown) =>
    checkAudit(data, 'audit.yml').problems.map(
      ({entry, field, message}) => `${entry} / ${field}: ${message}`,
    );

  it('accepts a complete audit', () => {
    expect(checkAudit(fixture()).problems).toEqual([]);
  });

  it('names the criterion and field of a bad result or a missing evidence', () => {
    const data = fixture();
    data.criteria[2] = {criterion: '1.3', all: {result: 'OK' as 'C', evidence: ''}};
    const problems = problemsOf(data);
    expect(problems).toContain('1.3 / all.result: must be one of C, NC, NA, NT');
    expect(problems).toContain('1.3 / all.evidence: must not be empty');
  });

  it('finds a missing, duplicate or unknown criterion, and an unquoted id', () => {
    const data = fixture();
    data.criteria.splice(0, 1);
    data.criteria.push({...data.criteria[0]!}, {...data.criteria[0]!, criterion: '14.1'});
    expect(problemsOf(data)).toEqual(
      expect.arrayContaining([
        '1.2 / criterion: is listed twice',
        '14.1 / criterion: is not an RGAA 4.1 criterion',
        '1.1 / criterion: is missing from the audit',
      ]),
    );
    const unquoted = fixture();
    (unquoted.criteria[0] as {criterion: unknown}).criterion = 1.1;
    expect(formatAuditProblems(checkAudit(unquoted, 'audit.yml').problems)).toContain(
      'audit.yml: entry "criteria[0]", field "criterion": must be a quoted string such as "1.1"',
    );
  });

  it('requires a result for every sample page, known page ids, a finding for a failure', () => {
    const data = fixture({'6.1': {guide: 'NC', nowhere: 'C'}});
    const entry = data.criteria.find(({criterion}) => criterion === '6.1')!;
    delete entry.finding;
    data.criteria[0] = {criterion: '1.1', pages: {guide: {result: 'C', evidence: 'seen'}}} as never;
    expect(problemsOf(data)).toEqual(
      expect.arrayContaining([
        '6.1 / pages.nowhere: is not a sample page id',
        '6.1 / finding: is required when a page is not compliant (what fails, and the plan)',
        '1.1 / pages.page-0: has no result (nor has "all")',
      ]),
    );
  });

  it('requires the sample pages of the model: home, start, catalog, errors, FAQ, search and a guide', () => {
    const data = fixture();
    data.samplePages = data.samplePages.filter(
      ({path}) => path !== '/search' && path !== SAMPLE.at(-1)!.path,
    );
    expect(problemsOf(data)).toEqual(
      expect.arrayContaining([
        'samplePages / path: needs the sample page /search',
        'samplePages / path: needs one connection guide (/spend-insights/integrations/<id>)',
      ]),
    );
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(problemsOf({...fixture(), date: '15/01/2026'})).toEqual([
      'date / date: must be a date (YYYY-MM-DD)',
    ]);
  });
});
