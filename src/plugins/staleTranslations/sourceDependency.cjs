/**
 * Bundler loader on a translated doc: passes it through unchanged, but makes
 * its default-locale source a dependency, so that a cached build recompiles
 * the translated page (and its stale-translation notice) when only the source
 * changed. The docs plugin's MDX loader has no option for a per-file
 * dependency.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- bundler loaders are CommonJS modules */
const {existsSync} = require('node:fs');
const {isAbsolute, join, relative} = require('node:path');

module.exports = function sourceDependency(content) {
  const {translatedDir, sourceDir} = this.getOptions();
  const path = relative(translatedDir, this.resourcePath);
  if (path && !path.startsWith('..') && !isAbsolute(path)) {
    const source = join(sourceDir, path);
    if (existsSync(source)) this.addDependency(source);
  }
  return content;
};
