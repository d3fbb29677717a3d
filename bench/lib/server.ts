/** Serves a build with the production nginx rules on a free loopback port. */
import {cpSync, existsSync, mkdtempSync, rmSync, statSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {startNginx, type NginxServer} from '../../scripts/nginxServer';
import {onCleanup} from './lifecycle';

export const projectRoot = resolve(__dirname, '../..');
export const realBuildDir = join(projectRoot, 'build');

/** A port that nothing listens on at the moment, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** Stops with a clear message when `build/` lacks a locale the benchmark needs. */
export function requireBuild(buildDir: string, locales: readonly ('en' | 'fr')[]): void {
  for (const locale of locales) {
    const index = join(buildDir, locale === 'en' ? '' : locale, 'index.html');
    if (!existsSync(index)) {
      throw new Error(
        `No ${locale === 'en' ? 'English' : 'French'} build in ${buildDir} (missing ${index}).\n` +
          'Run `npm run build` first (it builds both locales).',
      );
    }
  }
}

/**
 * A private copy of `buildDir` taken now, removed at clean-up. Other people
 * rebuild `build/` while they work: serving a snapshot keeps one long
 * benchmark on one build (a rebuild deletes files for a while).
 */
export function snapshotBuild(buildDir = realBuildDir): string {
  const snapshot = mkdtempSync(join(tmpdir(), 'bench-build-snapshot-'));
  onCleanup(() => rmSync(snapshot, {recursive: true, force: true}));
  cpSync(buildDir, snapshot, {recursive: true, preserveTimestamps: true});
  return snapshot;
}

/** startNginx on a free port; the server is stopped by the benchmark's clean-up. */
export async function serveBuild(buildDir = realBuildDir): Promise<NginxServer> {
  const server = await startNginx({buildDir, port: await freePort()});
  onCleanup(() => server.stop());
  return server;
}

/** When a build was made: `built 2026-11-28T01:35:02Z` (the time of its index.html). */
export function buildTime(buildDir = realBuildDir): string {
  return `built ${statSync(join(buildDir, 'index.html'))
    .mtime.toISOString()
    .replace(/\.\d+Z$/, 'Z')}`;
}

/** Which sources a site copy is made from: HEAD and the files under src/ changed since. */
export function sourceState(): string {
  // Not trimmed: porcelain lines start with a space when the index is clean.
  const git = (args: string[]) =>
    spawnSync('git', args, {cwd: projectRoot, encoding: 'utf8'}).stdout ?? '';
  const head = git(['rev-parse', '--short', 'HEAD']).trim() || 'unknown';
  const changed = git(['status', '--porcelain', '--', 'src'])
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3));
  return changed.length > 0
    ? `working tree at HEAD ${head} with uncommitted changes to ${changed.join(', ')}`
    : `HEAD ${head}, no uncommitted change under src/`;
}
