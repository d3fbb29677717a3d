import {cpSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {spawnSync} from 'node:child_process';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  createSiteCopy,
  projectRoot,
  type CommandResult,
  type SiteCopy,
} from '../../scripts/siteCopy';
import {i18n} from '../../docusaurus.config';
import {guideDocId, hasGuide} from '../../src/data/paths';
import {
  docsDir,
  pluginTranslationFile,
  translationFile,
  type SiteLocales,
} from '../../src/plugins/integrations/siteFiles';
import {published, registry} from '../registry';

// A locale the data files, schema and components know nothing of: adding it
// must take only the steps of ARCHITECTURE.md ("Where to add… a locale").
const LOCALE = 'de';
const site3: SiteLocales = {defaultLocale: i18n.defaultLocale, locales: [...i18n.locales, LOCALE]};

/** Accents every letter outside `{placeholders}`: visibly "translated", still readable. */
function pseudo(message: string): string {
  const accents: Record<string, string> = {a: 'ä', e: 'ë', i: 'ï', o: 'ö', u: 'ü', A: 'Ä', O: 'Ö'};
  return message
    .split(/(\{[^}]*\})/)
    .map((part) => (part.startsWith('{') ? part : part.replace(/[aeiouAO]/g, (c) => accents[c]!)))
    .join('');
}

/** Pseudo-translates every message of a translation file written by `write-translations`. */
function pseudoTranslate(dir: string, file: string): void {
  const path = join(dir, file);
  const messages = JSON.parse(readFileSync(path, 'utf8')) as Record<string, {message: string}>;
  for (const entry of Object.values(messages)) entry.message = pseudo(entry.message);
  writeFileSync(path, `${JSON.stringify(messages, null, 2)}\n`);
}

// One build of one locale, and the translation check, on a busy machine.
const SAFETY_NET = 15 * 60_000;

describe('a third locale, added to a copy of the site', () => {
  let site: SiteCopy;
  let build: CommandResult;
  const html = (page: string) => readFileSync(join(site.dir, 'build', `${page}.html`), 'utf8');

  beforeAll(() => {
    site = createSiteCopy();
    site.edit('docusaurus.config.ts', (config) =>
      config
        .replace(/(\n\s*locales: \[[^\]]*)\]/, `$1, '${LOCALE}']`)
        .replace(
          /(\n\s*localeConfigs: \{)/,
          `$1\n    ${LOCALE}: {label: 'Deutsch (pseudo)', htmlLang: '${LOCALE}'},`,
        ),
    );
    const written = site.docusaurus(['write-translations', '--locale', LOCALE]);
    if (written.status !== 0) throw new Error(`write-translations failed:\n${written.output}`);
    // The UI strings of the pages and of the integrations plugin are translated;
    // the navbar and footer are left as written, in English, for the check to find.
    pseudoTranslate(site.dir, translationFile(LOCALE, 'code.json'));
    pseudoTranslate(site.dir, pluginTranslationFile(LOCALE, 'guides'));
    // The docs are copied untranslated, as a translator starts; the generated reference stays English-only.
    cpSync(
      join(site.dir, docsDir(i18n.defaultLocale, site3)),
      join(site.dir, docsDir(LOCALE, site3)),
      {
        recursive: true,
        filter: (source) => !source.includes(join('docs', 'reference')),
      },
    );
    build = site.build(LOCALE);
  }, SAFETY_NET);
  afterAll(() => site?.dispose());

  it('builds, and reports the data texts it shows in the default locale', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(
      new RegExp(
        `\\[${LOCALE}\\] the data files have no "${LOCALE}" text yet: \\d+ texts are shown in "${i18n.defaultLocale}" \\(untranslated\\)`,
      ),
    );
  });

  it('renders the catalog in the locale, a tile per software with a guide', () => {
    const page = html('spend-insights/connect');
    expect(page).toMatch(new RegExp(`<html[^>]*\\blang="?${LOCALE}"?[\\s>]`));
    expect(page).toContain(`aria-label="${pseudo('Software catalog')}"`);
    const withGuide = published(LOCALE).catalog.filter(hasGuide);
    expect(withGuide.length).toBeGreaterThan(0);
    for (const {id} of withGuide) expect(page).toContain(`data-integration=${id}`);
    expect(page.match(/data-integration=/g)).toHaveLength(withGuide.length);
  });

  it('renders a guide in the locale, titled with its translated message', () => {
    const software = registry.integrations.find(hasGuide)!;
    const page = html(guideDocId(software.id));
    expect(page).toMatch(new RegExp(`<html[^>]*\\blang="?${LOCALE}"?[\\s>]`));
    expect(page).toContain(`<h1>${pseudo('Connect {name}').replace('{name}', software.name)}`);
  });

  it(
    'names the untranslated UI strings and pages in the translation check',
    () => {
      const check = spawnSync(
        join(projectRoot, 'node_modules/.bin/tsx'),
        [join(projectRoot, 'scripts/i18n-check/cli.ts'), '--site', site.dir],
        {cwd: projectRoot, encoding: 'utf8', env: {...process.env, FORCE_COLOR: '0'}},
      );
      const output = `${check.stdout}\n${check.stderr}`;
      expect(check.status, output).toBe(1);
      const footer = translationFile(LOCALE, 'docusaurus-theme-classic/footer.json');
      expect(output).toContain(
        `${footer}: key "copyright" is identical to English ("Spend Insights documentation")`,
      );
      expect(output).toContain(`${docsDir(LOCALE, site3)}/spend-insights/overview.mdx:`);
    },
    SAFETY_NET,
  );
});
