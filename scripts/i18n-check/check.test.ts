import {join, resolve} from 'node:path';
import {
  countsWithoutNumber,
  checkTranslations,
  formatFinding,
  parseDoc,
  readAllowlist,
  readSite,
  readTranslationFiles,
  type CheckResult,
} from './check';
import {i18n} from '../../docusaurus.config';
import {docsDir, extractHeadingIds} from '../../src/plugins/integrations/siteFiles';

// Each fixture is a tiny fake site: `docs/`, `i18n/fr/`, and `i18n/en/` standing
// for the English reference that `docusaurus write-translations --locale en` writes.
const fixtures = resolve(__dirname, '../../tests/fixtures/i18n-check');

interface Options {
  registryIds?: readonly string[];
  allowlist?: readonly string[];
}

function check(fixture: string, options: Options = {}): Promise<CheckResult> {
  const dir = join(fixtures, fixture);
  return checkTranslations(readSite(dir, 'fr'), {
    english: readTranslationFiles(dir, 'en'),
    registryIds: options.registryIds ?? [],
    allowlist: options.allowlist ?? [],
  });
}

async function problems(fixture: string, options?: Options): Promise<string[]> {
  return (await check(fixture, options)).problems.map(formatFinding);
}

const FR = docsDir('fr', i18n);

describe('checkTranslations', () => {
  it('finds no problem in a complete translation', async () => {
    const result = await check('clean', {registryIds: ['acme'], allowlist: ['Spend Insights']});
    expect(result.problems.map(formatFinding)).toEqual([]);
    expect(result.warnings).toEqual([]);
    // The partial `_partial.mdx` is not a page.
    expect(result.pages).toBe(3);
    expect(result.keys).toBe(5);
  });

  it('reports an English doc without its French counterpart', async () => {
    expect(await problems('missing-french-doc')).toEqual([
      `docs/guides/new-page.mdx: no French translation (expected ${FR}/guides/new-page.mdx)`,
    ]);
  });

  it('reports a French doc without its English source', async () => {
    expect(await problems('orphan-french-doc')).toEqual([
      `${FR}/guides/old-page.mdx: no English source (expected docs/guides/old-page.mdx)`,
    ]);
  });

  it('reports a key missing in French, and a French key unknown to English as a warning', async () => {
    const result = await check('missing-key');
    expect(result.problems.map(formatFinding)).toEqual([
      'i18n/fr/code.json: key "home.lead" is missing in French',
    ]);
    expect(result.warnings.map(formatFinding)).toEqual([
      'i18n/fr/code.json: key "home.oldLead" is not in the English reference (no longer used?)',
    ]);
  });

  it('reports a key whose French message is still the English one', async () => {
    expect(await problems('untranslated-key')).toEqual([
      'i18n/fr/docusaurus-theme-classic/footer.json: key "copyright" is identical to English ("All rights reserved")',
    ]);
  });

  it('accepts an identical message that is allowlisted', async () => {
    expect(
      await problems('allowlisted-message', {allowlist: ['Spend Insights', 'Documentation']}),
    ).toEqual([]);
    expect(await problems('allowlisted-message', {allowlist: ['Spend Insights']})).toEqual([
      'i18n/fr/docusaurus-theme-classic/navbar.json: key "item.label.Documentation" is identical to English ("Documentation")',
    ]);
  });

  it('reports a doc without a title', async () => {
    expect(await problems('missing-title')).toEqual([
      'docs/overview.mdx: front matter has no "title"',
    ]);
  });

  it('reports a doc without a description', async () => {
    expect(await problems('missing-description')).toEqual([
      `${FR}/overview.mdx: front matter has no "description"`,
    ]);
  });

  it('accepts a guide without a title when its id is in the registry', async () => {
    expect(await problems('guide-title-from-registry', {registryIds: ['acme']})).toEqual([]);
  });

  it('still wants a title on a guide whose id is not in the registry', async () => {
    expect(await problems('guide-title-from-registry', {registryIds: ['other']})).toEqual([
      'docs/spend-insights/integrations/acme.mdx: front matter has no "title"',
      `${FR}/spend-insights/integrations/acme.mdx: front matter has no "title"`,
    ]);
  });

  it('reports the heading ids that only one language has', async () => {
    expect(await problems('heading-ids-differ')).toEqual([
      'docs/faq.mdx: heading ids only in English: #before-you-start, #troubleshooting',
      `${FR}/faq.mdx: heading ids only in French: #depannage`,
    ]);
  });

  it("checks the integrations plugin's own translations (guide titles)", async () => {
    const file = 'spend-insights-integrations/guides.json';
    const result = await checkTranslations(
      {
        locale: 'fr',
        translatedDocsDir: FR,
        englishDocs: {},
        translatedDocs: {},
        translations: {[file]: {}},
      },
      {
        english: {[file]: {'guide.title': {message: 'Connect {name}'}}},
        registryIds: [],
        allowlist: [],
      },
    );
    expect(result.problems.map(formatFinding)).toEqual([
      `i18n/fr/${file}: key "guide.title" is missing in French`,
    ]);
  });

  it('ignores headings inside fenced code blocks', async () => {
    expect(await problems('heading-in-code-fence')).toEqual([]);
  });
});

describe('parseDoc and extractHeadingIds', () => {
  it('reads both id forms; skips the front matter, headings without an id and fenced code', async () => {
    const source = [
      '---',
      '# a YAML comment {#front-matter}',
      'title: Headings',
      '---',
      '## One {/* #one */}',
      '### Two {#two}',
      '## Three',
      '````md',
      '```',
      '## Four {#four}',
      '```',
      '````',
      '#### Five {/*#five*/}',
      '```mdx-code-block',
      '## Six {#six}',
      '```',
    ].join('\n');
    const doc = await parseDoc('docs/headings.mdx', source);
    expect(doc).toMatchObject({data: {title: 'Headings'}});
    expect(extractHeadingIds('content' in doc ? doc.content : '')).toEqual([
      'one',
      'two',
      'five',
      'six',
    ]);
  });

  it('gives the YAML error of a broken front matter', async () => {
    const doc = await parseDoc('docs/broken.mdx', '---\ntitle: [unclosed\n---\n\nText\n');
    expect(doc).toMatchObject({error: expect.stringMatching(/\S/)});
  });
});

describe('allowlist.json', () => {
  it('is an array of exact messages', () => {
    const allowlist = readAllowlist(join(__dirname, 'allowlist.json'));
    expect(allowlist).toContain('Spend Insights');
    expect(new Set(allowlist).size).toBe(allowlist.length);
  });
});

describe('plural messages', () => {
  it('need the count in every form that serves more than the number 1', () => {
    expect(countsWithoutNumber('One post|{count} posts', 'en')).toEqual([]);
    expect(countsWithoutNumber('1 logiciel affiché|{count} logiciels affichés', 'fr')).toEqual([
      0, 1,
    ]);
    expect(
      countsWithoutNumber('{count} logiciel|{count} logiciels|{count} logiciels', 'fr'),
    ).toEqual([]);
    expect(countsWithoutNumber('Posts|{count} posts', 'en')).toEqual([]);
    expect(countsWithoutNumber('{count} post|Posts', 'en')).toEqual([0, 2, 1000]);
  });

  it('show the count for 0, 1, 2 and 1,000 in every French message of the site', () => {
    const french = readTranslationFiles(resolve(__dirname, '../..'), 'fr')['code.json']!;
    const plural = Object.entries(french).filter(([, {message}]) => message.includes('|'));
    expect(plural.length).toBeGreaterThanOrEqual(5);
    for (const [key, {message}] of plural) {
      expect(countsWithoutNumber(message, 'fr'), key).toEqual([]);
    }
  });
});
