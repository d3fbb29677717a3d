import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parse, stringify} from 'yaml';
import {createSiteCopy, type SiteCopy} from '../../scripts/siteCopy';
import {scaffoldIntegration} from '../../scripts/new-integration';
import {i18n} from '../../docusaurus.config';
import {formatRegistryProblems, loadRegistry} from '../../src/plugins/integrations/registry';
import {guideFile, integrationFile} from '../../src/plugins/integrations/siteFiles';
import {registry, today} from '../registry';

const id = 'kashflow';
const dataFile = integrationFile(id);
const englishGuide = guideFile(id, i18n.defaultLocale, i18n);
const frenchGuide = guideFile(id, 'fr', i18n);

/** The lines of a template that hold a placeholder, as the build lists them. */
function placeholderLines(template: string): string {
  return readFileSync(join(__dirname, '../../scripts/templates', template), 'utf8')
    .split('\n')
    .flatMap((line, index) => (line.includes('TODO(writer)') ? [index + 1] : []))
    .join(', ');
}

describe('npm run new-integration, then a writer finishing the software', () => {
  let site: SiteCopy;
  beforeAll(() => {
    site = createSiteCopy();
  });
  afterAll(() => site.dispose());

  it('adds the data file, a logo and both guides, and refuses a second time', () => {
    const {files} = scaffoldIntegration(site.dir, id, 'KashFlow');
    expect(files).toEqual([dataFile, `static/img/logos/${id}.svg`, englishGuide, frenchGuide]);
    expect(parse(readFileSync(join(site.dir, dataFile), 'utf8'))).toMatchObject({
      name: 'KashFlow',
      methods: ['direct'],
    });
    expect(() => scaffoldIntegration(site.dir, id, 'KashFlow')).toThrow(
      `${dataFile} already exists`,
    );
    expect(() => scaffoldIntegration(site.dir, 'Kash_Flow', 'KashFlow')).toThrow(
      'is not a kebab-case id',
    );
  });

  it('cannot be published while a placeholder is left, and passes the build’s checks once written', () => {
    const unfinished = site.build('en');
    expect(unfinished.status).not.toBe(0);
    expect(unfinished.output).toContain(
      `${dataFile}: entry "${id}", field "methods": ${englishGuide}:2 still has TODO(writer) placeholders, at lines ${placeholderLines('guide.en.mdx')}`,
    );
    expect(unfinished.output).toContain(
      `${frenchGuide}:2 still has TODO(writer) placeholders, at lines ${placeholderLines('guide.fr.mdx')}`,
    );
    expect(unfinished.output).toContain(
      `${dataFile}: entry "${id}", field "verified.sources[0]": "todo-writer-source-id" is not a source of src/data/sources.yml`,
    );
    expect(unfinished.output).toContain(
      `${dataFile}: entry "${id}", field "connectAs.fr": still has the TODO(writer) placeholder`,
    );

    // What a writer does: write both guides, cite a page of the sources catalog, add two errors.
    for (const guide of [englishGuide, frenchGuide]) {
      site.edit(guide, (text) => text.replaceAll('TODO(writer)', 'Written.'));
    }
    const source = Object.keys(registry.sources)[0]!;
    const errorEntry = (suffix: string) => ({
      id: `${id}-${suffix}`,
      symptom: {en: `Symptom ${suffix}.`, fr: `Symptôme ${suffix}.`},
      cause: {en: 'Cause.', fr: 'Cause.'},
      fix: {en: 'Fix.', fr: 'Solution.'},
      step: 'select-software',
      sources: [source],
    });
    const data = parse(readFileSync(join(site.dir, dataFile), 'utf8')) as Record<string, unknown>;
    writeFileSync(
      join(site.dir, dataFile),
      stringify({
        ...data,
        connectAs: {en: 'the account owner', fr: 'le propriétaire du compte'},
        verified: {...(data.verified as object), sources: [source]},
        errors: [errorEntry('first'), errorEntry('second')],
      }),
    );
    // The checks the build runs (a build of one locale would only repeat them, and
    // rendering error entries is proven by the components' unit tests).
    const finished = loadRegistry(site.dir, {site: i18n, today});
    expect(finished.problems, formatRegistryProblems(finished.problems)).toEqual([]);
    expect(finished.registry.integrations.find((entry) => entry.id === id)?.errors).toHaveLength(2);
  });
});
