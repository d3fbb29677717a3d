/** The builds a benchmark measures: snapshots, site copies, and nginx to serve them. */
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync} from 'node:fs';
import {symlinkSync, unlinkSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {i18n} from '../../docusaurus.config';
import {startNginx, type NginxServer} from '../../scripts/nginxServer';
import {createSiteCopy, projectRoot, type SiteCopy} from '../../scripts/siteCopy';
import {onCleanup} from './lifecycle';

/** `build/`, or BENCH_BUILD_DIR: a build made elsewhere (a site copy, `--out-dir`). */
export const realBuildDir = resolve(process.env.BENCH_BUILD_DIR ?? join(projectRoot, 'build'));

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Where a locale's pages are, under the build and the site root: `''` for the default locale, `/fr`… */
export function localeUrlPrefix(locale: string): string {
  return locale === i18n.defaultLocale ? '' : `/${locale}`;
}

/**
 * A private copy of the build (of `locales`, checked), removed at clean-up:
 * other people rebuild `build/` while they work, and a rebuild deletes files
 * for a while.
 */
export function snapshotBuild(locales: readonly string[] = i18n.locales): string {
  for (const locale of locales) {
    const index = join(realBuildDir, localeUrlPrefix(locale), 'index.html');
    if (!existsSync(index)) {
      throw new Error(`No ${locale} build (missing ${index}): run \`npm run build\` first.`);
    }
  }
  const snapshot = mkdtempSync(join(tmpdir(), 'bench-build-snapshot-'));
  onCleanup(() => rmSync(snapshot, {recursive: true, force: true}));
  cpSync(realBuildDir, snapshot, {recursive: true, preserveTimestamps: true});
  return snapshot;
}

/** nginx serving `buildDir`, stopped at clean-up. */
export async function serveBuild(buildDir: string): Promise<NginxServer> {
  const server = await startNginx({buildDir, port: await freePort()});
  onCleanup(() => server.stop());
  return server;
}

/** How a build is described in RESULTS.md: `a snapshot of build/ (built 2026-…Z)`. */
export function describeBuild(buildDir: string): string {
  const built = statSync(join(buildDir, 'index.html'))
    .mtime.toISOString()
    .replace(/\.\d+Z$/, 'Z');
  const source = process.env.BENCH_BUILD_DIR ? 'a build of the working tree' : '`build/`';
  return `a snapshot of ${source} (built ${built})`;
}

/** Which sources a site copy is made from: HEAD and the files under src/ changed since. */
export function sourceState(): string {
  const git = (args: string[]) =>
    spawnSync('git', args, {cwd: projectRoot, encoding: 'utf8'}).stdout ?? '';
  const head = git(['rev-parse', '--short', 'HEAD']).trim() || 'unknown';
  // Porcelain lines start with a space when the index is clean: not trimmed.
  const changed = git(['status', '--porcelain', '--', 'src']).split('\n').filter(Boolean);
  return changed.length > 0
    ? `working tree at HEAD ${head} with ${changed.length} uncommitted change(s) under src/`
    : `HEAD ${head}, no uncommitted change under src/`;
}

/**
 * A site copy (scripts/siteCopy.ts) whose `node_modules` is a folder of links
 * to the project's packages, not one link to the whole folder: Docusaurus and
 * the bundlers keep their caches in `<site>/node_modules/.cache`, and
 * `docusaurus clear` deletes it. Removed at clean-up.
 */
export function createIsolatedSiteCopy(): SiteCopy {
  const copy = createSiteCopy();
  onCleanup(() => copy.dispose());
  const modules = join(copy.dir, 'node_modules');
  unlinkSync(modules);
  mkdirSync(modules);
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
    if (entry !== '.cache')
      symlinkSync(join(projectRoot, 'node_modules', entry), join(modules, entry));
  }
  return copy;
}
