/**
 * `npm run i18n:check`: lists what is missing or untranslated in the French
 * site, one line per problem, and exits 1 if anything is; 0 with a one-line
 * summary otherwise. Besides files, keys, front matter and heading ids, it
 * reads the text: French prose or UI strings still in English, no-break spaces
 * and curly apostrophes typed by hand in docs, and stale translations (French pages
 * whose English page changed since they were translated: a warning locally,
 * a problem when CI=true unless the page sets `translation_pending: true`).
 *
 * `--site <dir>` checks the docs and translations of another copy of the site
 * (the tests use it); the English reference of the UI strings still comes from
 * this one.
 *
 * The English reference of the translation files comes from Docusaurus's own
 * extraction (`write-translations --locale en`), run in a throw-away copy of the
 * site so that the work tree is left untouched.
 *
 * @module
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {i18n} from '../../docusaurus.config';
import {loadRegistry} from '../../src/plugins/integrations/registry';
import {createSiteCopy} from '../siteCopy';
import {
  checkTranslations,
  readAllowlist,
  readSite,
  readTranslationFiles,
  ENGLISH_DOCS_DIR,
  FRENCH_DOCS_DIR,
  type TranslationFiles,
} from './check';
import {
  englishInFrenchMessages,
  englishInFrenchPages,
  formatLineFinding,
  handTypedTypography,
  namesForDetection,
  staleTranslations,
  type LineFinding,
} from './content';

const siteArgument = process.argv.indexOf('--site');
const siteDir =
  siteArgument === -1
    ? fileURLToPath(new URL('../..', import.meta.url))
    : resolve(process.argv[siteArgument + 1] ?? '.');
const {integrations} = loadRegistry(siteDir, {
  site: i18n,
  today: new Date().toISOString().slice(0, 10),
}).registry;
/** Names that stay as they are in French: the product, the provider and every software of the data files. */
const NAMES = [
  'Spend Insights',
  'Codat',
  ...integrations.flatMap((entry) => [entry.name, ...entry.aliases]),
];
const allowlistFile = fileURLToPath(new URL('./allowlist.json', import.meta.url));
/** The textlint set-up (the MDX plugin) of this project, also for a checked copy. */
const TEXTLINTRC = fileURLToPath(new URL('../../.textlintrc.json', import.meta.url));

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
  const problems: LineFinding[] = [...result.problems];
  const warnings: LineFinding[] = [...result.warnings];

  const names = namesForDetection([...NAMES, ...allowlist]);
  problems.push(
    ...(await englishInFrenchPages(site.frenchDocs, names, TEXTLINTRC)),
    ...englishInFrenchMessages(site.french, names),
  );
  for (const file of typographySources()) {
    problems.push(...handTypedTypography(file, readFileSync(join(siteDir, file), 'utf8')));
  }
  const ci = process.env.CI === 'true' || process.env.CI === '1';
  for (const {finding, pending} of await staleTranslations(site)) {
    (ci && !pending ? problems : warnings).push(finding);
  }

  for (const warning of warnings) console.log(`warning: ${formatLineFinding(warning)}`);
  for (const problem of problems) console.log(formatLineFinding(problem));
  if (problems.length > 0) {
    console.log(`i18n:check: ${problems.length} problem(s)`);
    return 1;
  }
  console.log(`i18n:check: ok (${result.pages} pages, ${result.keys} keys checked)`);
  return 0;
}

/**
 * The sources writers type: every doc (partials too) of both languages. The
 * translation files are not among them: they are stored with their typography
 * (`npm run typography:translations`).
 */
function typographySources(): string[] {
  const docs = [ENGLISH_DOCS_DIR, FRENCH_DOCS_DIR].flatMap((dir) =>
    readdirSync(join(siteDir, dir), {recursive: true, encoding: 'utf8'})
      .map((path) => path.split('\\').join('/'))
      .filter((path) => /\.mdx?$/.test(path) && !path.startsWith('reference/'))
      .map((path) => `${dir}/${path}`),
  );
  return docs.sort();
}

void main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`i18n:check: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
