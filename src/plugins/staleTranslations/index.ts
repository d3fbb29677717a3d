/**
 * Translation staleness: which translated docs are older than their
 * default-locale source, told by a hash of the source recorded in the
 * translation's front matter (`translationStatus.ts`).
 *
 * - {@link remarkStaleTranslation} puts a notice at the top of a stale page
 *   (a remark plugin passed through the docs options).
 * - The plugin makes each translated doc depend on its source file, so that a
 *   cached build shows or drops the notice when only the source changed.
 * - `npm run i18n:check` lists stale pages; `npm run i18n:mark-translated`
 *   records a page as translated.
 *
 * Paths come from `src/plugins/integrations/siteFiles.ts`.
 *
 * @module
 */
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {docsDir} from '../integrations/siteFiles';

export {default as remarkStaleTranslation} from './remark';

export default function staleTranslationsPlugin(context: LoadContext): Plugin {
  const {currentLocale, defaultLocale} = context.i18n;
  const site = context.i18n;
  return {
    name: 'spend-insights-stale-translations',
    configureWebpack() {
      if (currentLocale === defaultLocale) return {};
      const translatedDir = join(context.siteDir, docsDir(currentLocale, site));
      return {
        module: {
          rules: [
            {
              test: /\.mdx?$/,
              include: [translatedDir],
              enforce: 'pre' as const,
              use: [
                {
                  loader: require.resolve('./sourceDependency.cjs'),
                  options: {
                    translatedDir,
                    sourceDir: join(context.siteDir, docsDir(defaultLocale, site)),
                  },
                },
              ],
            },
          ],
        },
      };
    },
  };
}
