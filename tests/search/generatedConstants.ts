/**
 * Stands in, in Node, for the module the search plugin generates per locale at
 * build time (`@generated/@easyops-cn/docusaurus-search-local/default/generated-constants.js`,
 * aliased here by vitest.config.mts): its client code reads these at each query.
 *
 * @module
 */
export let language: string[] = ['en'];
export let removeDefaultStopWordFilter: string[] = [];
export let fuzzyMatchingDistance = 1;

export function setGeneratedConstants(constants: {
  language: string[];
  removeDefaultStopWordFilter: string[];
  fuzzyMatchingDistance: number;
}): void {
  ({language, removeDefaultStopWordFilter, fuzzyMatchingDistance} = constants);
}
