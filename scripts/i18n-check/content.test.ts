import {join} from 'node:path';
import {i18n} from '../../docusaurus.config';
import {docsDir, translationFile} from '../../src/plugins/integrations/siteFiles';
import {sourceHash} from '../../src/plugins/staleTranslations/translationStatus';
import {
  englishInTranslatedMessages,
  englishInTranslatedPages,
  formatLineFinding,
  handTypedTypography,
  looksEnglish,
  namesForDetection,
  staleTranslations,
} from './content';
import {markSource, pageOf} from './markTranslated';

const FR = docsDir('fr', i18n);
const names = namesForDetection(['QuickBooks', 'QuickBooks Online', 'Spend Insights']);

describe('looksEnglish', () => {
  it.each([
    ['Open the Link URL your bank sent you and choose your software.', true],
    ['Ouvrez le lien de connexion envoyé par votre banque, puis choisissez votre logiciel.', false],
    ['Edit this page', true],
    ['Search', true],
    ['Modifier cette page', false],
    ['Documentation', false],
    ['QuickBooks Online', false],
    ['Connecter QuickBooks Online à Spend Insights', false],
  ])('%j → %s', (text, expected) => {
    expect(looksEnglish(text, names)).toBe(expected);
  });
});

describe('English left in French', () => {
  it('reports the paragraphs and headings of a French page that read as English, with their line', async () => {
    const source = [
      '---',
      'title: Page',
      '---',
      '',
      '## Before you start {/* #before */}',
      '',
      'Open the Link URL your bank sent you, then choose your software in the list.',
      '',
      'Ouvrez le lien, puis sélectionnez **Allow access to your data now** dans QuickBooks Online.',
      '',
      '```',
      'This code block is in English and stays as it is.',
      '```',
    ].join('\n');
    const findings = await englishInTranslatedPages(
      {translatedDocs: {'page.mdx': source}, translatedDocsDir: FR},
      names,
      join(__dirname, '../../.textlintrc.json'),
    );
    expect(findings.map(formatLineFinding)).toEqual([
      `${FR}/page.mdx:5: reads as English: "Before you start". Translate it, or add a product name to scripts/i18n-check/allowlist.json`,
      `${FR}/page.mdx:7: reads as English: "Open the Link URL your bank sent you, then choose your software in th…". Translate it, or add a product name to scripts/i18n-check/allowlist.json`,
    ]);
  });

  it('reports French UI strings that are still English', () => {
    const findings = englishInTranslatedMessages(
      {
        locale: 'fr',
        translations: {
          'code.json': {
            ok: {message: 'Sur cette page'},
            english: {message: 'Copy the link for your customer'},
            plural: {message: 'Un logiciel|{count} logiciels'},
          },
        },
      },
      names,
    );
    expect(findings.map(formatLineFinding)).toEqual([
      `${translationFile('fr', 'code.json')}: key "english" reads as English ("Copy the link for your customer"): translate it, or add a product name to scripts/i18n-check/allowlist.json`,
    ]);
  });
});

describe('typography typed by hand', () => {
  it('names the line and says what to type instead', () => {
    expect(
      handTypedTypography('fr.mdx', 'Ligne un\nVérifiez\u00a0: l’accès et l’écran\nok').map(
        formatLineFinding,
      ),
    ).toEqual([
      'fr.mdx:2: a no-break space: type an ordinary space; the build applies French and English typography',
      "fr.mdx:2: 2 × a curly apostrophe: type a straight one ('); the build applies French and English typography",
    ]);
  });
});

describe('stale translations', () => {
  const english = '---\ntitle: Page\n---\n\nEnglish text.\n';
  const marked = markSource(
    '---\ntitle: Page\ntranslation_pending: true\n---\n\nTexte.\n',
    sourceHash(english),
  );

  it('marks a French page with the hash of its English source and drops translation_pending', () => {
    expect(marked).toBe(
      `---\ntitle: Page\ntranslation_of: '${sourceHash(english)}'\n---\n\nTexte.\n`,
    );
    // Quoted, so that a hash of digits only stays a string in YAML.
    expect(markSource(marked, '528024424025')).toBe(
      "---\ntitle: Page\ntranslation_of: '528024424025'\n---\n\nTexte.\n",
    );
    expect(pageOf(`${FR}/spend-insights/overview.mdx`)).toEqual({
      page: 'spend-insights/overview.mdx',
      locales: ['fr'],
    });
    expect(pageOf('docs/spend-insights/overview.mdx').page).toBe('spend-insights/overview.mdx');
  });

  it('finds nothing while the English page is unchanged', async () => {
    expect(
      await staleTranslations({
        englishDocs: {'p.mdx': english},
        translatedDocsDir: FR,
        translatedDocs: {'p.mdx': marked},
      }),
    ).toEqual([]);
  });

  it('lists a French page whose English page changed, or that was never marked, with the fix', async () => {
    const changed = english.replace('English text.', 'English text, changed.');
    const stale = await staleTranslations({
      englishDocs: {'p.mdx': changed, 'q.mdx': english},
      translatedDocsDir: FR,
      translatedDocs: {'p.mdx': marked, 'q.mdx': '---\ntitle: Q\n---\n'},
    });
    expect(stale.map(({finding, pending}) => [formatLineFinding(finding), pending])).toEqual([
      [
        `${FR}/p.mdx:1: stale translation: docs/p.mdx changed since it was translated (translated from ${sourceHash(english)}, English is now ${sourceHash(changed)}); update it from docs/p.mdx, then run npm run i18n:mark-translated -- ${FR}/p.mdx (or set translation_pending: true in its front matter to ship it knowingly)`,
        false,
      ],
      [
        `${FR}/q.mdx:1: stale translation: no translation_of records which version of docs/q.mdx it translates; update it from docs/q.mdx, then run npm run i18n:mark-translated -- ${FR}/q.mdx (or set translation_pending: true in its front matter to ship it knowingly)`,
        false,
      ],
    ]);
  });

  it('says when a stale page is knowingly pending', async () => {
    const pending = marked.replace('---\n\n', 'translation_pending: true\n---\n\n');
    const [stale] = await staleTranslations({
      englishDocs: {'p.mdx': english.replace('text', 'words')},
      translatedDocsDir: FR,
      translatedDocs: {'p.mdx': pending},
    });
    expect(stale?.pending).toBe(true);
  });
});
