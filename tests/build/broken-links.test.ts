import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {i18n} from '../../docusaurus.config';
import {createSiteCopy, type SiteCopy} from '../../scripts/siteCopy';
import {docsDir} from '../../src/plugins/integrations/siteFiles';

const frenchFaqs = `${docsDir('fr', i18n)}/spend-insights/resources/customer-faqs.mdx`;

describe('a link broken in the French version only', () => {
  let site: SiteCopy;
  beforeAll(() => {
    site = createSiteCopy();
  });
  afterAll(() => site.dispose());

  it('fails the French build and names the page with the broken anchor', () => {
    site.edit(frenchFaqs, (text) =>
      text.replace('./link-file.mdx)', './link-file.mdx#no-such-anchor)'),
    );
    const {status, output} = site.build('fr');
    expect(status).not.toBe(0);
    expect(output).toContain('Unable to build website for locale fr');
    expect(output).toMatch(
      /broken anchor on source page path = \/spend-insights\/resources\/customer-faqs/i,
    );
    expect(output).toContain('/spend-insights/resources/link-file#no-such-anchor');
  });

  it('fails the French build on a link to a missing page', () => {
    site.edit(frenchFaqs, (text) =>
      text.replace('./link-file.mdx#no-such-anchor)', '/spend-insights/no-such-page)'),
    );
    const {status, output} = site.build('fr');
    expect(status).not.toBe(0);
    expect(output).toContain('Unable to build website for locale fr');
    expect(output).toMatch(
      /broken link on source page path = \/spend-insights\/resources\/customer-faqs/i,
    );
    expect(output).toContain('-> linking to /spend-insights/no-such-page');
  });
});
