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
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {integrations} from '../../src/data/integrations/entries';
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

/** What Docusaurus needs to extract the translations. */
const copiedEntries = [
  'docs',
  'i18n',
  'src',
  'static',
  'docusaurus.config.ts',
  'sidebars.ts',
  'tsconfig.json',
  'package.json',
];

/** Runs `docusaurus write-translations --locale en` in a copy of the site and reads what it wrote. */
function extractEnglishReference(): TranslationFiles {
  const dir = mkdtempSync(join(tmpdir(), 'i18n-check-'));
  try {
    for (const entry of copiedEntries) {
      cpSync(join(siteDir, entry), join(dir, entry), {recursive: true});
    }
    symlinkSync(join(siteDir, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const result = spawnSync(
      process.execPath,
      ['node_modules/@docusaurus/core/bin/docusaurus.mjs', 'write-translations', '--locale', 'en'],
      {cwd: dir, encoding: 'utf8', env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1'}},
    );
    if (result.status !== 0) {
      const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`;
      throw new Error(`docusaurus write-translations --locale en failed:\n${output.trim()}`);
    }
    return readTranslationFiles(dir, 'en');
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

function main(): number {
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
  const result = checkTranslations(site, {
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

process.exitCode = main();
