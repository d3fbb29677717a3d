import {join} from 'node:path';
import {
  checkPage,
  checkDataFile,
  checkTranslationFile,
  createTermLinter,
  formatTermProblem,
  readGlossary,
  scopeProblems,
  type GlossaryEntry,
  type TermLinter,
  type TermProblem,
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

  it('accepts the first mention « lien de connexion (Link URL) » on a staff page and flags a bare Link URL', async () => {
    const found = await checkPage(
      french,
      'fr/page.mdx',
      'Ouvrez le lien de connexion (Link URL). Gardez le Link URL.\n',
    );
    const problems = scopeProblems(found, glossary.fr!).errors;
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

describe('where a rule holds and which files are pending', () => {
  const entries: GlossaryEntry[] = [
    {
      preferred: 'lien de connexion',
      meaning: 'customer pages only',
      variants: [['lien(s?) de connexion \\(Link URL\\)', 'lien$1 de connexion']],
      files: ['fr/integrations/', 'fr/connect.mdx'],
      pending: ['fr/integrations/xero.mdx', 'fr/integrations/workday.mdx'],
    },
    {preferred: 'aucuns frais', meaning: 'plural', variants: [['aucun frais', 'aucuns frais']]},
  ];
  const problem = (file: string, preferred: string): TermProblem => ({
    file,
    line: 1,
    column: 1,
    found: 'x',
    replacement: 'y',
    preferred,
  });

  it('keeps a scoped rule to its files, lists pending files apart and names the fixed ones', () => {
    const scoped = scopeProblems(
      [
        problem('fr/onboard.mdx', 'lien de connexion'),
        problem('fr/connect.mdx', 'lien de connexion'),
        problem('fr/integrations/xero.mdx', 'lien de connexion'),
        problem('fr/integrations/xero.mdx', 'aucuns frais'),
      ],
      entries,
    );
    expect(scoped.errors.map((p) => `${p.file} ${p.preferred}`)).toEqual([
      'fr/connect.mdx lien de connexion',
      'fr/integrations/xero.mdx aucuns frais',
    ]);
    expect(scoped.pending.map((p) => p.file)).toEqual(['fr/integrations/xero.mdx']);
    expect(scoped.fixed).toEqual([
      {preferred: 'lien de connexion', file: 'fr/integrations/workday.mdx'},
    ]);
  });

  it('flags the parenthesis on a customer page and the bare English term everywhere', async () => {
    const french = await createTermLinter(config, glossary.fr!);
    const found = await checkPage(
      french,
      'i18n/fr/docusaurus-plugin-content-docs/current/spend-insights/connect.mdx',
      'Ouvrez le lien de connexion (Link URL), puis gardez le Link URL.\n',
    );
    expect(found.map((p) => p.preferred)).toEqual([
      'lien de connexion',
      'lien de connexion (Link URL)',
    ]);
    expect(
      scopeProblems(
        found.map((p) => ({
          ...p,
          file: 'i18n/fr/docusaurus-plugin-content-docs/current/spend-insights/guides/onboard-customer.mdx',
        })),
        glossary.fr!,
      ).errors.map((p) => p.found),
    ).toEqual(['Link URL']);
  });

  it('settles société and entreprise, ID and identifiant, and both meanings of diffusion', async () => {
    const french = await createTermLinter(config, glossary.fr!);
    const found = await checkPage(
      french,
      'fr/page.mdx',
      "Un lien connecte une seule société. Ouvrez l'entreprise mère et notez l'ID de société. La diffusion continue de données est en diffusion limitée. Elle n'entraîne aucun frais.\n",
    );
    expect(found.map((p) => p.replacement)).toEqual([
      'une seule entreprise',
      'société mère',
      'identifiant de',
      'partage continu des données',
      'disponibilité limitée',
      'aucuns frais',
    ]);
  });

  it('leaves bold UI labels, « e-mail » and English IDs (Sage ID, Sender ID) alone', async () => {
    const french = await createTermLinter(config, glossary.fr!);
    const found = await checkPage(
      french,
      'fr/page.mdx',
      'Saisissez **User ID de la société** et votre adresse e-mail, puis votre Sage ID et le Sender ID du parcours.\n',
    );
    expect(found).toEqual([]);
  });
});
