/**
 * `npm run typography:translations`: writes the typography of each
 * translated locale into its translation files (`i18n/<locale>/**\/*.json`),
 * where Docusaurus reads the UI strings, navbar, footer and sidebar labels.
 * `--check` (`npm run typography:check`, part of `npm run check`) only lists
 * the files that lack it, and exits 1 if any does.
 *
 * @module
 */
import {fileURLToPath} from 'node:url';
import {i18n} from '../../docusaurus.config';
import {typographTranslationFiles} from '../../src/plugins/typography/translations';

const siteDir = fileURLToPath(new URL('../..', import.meta.url));
const check = process.argv.includes('--check');
const files = typographTranslationFiles(siteDir, i18n, {write: !check});
if (check) {
  for (const file of files) {
    console.log(`${file}: messages without their typography; run npm run typography:translations`);
  }
  console.log(
    files.length === 0
      ? 'typography:check: every translation file has its typography'
      : `typography:check: ${files.length} file(s) to typograph`,
  );
  process.exitCode = files.length === 0 ? 0 : 1;
} else {
  for (const file of files) console.log(`typographed ${file}`);
}
