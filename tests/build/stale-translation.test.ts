import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {JSDOM} from 'jsdom';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {i18n} from '../../docusaurus.config';
import {createSiteCopy, projectRoot, type SiteCopy} from '../../scripts/siteCopy';
import {docsDir} from '../../src/plugins/integrations/siteFiles';

const english = 'docs/spend-insights/overview.mdx';
const french = `${docsDir('fr', i18n)}/spend-insights/overview.mdx`;

/** Runs `npm run i18n:check` on the copy, as CI would (CI=true) or as a writer would. */
function i18nCheck(site: SiteCopy, ci: boolean) {
  const result = spawnSync(
    process.execPath,
    [
      join(projectRoot, 'node_modules/tsx/dist/cli.mjs'),
      join(projectRoot, 'scripts/i18n-check/cli.ts'),
      '--site',
      site.dir,
    ],
    {encoding: 'utf8', env: {...process.env, CI: ci ? 'true' : '', FORCE_COLOR: '0'}},
  );
  return {status: result.status, output: `${result.stdout}\n${result.stderr}`};
}

describe('a French page whose English page changed', () => {
  let site: SiteCopy;
  beforeAll(() => {
    site = createSiteCopy();
    site.edit(english, (text) =>
      text.replace(/\n## /, '\nA sentence added to the English page only.\n\n## '),
    );
  });
  afterAll(() => site.dispose());

  it('is a warning for the writer, and a problem in CI naming the page and the fix', () => {
    const local = i18nCheck(site, false);
    expect(local.output).toContain(`warning: ${french}:1: stale translation: ${english} changed`);
    expect(local.status).toBe(0);

    const ci = i18nCheck(site, true);
    expect(ci.status).toBe(1);
    expect(ci.output).toMatch(
      new RegExp(
        `^${french}:1: stale translation: ${english} changed since it was translated .*npm run i18n:mark-translated -- ${french}`,
        'm',
      ),
    );
  });

  it('passes CI once marked as knowingly pending', () => {
    site.edit(french, (text) => text.replace(/\n---\n/, '\ntranslation_pending: true\n---\n'));
    const ci = i18nCheck(site, true);
    expect(ci.output).toContain(`warning: ${french}:1: stale translation`);
    expect(ci.status).toBe(0);
  });

  it('shows a French notice at the top of the built French page, linking to the English page', () => {
    const {status, output} = site.build('fr');
    expect(status, output.slice(-2000)).toBe(0);
    const {document} = new JSDOM(
      readFileSync(join(site.dir, 'build/spend-insights/overview.html'), 'utf8'),
    ).window;
    const content = document.querySelector('.theme-doc-markdown')!;
    const notice = content.querySelector('.theme-admonition-warning')!;
    expect(notice).not.toBeNull();
    // At the top: right after the title, before the page's first paragraph.
    expect(content.querySelector('header')?.nextElementSibling).toBe(notice);
    const firstParagraph = [...content.querySelectorAll('p')].find((p) => !notice.contains(p))!;
    expect(notice.compareDocumentPosition(firstParagraph) & 4).toBe(4);
    expect(notice.textContent).toContain('Traduction à mettre à jour');
    expect(notice.textContent).toMatch(
      /La version anglaise de cette page a été modifiée le \d{1,2} [a-zéû]+ \d{4}, après cette traduction/,
    );
    const link = notice.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/spend-insights/overview');
    expect(link.getAttribute('hreflang')).toBe('en');
    expect(link.textContent).toBe('lire la version anglaise');

    // An up-to-date page has no notice.
    const faq = readFileSync(
      join(site.dir, 'build/spend-insights/resources/customer-faqs.html'),
      'utf8',
    );
    expect(faq).not.toContain('Traduction à mettre à jour');
  });
});
