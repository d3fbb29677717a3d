/**
 * Lighthouse CI (`lhci collect`, then `lhci assert`) on the built site served
 * by nginx with the production rules, in Debian's headless Chromium: 3 runs of
 * each page, mobile (Lighthouse's default) or desktop (LHCI_FORM_FACTOR=desktop).
 * `npm run bench:lighthouse` serves the build, runs both form factors against
 * LHCI_ORIGIN and writes the figures to bench/RESULTS.md. By hand, with nginx
 * serving a build of `npm run build:test` (SITE_URL http://127.0.0.1:4173):
 *
 *   npx lhci collect --config=lighthouserc.cjs && npx lhci assert --config=lighthouserc.cjs
 */
const origin = process.env.LHCI_ORIGIN ?? 'http://127.0.0.1:4173';
const desktop = process.env.LHCI_FORM_FACTOR === 'desktop';

const english = [
  ['Home', '/'],
  ['Data streaming (catalog)', '/spend-insights/resources/link-software'],
  ['Xero guide', '/spend-insights/integrations/xero'],
  ['Key terms (plain docs)', '/spend-insights/guides/key-terms'],
];
/** The pages measured, in English and French: [name, path]. */
const pages = [...english, ...english.map(([name, path]) => [name, `/fr${path}`])];

/** Budgets are met by the median of the runs, not by the best one (LHCI's default). */
const median = (options) => ['error', {aggregationMethod: 'median', ...options}];

module.exports = {
  pages,
  ci: {
    collect: {
      url: pages.map(([, path]) => `${origin}${path}`),
      numberOfRuns: 3,
      chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      settings: {
        ...(desktop ? {preset: 'desktop'} : {}),
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        // The same flags as scripts/chromium.ts: quiet, and on loopback only.
        chromeFlags: [
          '--headless=new',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ].join(' '),
      },
    },
    assert: {
      includePassedAssertions: true,
      assertMatrix: [
        {
          matchingUrlPattern: '.*',
          assertions: {
            'categories:accessibility': median({minScore: 1}),
            'categories:best-practices': median({minScore: 1}),
            'categories:seo': median({minScore: 1}),
            'cumulative-layout-shift': median({maxNumericValue: 0}),
          },
        },
        {
          // The catalog is the page that must stay fast.
          matchingUrlPattern: '/resources/link-software$',
          assertions: {'categories:performance': median({minScore: desktop ? 1 : 0.9})},
        },
      ],
    },
  },
};
