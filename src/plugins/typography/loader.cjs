/**
 * Bundler loader for the site's typography and translation notices (see
 * index.ts), by its `kind` option:
 *
 * - `registry`: typographs the `en:` and `fr:` strings of a registry source file;
 * - `docs-data`: typographs the labels of the docs plugin's generated JSON;
 * - `english-dependency`: leaves a French doc as it is, but makes its English
 *   source a dependency, so that a cached build recompiles the French page
 *   (and its stale-translation notice) when the English page changes.
 *
 * The work is in registrySource.ts, loaded through Docusaurus's
 * TypeScript-aware module loader.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- bundler loaders are CommonJS modules */
const {join} = require('node:path');
const {loadFreshModule} = require('@docusaurus/utils');

let transforms;

module.exports = function typographyLoader(source) {
  const callback = this.async();
  const {kind, locale} = this.getOptions();
  transforms ??= loadFreshModule(join(__dirname, 'registrySource.ts'));
  transforms
    .then((module) => {
      if (kind === 'english-dependency') {
        const english = module.englishSourceOf(this.resourcePath);
        if (english) this.addDependency(english);
        return callback(null, source);
      }
      return callback(
        null,
        kind === 'registry'
          ? module.typographRegistrySource(source, this.resourcePath)
          : module.typographDocsData(source, locale),
      );
    })
    .catch((error) => callback(error));
};
