/** Throw-away site copies for benchmarks that build, with their own bundler caches. */
import {lstatSync, mkdirSync, readdirSync, symlinkSync, unlinkSync} from 'node:fs';
import {join} from 'node:path';
import {createSiteCopy, projectRoot, type SiteCopy} from '../../scripts/siteCopy';
import {onCleanup} from './lifecycle';

/**
 * A site copy (scripts/siteCopy.ts) whose `node_modules` is a real folder of
 * links to the project's packages instead of one link to the whole folder.
 * Docusaurus and the bundlers keep their caches in `<site>/node_modules/.cache`
 * and `docusaurus clear` deletes it: with the plain copy, both would reach the
 * project's own cache through the link. Removed at the benchmark's clean-up.
 */
export function createIsolatedSiteCopy(): SiteCopy {
  const copy = createSiteCopy();
  onCleanup(() => copy.dispose());
  const modules = join(copy.dir, 'node_modules');
  if (lstatSync(modules).isSymbolicLink()) unlinkSync(modules);
  mkdirSync(modules);
  const shared = join(projectRoot, 'node_modules');
  for (const entry of readdirSync(shared)) {
    if (entry === '.cache') continue;
    symlinkSync(join(shared, entry), join(modules, entry));
  }
  return copy;
}
