import {join} from 'node:path';
import {englishCounterpart} from './remark';

const site = {defaultLocale: 'en', locales: ['en', 'fr']};

describe('the source of a translated doc', () => {
  it('is the default-locale doc with the same id, at its path on the site', () => {
    expect(
      englishCounterpart(
        '/site/i18n/fr/docusaurus-plugin-content-docs/current/spend-insights/overview.mdx',
        '/site',
        site,
      ),
    ).toEqual({
      file: join('/site', 'docs/spend-insights/overview.mdx'),
      path: '/spend-insights/overview',
    });
  });

  it('is none for a default-locale doc or a partial', () => {
    expect(
      englishCounterpart('/site/docs/spend-insights/overview.mdx', '/site', site),
    ).toBeUndefined();
    expect(
      englishCounterpart(
        '/site/i18n/fr/docusaurus-plugin-content-docs/current/_partials/steps.mdx',
        '/site',
        site,
      ),
    ).toBeUndefined();
  });
});
