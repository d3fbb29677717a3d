/**
 * Moves the site's own components and the guides' shared parts out of the
 * page chunks that use them into chunks of their own.
 *
 * Docusaurus disables webpack's default split groups and keeps only a
 * "common" group for modules used by half of all pages, which the guides'
 * parts never reach (the TypeDoc reference counts as pages). Without this
 * plugin every guide chunk carries its own copy of the guide components,
 * labels and partials, so a page whose sidebar shows eight guides prefetches
 * eight copies. Grouped by the set of pages that share them, a module is
 * fetched once per site visit and a page still loads only the modules it uses.
 *
 * @module
 */
import type {Plugin} from '@docusaurus/types';

/** Code written for this site, and the MDX partials that several pages import. */
const SHARED_SOURCE =
  /[\\/](src[\\/](components|data|utils|theme)[\\/]|[^\\/]*[\\/]_partials[\\/])/;

/**
 * Below this size a shared module stays in each page chunk: a request costs
 * more than a few hundred duplicated bytes.
 */
const MIN_SHARED_CHUNK_BYTES = 2_000;

export default function sharedChunksPlugin(): Plugin {
  return {
    name: 'spend-insights-shared-chunks',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
              siteShared: {
                test: SHARED_SOURCE,
                chunks: 'async',
                minChunks: 2,
                minSize: MIN_SHARED_CHUNK_BYTES,
                priority: 30,
                reuseExistingChunk: true,
              },
            },
          },
        },
      };
    },
  };
}
