import {describe, expect, it} from 'vitest';
import {RGAA_CRITERIA} from '../../data/rgaa';
import {checkAudit, REQUIRED_SAMPLE_PATHS, type Audit} from './audit';
import {auditWarnings, publishStatement} from './index';

const text = {en: 'Checked: all', fr: 'Vérifié : tout'};
/** A complete audit (fixture): 1.1 fails on the guide, 1.2 is not tested on the home page, 2.x do not apply. */
function fixture(date = '2026-01-15'): Audit {
  const pages = [...REQUIRED_SAMPLE_PATHS, '/spend-insights/integrations/some-software'];
  const ids = ['home', 'start', 'catalog', 'errors', 'faq', 'search', 'guide'];
  const {audit, problems} = checkAudit({
    date,
    auditor: {en: 'Test auditor', fr: 'Auditeur de test'},
    environment: {
      browsers: ['Chromium'],
      assistiveTechnologies: [],
      tools: [{name: 'axe-core', version: '1.0.0', use: text}],
    },
    samplePages: pages.map((path, index) => ({
      id: ids[index],
      path,
      title: {en: `Page ${ids[index]}`, fr: `Page ${ids[index]}`},
    })),
    derogations: [],
    exempt: [{en: "Third parties' pages", fr: "Les pages d'autres sites"}],
    criteria: RGAA_CRITERIA.map(({id}) => ({
      criterion: id,
      all: {result: id.startsWith('2.') ? 'NA' : 'C', evidence: 'seen'},
      ...(id === '1.1' && {
        pages: {guide: {result: 'NC', evidence: 'no alternative'}},
        finding: {
          en: 'A logo has no alternative; plan: add one.',
          fr: "Un logo n'a pas d'alternative ; correction prévue : en ajouter une.",
        },
      }),
      ...(id === '1.2' && {pages: {home: {result: 'NT', evidence: 'not yet'}}}),
    })),
  });
  expect(problems).toEqual([]);
  return audit!;
}

describe('the published statement', () => {
  it('lists the failing and untested criteria with their pages, in the locale, with its typography', () => {
    const statement = publishStatement(fixture(), 'fr', 'en');
    expect(statement).toMatchObject({
      status: 'partial',
      compliant: 102,
      applicable: 104,
      total: 106,
    });
    expect(statement.nonCompliant).toEqual([
      {
        id: '1.1',
        theme: 'Images',
        title: 'Les images porteuses d’information ont une alternative textuelle',
        finding: 'Un logo n’a pas d’alternative\u202f; correction prévue\u00a0: en ajouter une.',
        pages: ['Page guide'],
      },
    ]);
    expect(statement.notTested.map(({id, pages}) => [id, pages])).toEqual([['1.2', ['Page home']]]);
    expect(statement.exempt).toEqual(['Les pages d’autres sites']);
    expect(statement.tools[0]!.use).toBe('Vérifié\u00a0: tout');
  });

  it("uses the default locale's texts in a locale the audit is not written in", () => {
    const statement = publishStatement(fixture(), 'de', 'en');
    expect(statement.nonCompliant[0]!.title).toBe('Informative images have a text alternative');
    expect(statement.exempt).toEqual(["Third parties' pages"]);
  });
});

describe('audit warnings', () => {
  it('warns when the audit is more than a year old', () => {
    expect(auditWarnings(fixture('2026-01-15'), new Date('2026-12-06'))).toEqual([]);
    expect(auditWarnings(fixture('2025-01-15'), new Date('2026-12-06'))).toEqual([
      expect.stringMatching(/audit of 2025-01-15 is 690 days old \(more than a year\)/),
    ]);
  });

  it('warns when the site now tests with another axe-core than the audit used', () => {
    expect(auditWarnings(fixture(), new Date('2026-02-01'), '1.0.0')).toEqual([]);
    expect(auditWarnings(fixture(), new Date('2026-02-01'), '2.0.0')).toEqual([
      expect.stringContaining('the audit used axe-core 1.0.0, the site now tests with 2.0.0'),
    ]);
  });
});
