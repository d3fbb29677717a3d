/**
 * `npm run write-translations`: Docusaurus's `write-translations` for every
 * translated locale of the site config, so that a new UI string reaches each
 * translation file without a list of locales here.
 *
 * @module
 */
import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {i18n} from '../docusaurus.config';
import {translatedLocales} from '../src/plugins/integrations/siteFiles';

const siteDir = join(__dirname, '..');
const docusaurus = join(siteDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');

for (const locale of translatedLocales(i18n)) {
  const result = spawnSync(
    process.execPath,
    [docusaurus, 'write-translations', '--locale', locale, ...process.argv.slice(2)],
    {cwd: siteDir, stdio: 'inherit'},
  );
  if (result.status !== 0) {
    process.exitCode = result.status ?? 1;
    break;
  }
}
