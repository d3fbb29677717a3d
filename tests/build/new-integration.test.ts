import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createSiteCopy, type SiteCopy} from '../../scripts/siteCopy';
import {scaffoldIntegration} from '../../scripts/new-integration';

const englishGuide = 'docs/spend-insights/integrations/kashflow.mdx';
const frenchGuide =
  'i18n/fr/docusaurus-plugin-content-docs/current/spend-insights/integrations/kashflow.mdx';

describe('npm run new-integration', () => {
  let site: SiteCopy;
  beforeAll(() => {
    site = createSiteCopy();
  });
  afterAll(() => site.dispose());

  it('adds the entry, a logo and both guides, and refuses a second time', () => {
    const {files} = scaffoldIntegration(site.dir, 'kashflow', 'KashFlow');
    expect(files).toEqual([
      'src/data/integrations/entries.ts',
      'static/img/logos/kashflow.svg',
      englishGuide,
      frenchGuide,
    ]);
    expect(readFileSync(join(site.dir, 'src/data/integrations/entries.ts'), 'utf8')).toContain(
      "id: 'kashflow',",
    );
    expect(readFileSync(join(site.dir, frenchGuide), 'utf8')).toContain(
      'la première étape propre à KashFlow',
    );
    expect(() => scaffoldIntegration(site.dir, 'kashflow', 'KashFlow')).toThrow(
      'already has an entry "kashflow"',
    );
    expect(() => scaffoldIntegration(site.dir, 'Kash_Flow', 'KashFlow')).toThrow(
      'is not a kebab-case id',
    );
  });

  it('cannot be published while a placeholder is left, and builds once they are replaced', () => {
    const unfinished = site.build('en');
    expect(unfinished.status).not.toBe(0);
    expect(unfinished.output).toContain(
      `src/data/integrations/entries.ts: entry "kashflow", field "methods": ${englishGuide}:2 still has TODO(writer) placeholders, at lines 2, 14, 22,`,
    );
    expect(unfinished.output).toContain(
      `${frenchGuide}:2 still has TODO(writer) placeholders, at lines 2, 14, 22,`,
    );
    expect(unfinished.output).toContain(
      'entry "kashflow", field "verified.sources[0].title": still has the TODO(writer) placeholder',
    );
    expect(unfinished.output).toContain(
      'entry "kashflow", field "connectAs.fr": still has the TODO(writer) placeholder',
    );

    for (const guide of [englishGuide, frenchGuide, 'src/data/integrations/entries.ts']) {
      site.edit(guide, (text) => text.replaceAll('TODO(writer)', 'Written.'));
    }
    const finished = site.build('en');
    expect(finished.output).not.toContain('Invalid registry');
    expect(finished.status).toBe(0);
  });
});
