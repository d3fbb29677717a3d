import {join} from 'node:path';
import {
  checkPage,
  checkDataFile,
  checkTranslationFile,
  createTermLinter,
  formatTermProblem,
  readGlossary,
  type TermLinter,
} from './check';

const root = join(__dirname, '../..');
const glossary = readGlossary(join(root, 'glossary.json'));
const config = join(root, '.textlintrc.json');

describe('the glossary', () => {
  let french: TermLinter;
  let english: TermLinter;
  beforeAll(async () => {
    french = await createTermLinter(config, glossary.fr!);
    english = await createTermLinter(config, glossary.en!);
  });

  it('names the file, line, column and preferred term of a variant in a French page', async () => {
    const source = [
      '---',
      'title: Relier votre logiciel',
      '---',
      '',
      'Le client relie son logiciel, puis il doit se connecter à Xero et importer ses fichiers.',
      '',
      '```',
      'relier',
      '```',
    ].join('\n');
    const problems = await checkPage(french, 'fr/page.mdx', source);
    expect(problems.map(formatTermProblem)).toEqual([
      "fr/page.mdx:2:1: “Relier” is not the glossary's term: write “Connecter” (glossary.json: connecter)",
      "fr/page.mdx:5:11: “relie” is not the glossary's term: write “connecte” (glossary.json: connecter)",
      "fr/page.mdx:5:44: “se connecter” is not the glossary's term: write “s'identifier” (glossary.json: s'identifier)",
      "fr/page.mdx:5:67: “importer” is not the glossary's term: write “téléverser” (glossary.json: téléverser)",
    ]);
  });

  it('accepts the first mention « lien de connexion (Link URL) » and flags a bare Link URL', async () => {
    const problems = await checkPage(
      french,
      'fr/page.mdx',
      'Ouvrez le lien de connexion (Link URL). Gardez le Link URL.\n',
    );
    expect(problems.map((problem) => [problem.found, problem.replacement])).toEqual([
      ['Link URL', 'lien de connexion'],
    ]);
  });

  it('keeps general uses of « paiement » and UI labels in bold', async () => {
    const problems = await checkPage(
      french,
      'fr/page.mdx',
      'Des délais de paiement, un paiement par carte et **Access Tokens**, puis les paiements.\n',
    );
    expect(problems.map((problem) => problem.found)).toEqual(['paiements']);
  });

  it('checks the messages of a translation file at their line', async () => {
    const source = JSON.stringify(
      {a: {message: 'Bonjour'}, b: {message: 'Éditer cette page', description: 'x'}},
      null,
      2,
    );
    const problems = await checkTranslationFile(french, 'i18n/fr/code.json', source);
    expect(
      problems.map((problem) => `${problem.line} ${problem.found} → ${problem.preferred}`),
    ).toEqual(['6 Éditer → modifier']);
  });

  it('checks the fr: texts of a data file, not the en: ones, and the en: ones in English', async () => {
    const source = [
      'errors:',
      '  - fix:',
      '      en: Log in to Xero',
      '      fr: Reliez votre logiciel',
    ].join('\n');
    expect((await checkDataFile(french, 'fr', 'xero.yml', source)).map(formatTermProblem)).toEqual([
      "xero.yml:4:11: “Reliez” is not the glossary's term: write “Connectez” (glossary.json: connecter)",
    ]);
    expect((await checkDataFile(english, 'en', 'xero.yml', source)).map((p) => p.found)).toEqual([
      'Log in',
    ]);
  });
});
