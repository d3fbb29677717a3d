import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {JSDOM} from 'jsdom';
import {describe, expect, it} from 'vitest';
import {i18n} from '../../docusaurus.config';
import {htmlFiles} from '../../scripts/typography/audit';
import {computeConformity, loadAudit} from '../../src/plugins/accessibility/audit';

// Reads the production build of `npm run build:test` (both locales).
const siteDir = join(__dirname, '../..');
const buildDir = join(siteDir, 'build');
const localeDir = (locale: string) =>
  locale === i18n.defaultLocale ? buildDir : join(buildDir, locale);
const localePrefix = (locale: string) => (locale === i18n.defaultLocale ? '' : `/${locale}`);

const {audit} = loadAudit(siteDir);
const conformity = computeConformity(audit!);

/** The status and footer wording: the components' English, the French translation file. */
const frenchMessages = JSON.parse(
  readFileSync(join(siteDir, 'i18n/fr/code.json'), 'utf8'),
) as Record<string, {message: string}>;
const ENGLISH: Record<string, string> = {
  'accessibility.status.full': 'fully compliant',
  'accessibility.status.partial': 'partially compliant',
  'accessibility.status.none': 'not compliant',
  'footer.accessibility': 'Accessibility: {status}',
};
const message = (locale: string, id: string) =>
  locale === i18n.defaultLocale ? ENGLISH[id]! : frenchMessages[id]!.message;
/** Text with its no-break spaces as ordinary ones, runs of spaces as one. */
const plain = (text: string | null | undefined) =>
  (text ?? '').replace(/[\u00a0\u202f\s]+/g, ' ').trim();

describe.each(['en', 'fr'])('the accessibility statement in %s', (locale) => {
  const status = plain(message(locale, `accessibility.status.${conformity.status}`));

  it('shows the status, rate and counts computed from the committed audit', () => {
    const html = readFileSync(join(localeDir(locale), 'accessibility.html'), 'utf8');
    const {document} = new JSDOM(html).window;
    const main = plain(document.querySelector('main')?.textContent);
    expect(main).toContain(status);
    const rate = new Intl.NumberFormat(locale, {maximumFractionDigits: 2}).format(conformity.rate);
    expect(main).toContain(`${rate} %`);
    expect(main).toMatch(
      new RegExp(`\\b${conformity.compliant}\\b[^.]*\\b${conformity.applicable}\\b`),
    );
    for (const id of [...conformity.nonCompliant, ...conformity.notTested]) {
      expect(main).toMatch(new RegExp(`\\b${id.replace('.', '\\.')} \\(`));
    }
    const date = document.querySelector('main time')?.getAttribute('dateTime');
    expect(date).toBe(audit!.date);
  });

  it('is linked from the footer of every page, with the status', () => {
    const dir = localeDir(locale);
    const pages = htmlFiles(dir).filter((page) => locale !== 'en' || !page.startsWith('fr/'));
    expect(pages.length).toBeGreaterThan(10);
    const label = plain(message(locale, 'footer.accessibility').replace('{status}', status));
    const missing = pages.filter((page) => {
      const html = readFileSync(join(dir, page), 'utf8');
      const footer = /<footer[\s\S]*<\/footer>/.exec(html)?.[0] ?? '';
      const link = JSDOM.fragment(footer).querySelector(
        `a[href="${localePrefix(locale)}/accessibility"]`,
      );
      return plain(link?.textContent) !== label;
    });
    expect(missing).toEqual([]);
  });
});
