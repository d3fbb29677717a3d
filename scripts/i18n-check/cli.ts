/**
 * `npm run i18n:check`: lists what is missing or untranslated in each
 * translated locale of the site config (`i18n.locales` but the default one),
 * one line per problem, and exits 1 if anything is; 0 with a one-line
 * summary otherwise. Besides files, keys, front matter and heading ids, it
 * reads the text: translated prose or UI strings still in English, no-break spaces
 * and curly apostrophes typed by hand in docs, and stale translations (translated pages
 * whose English page changed since they were translated: a warning locally,
 * a problem when CI=true unless the page sets `translation_pending: true`).
 *
 * `--site <dir>` checks the docs and translations of another copy of the site,
 * in the locales of that copy's config (the tests use it); the English
 * reference of the UI strings still comes from this one.
 *
 * The English reference of the translation files comes from Docusaurus's own
 * extraction (`write-translations --locale en`), run in a throw-away copy of the
 * site so that the work tree is left untouched.
 *
 * @module
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {loadRegistry} from '../../src/plugins/integrations/registry';
import {
  docsDir,
  translatedLocales,
  type SiteLocales,
} from '../../src/plugins/integrations/siteFiles';
import {createSiteCopy} from '../siteCopy';
import {
  checkTranslations,
  readAllowlist,
  readSite,
  readTranslationFiles,
  type CheckResult,
  type SiteContent,
  type TranslationFiles,
} from './check';
import {
  englishInTranslatedMessages,
  englishInTranslatedPages,
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
  // The checked site's own config: a copy may have locales this one does not.
  const {i18n} = (await import(pathToFileURL(join(siteDir, 'docusaurus.config.ts')).href)) as {
    i18n: SiteLocales;
  };
  const {integrations} = loadRegistry(siteDir, {
    site: i18n,
    today: new Date().toISOString().slice(0, 10),
  }).registry;
  /** Names that stay as they are in every language: the product, the provider and every software of the data files. */
  const names = [
    'Spend Insights',
    'Codat',
    ...integrations.flatMap((entry) => [entry.name, ...entry.aliases]),
  ];
  let english: TranslationFiles;
  let sites: SiteContent[];
  let allowlist: string[];
  try {
    english = extractEnglishReference();
    sites = translatedLocales(i18n).map((locale) => readSite(siteDir, locale, i18n));
    allowlist = readAllowlist(allowlistFile);
  } catch (error) {
    console.error(`i18n:check: ${(error as Error).message}`);
    return 1;
  }
  const problems: LineFinding[] = [];
  const warnings: LineFinding[] = [];
  const result: Pick<CheckResult, 'pages' | 'keys'> = {pages: 0, keys: 0};
  const detected = namesForDetection([...names, ...allowlist]);
  const ci = process.env.CI === 'true' || process.env.CI === '1';
  for (const site of sites) {
    const checked = await checkTranslations(site, {
      english,
      registryIds: integrations.map((integration) => integration.id),
      allowlist,
    });
    problems.push(...checked.problems);
    warnings.push(...checked.warnings);
    result.pages = Math.max(result.pages, checked.pages);
    result.keys += checked.keys;
    problems.push(
      ...(await englishInTranslatedPages(site, detected, TEXTLINTRC)),
      ...englishInTranslatedMessages(site, detected),
    );
    for (const {finding, pending} of await staleTranslations(site)) {
      (ci && !pending ? problems : warnings).push(finding);
    }
  }
  for (const file of typographySources(i18n)) {
    problems.push(...handTypedTypography(file, readFileSync(join(siteDir, file), 'utf8')));
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
 * The sources writers type: every doc (partials too) of every locale. The
 * translation files are not among them: they are stored with their typography
 * (`npm run typography:translations`).
 */
function typographySources(i18n: SiteLocales): string[] {
  return i18n.locales
    .flatMap((locale) => {
      const dir = docsDir(locale, i18n);
      return readdirSync(join(siteDir, dir), {recursive: true, encoding: 'utf8'})
        .map((path) => path.split('\\').join('/'))
        .filter((path) => /\.mdx?$/.test(path) && !path.startsWith('reference/'))
        .map((path) => `${dir}/${path}`);
    })
    .sort();
}

void main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`i18n:check: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
