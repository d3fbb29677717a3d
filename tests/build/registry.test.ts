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
    expect(output).toContain('Invalid registry');
    expect(output).toContain(
      'src/data/integrations/entries.ts: entry "freeagent", field "methods": lists "direct", so the fr guide i18n/fr/docusaurus-plugin-content-docs/current/spend-insights/integrations/freeagent.mdx must exist: it is missing',
    );
  });

  it('fails the English build on a bad entry, naming every wrong field', () => {
    site.edit(entries, (text) =>
      text
        .replace("countries: ['NL', 'GB'],", "countries: ['NL', 'UK'],")
        .replace("tags: ['premium', 'on-premise'],", "tags: ['premium', 'desktop'],")
        .replace(/(id: 'xero',[^}]*?minutes: )5,/, '$1500,'),
    );
    const {status, output} = site.build('en');
    expect(status).not.toBe(0);
    expect(output).toContain('[en] Invalid registry');
    expect(output).toContain(
      'src/data/integrations/entries.ts: entry "exact-online", field "countries[1]": is not an ISO 3166-1 alpha-2 country code',
    );
    expect(output).toMatch(/entry "(quickbooks-desktop|sage-50-accounts)", field "tags\[1\]"/);
    expect(output).toContain('entry "xero", field "effort.minutes": must be at most 120');
  });

  it('fails the French build on a troubleshooting entry for an unknown software', () => {
    site.edit('src/data/troubleshooting/entries.ts', (text) =>
      text.replace("software: 'xero',", "software: 'xero-classic',"),
    );
    const {status, output} = site.build('fr');
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /\[fr\] Invalid registry[\s\S]*src\/data\/troubleshooting\/entries\.ts: entry "xero-[a-z-]+", field "software": is not an id of the integrations registry/,
    );
  });
});
