/**
 * `npm run i18n:mark-translated -- <page>...`: records, in each French page's
 * front matter, which version of its English page it translates
 * (`translation_of`, a hash of the English source), and drops
 * `translation_pending`. Run it once a French page says what its English page
 * says. A page is given by its English or French file, or by its path relative
 * to the docs folder; `--all` marks every French page.
 *
 * @module
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {
  sourceHash,
  TRANSLATION_OF,
  TRANSLATION_PENDING,
} from '../../src/plugins/typography/translationStatus';
import {ENGLISH_DOCS_DIR, FRENCH_DOCS_DIR, readDocs} from './check';

const siteDir = join(__dirname, '../..');

/** The page's path relative to the docs folders, from any of the ways a writer may name it. */
export function pageOf(argument: string): string {
  const path = argument.split('\\').join('/').replace(/^\.\//, '');
  for (const dir of [FRENCH_DOCS_DIR, ENGLISH_DOCS_DIR]) {
    if (path.startsWith(`${dir}/`)) return path.slice(dir.length + 1);
  }
  return path;
}

/** The French source with `translation_of: <hash>` set and `translation_pending` removed. */
export function markSource(frenchSource: string, englishHash: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(frenchSource);
  const line = `${TRANSLATION_OF}: ${englishHash}`;
  if (!match) return `---\n${line}\n---\n\n${frenchSource}`;
  const fields = match[1]!
    .split('\n')
    .filter(
      (field) =>
        !field.startsWith(`${TRANSLATION_OF}:`) && !field.startsWith(`${TRANSLATION_PENDING}:`),
    );
  fields.push(line);
  return `---\n${fields.join('\n')}\n---${frenchSource.slice(match[0].length)}`;
}

function main(args: string[]): number {
  const pages = args.includes('--all')
    ? Object.keys(readDocs(join(siteDir, FRENCH_DOCS_DIR)))
    : args.filter((arg) => !arg.startsWith('--')).map(pageOf);
  if (pages.length === 0) {
    console.error('Usage: npm run i18n:mark-translated -- <page>... | --all');
    return 1;
  }
  let failed = 0;
  for (const page of pages) {
    const english = join(siteDir, ENGLISH_DOCS_DIR, page);
    const french = join(siteDir, FRENCH_DOCS_DIR, page);
    if (!existsSync(english) || !existsSync(french)) {
      console.error(
        `${FRENCH_DOCS_DIR}/${page}: needs both ${ENGLISH_DOCS_DIR}/${page} and the French page`,
      );
      failed += 1;
      continue;
    }
    // Docusaurus refuses front matter in a partial, so partials carry no translation mark.
    if (basename(page).startsWith('_')) {
      console.log(`${FRENCH_DOCS_DIR}/${page}: a partial, nothing to mark`);
      continue;
    }
    const hash = sourceHash(readFileSync(english, 'utf8'));
    const before = readFileSync(french, 'utf8');
    const after = markSource(before, hash);
    if (after !== before) writeFileSync(french, after);
    console.log(`${FRENCH_DOCS_DIR}/${page}: translates ${ENGLISH_DOCS_DIR}/${page} at ${hash}`);
  }
  return failed > 0 ? 1 : 0;
}

if (process.argv[1] && /markTranslated\.ts$/.test(process.argv[1])) {
  process.exitCode = main(process.argv.slice(2));
}
