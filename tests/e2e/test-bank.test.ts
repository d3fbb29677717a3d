import {describe, expect, inject, it} from 'vitest';
import {parse} from 'yaml';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {i18n} from '../../docusaurus.config';
import type {BankProfileData} from '../../src/data/bankProfile';
import {loadAudit} from '../../src/plugins/accessibility/audit';
import {projectRoot} from '../../scripts/siteCopy';
import {TEST_BANK_PROFILE} from '../testBankBuild';
import {localePrefix} from './browser';
import {sweepOfBlock} from './sweep';

// Every page is swept on the default profile's build (every-page.*.test.ts). A
// bank's profile changes its name, contacts, logo and brand colour on every
// page: the accessibility audit's sample pages get the same sweep (axe with
// every WCAG 2.2 AA and RGAA rule in light mode, contrast in dark mode; no CSP
// violation, console error or failed request) on the build with the second
// profile, in both locales.
const {audit, problems} = loadAudit(projectRoot);
if (!audit) throw new Error(problems.map(({message}) => message).join('\n'));
const testBank = parse(
  readFileSync(join(projectRoot, TEST_BANK_PROFILE), 'utf8'),
) as BankProfileData;

describe.concurrent(`the audit's sample pages with ${TEST_BANK_PROFILE}`, () => {
  const sweep = sweepOfBlock();

  it('are served from the build with that profile', async () => {
    const page = await fetch(`${inject('testBankOrigin')}/spend-insights/connect`);
    expect(await page.text()).toContain(testBank.name[i18n.defaultLocale]);
  });

  for (const locale of i18n.locales) {
    for (const sample of audit.samplePages) {
      const path = `${localePrefix(locale)}${sample.path}`;
      it(`${path} loads cleanly and passes axe in light and dark mode`, async ({expect}) => {
        expect(
          await sweep().check(inject('testBankOrigin'), {path, lang: locale, status: 200}),
        ).toEqual([]);
      });
    }
  }
});
