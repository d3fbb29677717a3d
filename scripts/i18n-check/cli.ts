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
 * site so that the work tree is left untouched, and cached under
 * node_modules/.cache/i18n-check/ keyed on a hash of what it reads.
 *
 * @module
 */
import {createHash} from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {loadRegistry} from '../../src/plugins/integrations/registry';
import {
  docsDir,
  translatedLocales,
  type SiteLocales,
} from '../../src/plugins/integrations/siteFiles';
import {createSiteCopy, projectRoot} from '../siteCopy';
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

/**
 * What `write-translations` reads: the config, the sidebars, the docs and the
 * components' `translate()` calls, and the installed Docusaurus (its theme strings).
 */
const EXTRACTION_INPUTS = [
  'docusaurus.config.ts',
  'sidebars.ts',
  'package-lock.json',
  'docs',
  'src',
];

/** A hash of the extraction's inputs in this site: the key of its cached result. */
function extractionKey(): string {
  const hash = createHash('sha256');
  const add = (relative: string) => {
    const path = join(projectRoot, relative);
    // docs/reference is generated (by TypeDoc, from src/) and ignored by git.
    if (!existsSync(path) || relative === 'docs/reference') return;
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) add(`${relative}/${entry}`);
    } else {
      hash.update(`${relative}\0`).update(readFileSync(path)).update('\0');
    }
  };
  for (const input of EXTRACTION_INPUTS) add(input);
  return hash.digest('hex').slice(0, 16);
}

/**
 * The English reference, extracted once per state of its inputs: kept in
 * node_modules/.cache/i18n-check/ (a fresh install has none, and extracts).
 */
function englishReference(): TranslationFiles {
  const cacheDir = join(projectRoot, 'node_modules/.cache/i18n-check');
  const cached = join(cacheDir, `english-${extractionKey()}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as TranslationFiles;
  const english = extractEnglishReference();
  mkdirSync(cacheDir, {recursive: true});
  // One entry: an older state of the site is not needed again. Another check may be
  // writing beside this one (the build tests run two files at once): its file appears whole.
  for (const entry of readdirSync(cacheDir)) {
    if (entry.endsWith('.json') && join(cacheDir, entry) !== cached)
      rmSync(join(cacheDir, entry), {force: true});
  }
  const written = `${cached}.${process.pid}`;
  writeFileSync(written, JSON.stringify(english));
  renameSync(written, cached);
  return english;
}

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
    english = englishReference();
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
