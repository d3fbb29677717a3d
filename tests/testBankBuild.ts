/**
 * The site built with the second profile, `profiles/test-bank.yml`, in both
 * locales: made by `tests/build/bank-profile.test.ts` (`npm run test:build`),
 * which checks it, and served by the browser tests next to `build/`
 * (`tests/e2e/globalSetup.ts`), which make it themselves when it is missing or
 * older than `build/` (`npm run test:e2e` run alone).
 *
 * @module
 */
import {existsSync, rmSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {projectRoot, type CommandResult, type SiteCopy} from '../scripts/siteCopy';

export const TEST_BANK_PROFILE = 'profiles/test-bank.yml';
/** Outside any site copy, so that the browser tests find it after the copy is gone. */
export const TEST_BANK_BUILD_DIR = join(projectRoot, '.tmp/build-test-bank');

/** Builds every locale of `site` with the test bank's profile into {@link TEST_BANK_BUILD_DIR}. */
export function buildTestBank(site: SiteCopy): CommandResult {
  rmSync(TEST_BANK_BUILD_DIR, {recursive: true, force: true});
  return site.docusaurus(['build', '--out-dir', TEST_BANK_BUILD_DIR], {
    BANK_PROFILE: TEST_BANK_PROFILE,
  });
}

/** True when the test bank's build has both locales and is not older than `build/`. */
export function testBankBuildIsCurrent(): boolean {
  const built = join(TEST_BANK_BUILD_DIR, 'fr/index.html');
  const main = join(projectRoot, 'build/index.html');
  return (
    existsSync(built) && (!existsSync(main) || statSync(built).mtimeMs >= statSync(main).mtimeMs)
  );
}
