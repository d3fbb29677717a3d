import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {createSiteCopy, type SiteCopy} from '../../scripts/siteCopy';

const entries = 'src/data/integrations/entries.ts';

describe('the registry validation plugin', () => {
  let site: SiteCopy;
  beforeEach(() => {
    site = createSiteCopy();
  });
  afterEach(() => site.dispose());

  it('fails the French build when a French guide is missing, instead of falling back to English', () => {
    site.remove(
      'i18n/fr/docusaurus-plugin-content-docs/current/spend-insights/integrations/freeagent.mdx',
    );
    const {status, output} = site.build('fr');
    expect(status).not.toBe(0);
    expect(output).toContain('Invalid integrations registry (src/data/integrations/entries.ts)');
    expect(output).toContain(
      'entry "freeagent", field "guide": the fr guide i18n/fr/docusaurus-plugin-content-docs/current/spend-insights/integrations/freeagent.mdx is missing',
    );
  });

  it('fails the English build on a bad entry, naming every wrong field', () => {
    site.edit(entries, (text) =>
      text
        .replace("countries: ['NL', 'GB'],", "countries: ['NL', 'UK'],")
        .replace("tags: ['premium', 'on-premise'],", "tags: ['premium', 'desktop'],")
        .replace(
          "effort: {minutes: 5, level: 'quick'},\n    logo: '/img/logos/xero.svg'",
          "effort: {minutes: 500, level: 'quick'},\n    logo: '/img/logos/xero.svg'",
        ),
    );
    const {status, output} = site.build('en');
    expect(status).not.toBe(0);
    expect(output).toContain('[en] Invalid integrations registry');
    expect(output).toContain(
      'entry "exact-online", field "countries[1]": is not an ISO 3166-1 alpha-2 country code',
    );
    expect(output).toMatch(/entry "(quickbooks-desktop|sage-50-accounts)", field "tags\[1\]"/);
    expect(output).toContain('entry "xero", field "effort.minutes": must be at most 120');
  });
});
