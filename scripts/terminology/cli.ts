/**
 * `npm run terminology` (part of `npm run check`): lists every place where a
 * doc, a translated UI string or a registry text uses a variant instead of the
 * glossary's term, as `file:line:column`, and exits 1 if there is any.
 *
 * @module
 */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {i18n} from '../../docusaurus.config';
import {TRANSLATION_FILES} from '../i18n-check/check';
import {
  checkPage,
  checkDataFile,
  checkTranslationFile,
  createTermLinter,
  formatTermProblem,
  readGlossary,
  scopeProblems,
  type TermProblem,
} from './check';
import {readdirSync} from 'node:fs';
import {DATA_FILES, docsDir, translationFile} from '../../src/plugins/integrations/siteFiles';

const siteDir = fileURLToPath(new URL('../..', import.meta.url));
/** The data files whose texts are checked, in each locale the glossary has. */
const DATA = [
  DATA_FILES.journey,
  ...readdirSync(join(siteDir, DATA_FILES.integrationsDir))
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((name) => `${DATA_FILES.integrationsDir}/${name}`),
];

function pages(dir: string): string[] {
  return readdirSync(join(siteDir, dir), {recursive: true, encoding: 'utf8'})
    .map((path) => path.split('\\').join('/'))
    .filter((path) => /\.mdx?$/.test(path) && !path.startsWith('reference/'))
    .sort()
    .map((path) => `${dir}/${path}`);
}

async function main(): Promise<number> {
  const glossary = readGlossary(join(siteDir, 'glossary.json'));
  const config = join(siteDir, '.textlintrc.json');
  const problems: TermProblem[] = [];
  const pending: TermProblem[] = [];
  const fixed: {preferred: string; file: string}[] = [];
  let files = 0;
  // A locale of the site config with no glossary yet has no terms to check.
  const locales = i18n.locales.filter((locale) => glossary[locale] !== undefined);
  for (const locale of locales) {
    const lint = await createTermLinter(config, glossary[locale]!);
    const found: TermProblem[] = [];
    for (const file of pages(docsDir(locale, i18n))) {
      files += 1;
      found.push(...(await checkPage(lint, file, readFileSync(join(siteDir, file), 'utf8'))));
    }
    if (locale !== i18n.defaultLocale) {
      for (const name of TRANSLATION_FILES) {
        const file = translationFile(locale, name);
        if (!existsSync(join(siteDir, file))) continue;
        files += 1;
        found.push(
          ...(await checkTranslationFile(lint, file, readFileSync(join(siteDir, file), 'utf8'))),
        );
      }
    }
    for (const file of DATA) {
      files += 1;
      found.push(
        ...(await checkDataFile(lint, locale, file, readFileSync(join(siteDir, file), 'utf8'))),
      );
    }
    const scoped = scopeProblems(found, glossary[locale]!);
    problems.push(...scoped.errors);
    pending.push(...scoped.pending);
    fixed.push(...scoped.fixed);
  }
  for (const problem of pending) console.log(`pending: ${formatTermProblem(problem)}`);
  if (pending.length > 0) {
    console.log(
      `terminology: ${pending.length} pending term(s) in ${new Set(pending.map((p) => p.file)).size} file(s) whose writers are changing them (glossary.json "pending")`,
    );
  }
  for (const {preferred, file} of fixed) {
    console.log(
      `terminology: ${file} now follows “${preferred}”: take it off that entry's "pending" list`,
    );
  }
  for (const problem of problems) console.error(formatTermProblem(problem));
  if (problems.length > 0) {
    console.error(
      `terminology: ${problems.length} term(s) to change in ${new Set(problems.map((p) => p.file)).size} file(s); see glossary.json for each term's meaning`,
    );
    return 1;
  }
  console.log(`terminology: ${files} files follow glossary.json`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`terminology: ${(error as Error).message}`);
    process.exit(1);
  },
);
