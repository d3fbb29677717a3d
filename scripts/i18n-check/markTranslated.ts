/**
 * `npm run i18n:mark-translated -- <page>...`: records, in each translated
 * page's front matter, which version of its English page it translates
 * (`translation_of`, a hash of the English source), and drops
 * `translation_pending`. Run it once a translated page says what its English
 * page says. A page is given by its translated file (that locale only), or by
 * its English file or its path relative to the docs folder (every translated
 * locale); `--all` marks every translated page.
 *
 * @module
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {i18n} from '../../docusaurus.config';
import {docsDir, translatedLocales} from '../../src/plugins/integrations/siteFiles';
import {
  sourceHash,
  TRANSLATION_OF,
  TRANSLATION_PENDING,
} from '../../src/plugins/staleTranslations/translationStatus';
import {ENGLISH_DOCS_DIR, readDocs} from './check';

const siteDir = join(__dirname, '../..');

/**
 * The page's path relative to the docs folders, and the locales to mark: the
 * locale of a translated file, or every translated locale for an English file
 * or a bare path.
 */
export function pageOf(argument: string): {page: string; locales: string[]} {
  const path = argument.split('\\').join('/').replace(/^\.\//, '');
  for (const locale of translatedLocales(i18n)) {
    const dir = docsDir(locale, i18n);
    if (path.startsWith(`${dir}/`)) return {page: path.slice(dir.length + 1), locales: [locale]};
  }
  const page = path.startsWith(`${ENGLISH_DOCS_DIR}/`)
    ? path.slice(ENGLISH_DOCS_DIR.length + 1)
    : path;
  return {page, locales: translatedLocales(i18n)};
}

/** The translated source with `translation_of: <hash>` set and `translation_pending` removed. */
export function markSource(translatedSource: string, englishHash: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(translatedSource);
  // Quoted: a hash of decimal digits only would otherwise be read back as a YAML number.
  const line = `${TRANSLATION_OF}: '${englishHash}'`;
  if (!match) return `---\n${line}\n---\n\n${translatedSource}`;
  const fields = match[1]!
    .split('\n')
    .filter(
      (field) =>
        !field.startsWith(`${TRANSLATION_OF}:`) && !field.startsWith(`${TRANSLATION_PENDING}:`),
    );
  fields.push(line);
  return `---\n${fields.join('\n')}\n---${translatedSource.slice(match[0].length)}`;
}

function main(args: string[]): number {
  const pages = args.includes('--all')
    ? translatedLocales(i18n).flatMap((locale) =>
        Object.keys(readDocs(join(siteDir, docsDir(locale, i18n)))).map((page) => ({
          page,
          locales: [locale],
        })),
      )
    : args.filter((arg) => !arg.startsWith('--')).map(pageOf);
  if (pages.length === 0) {
    console.error('Usage: npm run i18n:mark-translated -- <page>... | --all');
    return 1;
  }
  let failed = 0;
  for (const {page, locales} of pages) {
    for (const locale of locales) {
      const dir = docsDir(locale, i18n);
      const english = join(siteDir, ENGLISH_DOCS_DIR, page);
      const translated = join(siteDir, dir, page);
      if (!existsSync(english) || !existsSync(translated)) {
        console.error(
          `${dir}/${page}: needs both ${ENGLISH_DOCS_DIR}/${page} and the translated page`,
        );
        failed += 1;
        continue;
      }
      // Docusaurus refuses front matter in a partial, so partials carry no translation mark.
      if (basename(page).startsWith('_')) {
        console.log(`${dir}/${page}: a partial, nothing to mark`);
        continue;
      }
      const hash = sourceHash(readFileSync(english, 'utf8'));
      const before = readFileSync(translated, 'utf8');
      const after = markSource(before, hash);
      if (after !== before) writeFileSync(translated, after);
      console.log(`${dir}/${page}: translates ${ENGLISH_DOCS_DIR}/${page} at ${hash}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

if (process.argv[1] && /markTranslated\.ts$/.test(process.argv[1])) {
  process.exitCode = main(process.argv.slice(2));
}
