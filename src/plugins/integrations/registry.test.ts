import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parse, stringify} from 'yaml';
import {i18n} from '@site/docusaurus.config';
import {registry, siteDir} from '@site/tests/registry';
import {hasGuide} from '@site/src/data/paths';
import {
  formatRegistryProblems,
  loadRegistry,
  noticesDueForReview,
  staleVerifications,
  type LoadedRegistry,
} from './registry';
import {DATA_FILES, docsDir, guideFile, integrationFile, type SiteLocales} from './siteFiles';

/** A fixed day for the date rules tested on literal dates. */
const today = '2026-11-28';
/**
 * The day the copies of the real data files are loaded on: the latest day a
 * writer verified a guide, so that a guide verified today is never "in the future".
 */
const dataDay = registry.integrations
  .flatMap((entry) => (entry.verified ? [entry.verified.date] : []))
  .reduce((latest, date) => (date > latest ? date : latest), today);
const site: SiteLocales = i18n;

/** The data of a real software of each kind, derived from the data files. */
const guided = registry.integrations.find((entry) => hasGuide(entry) && entry.errors.length > 0)!;
const uploadOnly = registry.integrations.find((entry) => !hasGuide(entry))!;
const error = guided.errors[0]!;

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, {recursive: true, force: true});
});

/** A copy of the files the data points at: data files, logos and guides in every locale. */
function siteCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'registry-'));
  copies.push(dir);
  for (const path of [
    'src/data',
    'static/img/logos',
    ...site.locales.map((locale) => `${docsDir(locale, site)}/spend-insights/integrations`),
  ]) {
    cpSync(join(siteDir, path), join(dir, path), {recursive: true});
  }
  return dir;
}

function load(dir: string): LoadedRegistry {
  return loadRegistry(dir, {site, today: dataDay});
}

function problemLines(loaded: LoadedRegistry): string[] {
  return loaded.problems.map(
    ({file, entry, field, message}) => `${file} | ${entry} | ${field} | ${message}`,
  );
}

/** The problems of a copy where one software's data file was changed. */
function problemsWith(id: string, change: (data: Record<string, unknown>) => unknown): string[] {
  const dir = siteCopy();
  const file = join(dir, integrationFile(id));
  writeFileSync(
    file,
    stringify(change(parse(readFileSync(file, 'utf8')) as Record<string, unknown>)),
  );
  return problemLines(load(dir));
}

describe('the real data files', () => {
  it('pass every check, with logos, guides in both locales and guide steps that exist', () => {
    expect(problemLines(load(siteDir))).toEqual([]);
  });
});

describe('a bad value is reported with its file, entry and field', () => {
  const file = integrationFile(guided.id);
  const id = guided.id;
  it.each([
    [
      'unknown tag',
      (d: Record<string, unknown>) => ({...d, tags: ['cloud']}),
      `${file} | ${id} | tags[0] |`,
    ],
    [
      'invalid country code',
      (d: Record<string, unknown>) => ({...d, countries: ['UK']}),
      `${file} | ${id} | countries[0] | is not an ISO 3166-1 alpha-2`,
    ],
    [
      'countries neither a list nor not-stated',
      (d: Record<string, unknown>) => ({...d, countries: 'unknown'}),
      `${file} | ${id} | countries | must be a list of country codes, [] when a source says worldwide, or not-stated`,
    ],
    [
      'countries left out',
      (d: Record<string, unknown>) => ({...d, countries: undefined}),
      `${file} | ${id} | countries | must be a list of country codes`,
    ],
    [
      'effort given a duration no source states',
      (d: Record<string, unknown>) => ({...d, effort: {minutes: 30, level: 'involved'}}),
      `${file} | ${id} | effort | Unrecognized key: "minutes"`,
    ],
    [
      'placeholder name',
      (d: Record<string, unknown>) => ({...d, name: 'TODO'}),
      `${file} | ${id} | name | is a placeholder`,
    ],
    [
      'direct software without verification',
      (d: Record<string, unknown>) => ({...d, verified: undefined}),
      `${file} | ${id} | verified | is required for direct-connection software`,
    ],
    [
      'a check in the future',
      (d: Record<string, unknown>) => ({
        ...d,
        verified: {...(d.verified as object), date: '2027-01-01'},
      }),
      `${file} | ${id} | verified.date | is in the future (today is ${dataDay})`,
    ],
    [
      'a check on a date that does not exist',
      (d: Record<string, unknown>) => ({
        ...d,
        verified: {...(d.verified as object), date: '2026-02-30'},
      }),
      `${file} | ${id} | verified.date | must be a real date written YYYY-MM-DD`,
    ],
    [
      'a source that is not in the catalog',
      (d: Record<string, unknown>) => ({
        ...d,
        verified: {date: '2026-11-01', sources: ['no-such-page']},
      }),
      `${file} | ${id} | verified.sources[0] | "no-such-page" is not a source of src/data/sources.yml`,
    ],
    [
      'unknown prerequisite',
      (d: Record<string, unknown>) => ({...d, prerequisites: ['fast-internet']}),
      `${file} | ${id} | prerequisites[0] |`,
    ],
    [
      'who can connect without French',
      (d: Record<string, unknown>) => ({...d, connectAs: {en: 'an Adviser'}}),
      `${file} | ${id} | connectAs.fr | is missing`,
    ],
    [
      'a text in a language the site does not have',
      (d: Record<string, unknown>) => ({
        ...d,
        connectAs: {...(d.connectAs as object), de: 'ein Berater'},
      }),
      `${file} | ${id} | connectAs.de | "de" is not a locale of the site (en, fr)`,
    ],
    [
      'unknown field',
      (d: Record<string, unknown>) => ({...d, colour: 'blue'}),
      `${file} | ${id} | (entry) |`,
    ],
    [
      'an error entry without French fix',
      (d: Record<string, unknown>) => ({
        ...d,
        errors: [{...error, fix: {en: 'Restart.'}}],
      }),
      `${file} | ${error.id} | fix.fr | is missing`,
    ],
    [
      'an error entry with no message and no symptom',
      (d: Record<string, unknown>) => ({
        ...d,
        errors: [{...error, message: undefined, symptom: undefined}],
      }),
      `${file} | ${error.id} | symptom | is required when the entry has no message`,
    ],
    [
      'an error entry at a step the guide does not have',
      (d: Record<string, unknown>) => ({...d, errors: [{...error, step: 'no-such-step'}]}),
      `${file} | ${error.id} | step | "no-such-step" is not a heading id of the en guide ${guideFile(id, 'en', site)}`,
    ],
    [
      'an error entry whose contactBank is not true or false',
      (d: Record<string, unknown>) => ({...d, errors: [{...error, contactBank: 'yes'}]}),
      `${file} | ${error.id} | contactBank |`,
    ],
    [
      'an error entry id used twice',
      (d: Record<string, unknown>) => ({...d, errors: [error, error]}),
      `${file} | ${error.id} | id | is a duplicate`,
    ],
  ])('%s', (_case, change, expected) => {
    const problems = problemsWith(guided.id, change);
    expect(
      problems.some((problem) => problem.startsWith(expected)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('reports a file-upload entry without the bills report', () => {
    expect(problemsWith(uploadOnly.id, (d) => ({...d, reports: ['suppliers']}))).toContain(
      `${integrationFile(uploadOnly.id)} | ${uploadOnly.id} | reports | must include "suppliers" and "bills" for file-upload software`,
    );
  });

  it('reports a YAML syntax error with its line', () => {
    const dir = siteCopy();
    writeFileSync(join(dir, integrationFile(guided.id)), 'name: Broken\naliases: [unclosed\n');
    const [problem] = problemLines(load(dir));
    expect(problem).toMatch(
      new RegExp(
        `^${integrationFile(guided.id)}:\\d+ \\| ${guided.id} \\| \\(file\\) \\| is not valid YAML`,
      ),
    );
  });

  it('reports a file name that is not a kebab-case id, and a software without a logo', () => {
    const dir = siteCopy();
    const data = readFileSync(join(dir, integrationFile(uploadOnly.id)), 'utf8');
    writeFileSync(join(dir, DATA_FILES.integrationsDir, 'Bad_Name.yml'), data);
    writeFileSync(join(dir, integrationFile('no-logo-software')), data);
    const problems = problemLines(load(dir));
    expect(problems).toContain(
      'src/data/integrations/Bad_Name.yml | Bad_Name | (file name) | must be the software id in kebab-case (lowercase letters, digits and single hyphens), then .yml',
    );
    expect(problems).toContain(
      'src/data/integrations/no-logo-software.yml | no-logo-software | (file name) | has no logo: static/img/logos/no-logo-software.svg does not exist (run npm run logos)',
    );
  });

  it('reports a guide missing in either locale', () => {
    const dir = siteCopy();
    for (const locale of site.locales) rmSync(join(dir, guideFile(guided.id, locale, site)));
    const problems = problemLines(load(dir));
    for (const locale of site.locales) {
      expect(problems).toContain(
        `${integrationFile(guided.id)} | ${guided.id} | methods | lists "direct", so the ${locale} guide ${guideFile(guided.id, locale, site)} must exist: it is missing`,
      );
    }
  });

  it('reports a source page written twice', () => {
    const dir = siteCopy();
    const catalog = parse(readFileSync(join(dir, DATA_FILES.sources), 'utf8')) as Record<
      string,
      {url: string}
    >;
    const [firstId, first] = Object.entries(catalog)[0]!;
    catalog['copy-of-first'] = {...first};
    writeFileSync(join(dir, DATA_FILES.sources), stringify(catalog));
    expect(problemLines(load(dir))).toContain(
      `${DATA_FILES.sources} | copy-of-first | url | is already the url of "${firstId}": write each page once and cite it by that id`,
    );
  });

  it('formats the problems with the file, entry and field', () => {
    const message = formatRegistryProblems([
      {file: integrationFile('xero'), entry: 'xero', field: 'countries[0]', message: 'is wrong'},
    ]);
    expect(message).toContain(
      'src/data/integrations/xero.yml: entry "xero", field "countries[0]": is wrong',
    );
  });
});

describe('locales come from the site config', () => {
  it('shows a locale the data files do not have in the default locale, and reports it', () => {
    const loaded = loadRegistry(siteDir, {
      site: {...i18n, locales: [...i18n.locales, 'de']},
      today: dataDay,
    });
    expect(loaded.problems).toEqual([]);
    expect(loaded.warnings).toContainEqual(
      expect.stringMatching(/^the data files have no "de" text yet/),
    );
  });
});

describe('stale verifications', () => {
  it('warn, without failing, when a guide was checked more than 180 days ago', () => {
    expect(
      staleVerifications([{id: 'xero', verified: {date: '2026-05-01', sources: []}}], today),
    ).toEqual([
      'src/data/integrations/xero.yml: entry "xero", field "verified.date": the guide was last checked 211 days ago (2026-05-01); check it against its sources again',
    ]);
    expect(
      staleVerifications([{id: 'xero', verified: {date: '2026-06-01', sources: []}}], today),
    ).toEqual([]);
  });
});

describe('third-party pages', () => {
  it('warn, without failing, when a fact is backed only by a page customers do not see', () => {
    const dir = siteCopy();
    const catalog = parse(readFileSync(join(dir, DATA_FILES.sources), 'utf8')) as Record<
      string,
      Record<string, unknown>
    >;
    const [, anyPage] = Object.entries(catalog)[0]!;
    catalog['forum-thread'] = {
      ...anyPage,
      url: 'https://forum.example.test/t/1',
      kind: 'third-party',
    };
    writeFileSync(join(dir, DATA_FILES.sources), stringify(catalog));
    const file = join(dir, integrationFile(guided.id));
    const data = parse(readFileSync(file, 'utf8')) as {errors: {sources: unknown[]}[]};
    data.errors[0]!.sources = ['forum-thread'];
    writeFileSync(file, stringify(data));

    const loaded = load(dir);
    expect(loaded.problems).toEqual([]);
    expect(loaded.warnings).toContain(
      `${integrationFile(guided.id)}: entry "${error.id}", field "sources": backed only by a third-party page, which customers do not see; cite the provider's or the vendor's page`,
    );
  });
});

describe('source drift', () => {
  it('puts what cites a changed source under review, and names an unknown recorded id', () => {
    const dir = siteCopy();
    const cited = guided.verified!.sources[0]!;
    const id = typeof cited === 'string' ? cited : cited.id;
    const hash = `sha256:${'0'.repeat(64)}`;
    writeFileSync(
      join(dir, DATA_FILES.sourceFingerprints),
      stringify({
        [id]: {fingerprint: hash, recorded: today, drift: {state: 'changed', checked: today}},
        'not-a-source': {fingerprint: hash, recorded: today},
      }),
    );
    const loaded = load(dir);
    expect(problemLines(loaded)).toEqual([
      `${DATA_FILES.sourceFingerprints} | not-a-source | (id) | is not a source of ${DATA_FILES.sources}: remove it or record the page under its catalog id`,
    ]);
    expect(loaded.warnings).toContain(
      `${integrationFile(guided.id)}: entry "${guided.id}": under review, source "${id}" changed (found ${today}); verify what cites it, then run npm run sources:record -- ${id}`,
    );
  });
});

describe('known issues', () => {
  it('warn, without failing, once their review-by date has passed', () => {
    const notice = {
      id: 'xero-login-loop',
      text: {en: 'Text.'},
      start: '2026-10-01',
      reviewBy: '2026-11-27',
      sources: ['any'],
    };
    expect(noticesDueForReview([{id: 'xero', notices: [notice]}], today)).toEqual([
      'src/data/integrations/xero.yml: entry "xero-login-loop", field "reviewBy": the notice was due for review on 2026-11-27; check it against its sources, then set a new reviewBy, an end, or remove it',
    ]);
    expect(
      noticesDueForReview([{id: 'xero', notices: [{...notice, reviewBy: today}]}], today),
    ).toEqual([]);
  });
});
