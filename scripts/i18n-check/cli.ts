/**
 * `npm run i18n:check`: lists what is missing or untranslated in the French
 * site, one line per problem, and exits 1 if anything is; 0 with a one-line
 * summary otherwise.
 *
 * The English reference of the translation files comes from Docusaurus's own
 * extraction (`write-translations --locale en`), run in a throw-away copy of the
 * site so that the work tree is left untouched.
 *
 * @module
 */
import {fileURLToPath} from 'node:url';
import {integrations} from '../../src/data/integrations/entries';
import {createSiteCopy} from '../siteCopy';
import {
  checkTranslations,
  formatFinding,
  readAllowlist,
  readSite,
  readTranslationFiles,
  type TranslationFiles,
} from './check';

const siteDir = fileURLToPath(new URL('../..', import.meta.url));
const allowlistFile = fileURLToPath(new URL('./allowlist.json', import.meta.url));

/** Runs `docusaurus write-translations --locale en` in a copy of the site and reads what it wrote. */
function extractEnglishReference(): TranslationFiles {
  const site = createSiteCopy();
  try {
    const result = site.docusaurus(['write-translations', '--locale', 'en']);
    if (result.status !== 0) {
      throw new Error(`docusaurus write-translations --locale en failed:\n${result.output.trim()}`);
    }
    return readTranslationFiles(site.dir, 'en');
  } finally {
    site.dispose();
  }
}

async function main(): Promise<number> {
  let english: TranslationFiles;
  let site;
  let allowlist: string[];
  try {
    english = extractEnglishReference();
    site = readSite(siteDir);
    allowlist = readAllowlist(allowlistFile);
  } catch (error) {
    console.error(`i18n:check: ${(error as Error).message}`);
    return 1;
  }
  const result = await checkTranslations(site, {
    english,
    registryIds: integrations.map((integration) => integration.id),
    allowlist,
  });
  for (const warning of result.warnings) console.log(`warning: ${formatFinding(warning)}`);
  for (const problem of result.problems) console.log(formatFinding(problem));
  if (result.problems.length > 0) {
    console.log(`i18n:check: ${result.problems.length} problem(s)`);
    return 1;
  }
  console.log(`i18n:check: ok (${result.pages} pages, ${result.keys} keys checked)`);
  return 0;
}

void main().then((code) => (process.exitCode = code));
