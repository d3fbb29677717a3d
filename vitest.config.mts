import {configDefaults, defineConfig} from 'vitest/config';
import {fileURLToPath} from 'node:url';

const stub = (name: string) => fileURLToPath(new URL(`./tests/stubs/${name}`, import.meta.url));

/** `Name.<locale>.test.tsx`: renders in a locale other than the default one. */
const LOCALE_TEST_FILES = 'src/**/*.*.test.tsx';

/** What both unit projects share. */
const unit = {
  environment: 'jsdom' as const,
  // A safety net, not a speed limit: a busy machine must not fail a correct test.
  testTimeout: 60_000,
  hookTimeout: 60_000,
  setupFiles: ['./tests/setup.ts'],
};

// Docusaurus client modules only exist inside a Docusaurus bundle; the stubs
// below reproduce their contracts (and read the real French code.json) so
// components render under jsdom. The router is the real react-router.
export default defineConfig({
  // tsconfig keeps JSX for Docusaurus's own compiler; tests compile it here.
  oxc: {jsx: {runtime: 'automatic'}},
  resolve: {
    alias: [
      {find: '@docusaurus/Link', replacement: stub('Link.tsx')},
      {find: '@docusaurus/Translate', replacement: stub('Translate.tsx')},
      {find: '@docusaurus/useDocusaurusContext', replacement: stub('useDocusaurusContext.ts')},
      {find: '@docusaurus/useIsBrowser', replacement: stub('useIsBrowser.ts')},
      {find: '@docusaurus/useBaseUrl', replacement: stub('useBaseUrl.ts')},
      {find: '@docusaurus/useBrokenLinks', replacement: stub('useBrokenLinks.ts')},
      {find: '@docusaurus/isInternalUrl', replacement: stub('isInternalUrl.ts')},
      {find: '@docusaurus/theme-common', replacement: stub('theme-common.ts')},
      {find: '@docusaurus/router', replacement: 'react-router-dom'},
      {find: '@theme/Heading', replacement: stub('Heading.tsx')},
      {find: '@theme/Icon/ExternalLink', replacement: stub('IconExternalLink.tsx')},
      // The search plugin's client code reads the constants it generates per locale at build time.
      {
        find: '@generated/@easyops-cn/docusaurus-search-local/default/generated-constants.js',
        replacement: fileURLToPath(
          new URL('./tests/search/generatedConstants.ts', import.meta.url),
        ),
      },
      {find: /^@site\/(.*)$/, replacement: fileURLToPath(new URL('./$1', import.meta.url))},
    ],
  },
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          ...unit,
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          exclude: [...configDefaults.exclude, LOCALE_TEST_FILES],
          // Files share a worker's modules and jsdom (tests/setup.ts cleans up after each
          // test): a fresh module graph and window per file tripled this project's time.
          isolate: false,
        },
      },
      {
        // A component file's modules are evaluated once per locale bundle: these files
        // evaluate them in their locale, so each needs modules of its own.
        extends: true,
        test: {...unit, name: 'unit-locale', include: [LOCALE_TEST_FILES]},
      },
      {
        // Reads build/ (npm run build:test), and builds a copy of the site only where a
        // failure must be provoked (one locale). Limits are a safety net, far above an honest run.
        extends: true,
        test: {
          name: 'build',
          environment: 'node',
          include: ['tests/build/**/*.test.ts'],
          // Its client code (ESM without extensions) is compiled like the tests, with the alias above.
          server: {deps: {inline: [/@easyops-cn\/docusaurus-search-local/]}},
          // The README deployment builds the site once: 1.5 min alone, over 12 min on a
          // 2-core machine shared by a dozen jobs.
          testTimeout: 1_800_000,
          hookTimeout: 1_800_000,
          // Two files at once (npm run test:build): a build keeps about one core and a half
          // busy, the rest of a file (spawned checks, a browser) less. Each worker has its own
          // copy (scripts/siteCopy.ts); build/ is only read.
          fileParallelism: true,
        },
      },
      {
        // Real Chromium against the production build served by nginx. Files run in
        // parallel, one per worker, each launching its own Chromium (fresh profile).
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['./tests/e2e/globalSetup.ts'],
          // A safety net, not a speed limit: a busy machine must not fail a correct test.
          testTimeout: 600_000,
          hookTimeout: 600_000,
          // expect.poll waits for the page, not for a clock: 1 s by default is too short on a busy machine.
          expect: {poll: {timeout: 60_000}},
          fileParallelism: true,
          // Pages a sweep (describe.concurrent) checks at once in one Chromium: while one page
          // loads or hydrates, another runs axe, so both cores stay busy.
          maxConcurrency: 5,
        },
      },
    ],
  },
});
