import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {createHash} from 'node:crypto';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {spawnSync} from 'node:child_process';

export const projectRoot = resolve(__dirname, '..');

const copiedEntries = [
  'docs',
  'i18n',
  'src',
  'static',
  'updates',
  'profiles',
  'docusaurus.config.ts',
  'sidebars.ts',
  'tsconfig.json',
  'tsconfig.typedoc.json',
  'package.json',
];

/** The exit status and the whole output of a Docusaurus command. */
export interface CommandResult {
  readonly status: number | null;
  readonly output: string;
}

/**
 * A throw-away copy of the site (sharing node_modules) that a test may break,
 * or a tool may write into, without touching the real one.
 */
export interface SiteCopy {
  readonly dir: string;
  edit(relativePath: string, change: (text: string) => string): void;
  remove(relativePath: string): void;
  docusaurus(args: readonly string[], env?: NodeJS.ProcessEnv): CommandResult;
  /** Builds one locale of the copy (any of its config's `i18n.locales`) into `build/`. */
  build(locale: string): CommandResult;
  dispose(): void;
}

/** Holds the directory's claim: the process that owns a copy, while it lives. */
const OWNER_FILE = '.owner';

function ownerIsAlive(dir: string): boolean {
  const pid = Number(readFileSync(join(dir, OWNER_FILE), 'utf8'));
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Claims a copy's directory. Its path is the same from one copy to the next (per
 * checkout and test worker) and the copied files keep their times, so the
 * bundler's persistent cache, keyed by path and checked by file time, serves
 * every copy after the first: each build of a copy takes a third less time.
 * A directory whose owner is gone is taken over; a live one is left alone.
 */
function claimCopyDir(): string {
  const checkout = createHash('sha256').update(projectRoot).digest('hex').slice(0, 8);
  const worker = process.env.VITEST_POOL_ID ? `w${process.env.VITEST_POOL_ID}` : `p${process.pid}`;
  for (let slot = 0; ; slot++) {
    const dir = join(tmpdir(), `spend-insights-site-${checkout}-${worker}-${slot}`);
    if (existsSync(dir)) {
      if (existsSync(join(dir, OWNER_FILE)) && ownerIsAlive(dir)) continue;
      rmSync(dir, {recursive: true, force: true});
    }
    try {
      mkdirSync(dir);
    } catch {
      continue; // Claimed by another process in the meantime.
    }
    writeFileSync(join(dir, OWNER_FILE), String(process.pid));
    return dir;
  }
}

export function createSiteCopy(): SiteCopy {
  const dir = claimCopyDir();
  for (const entry of copiedEntries) {
    cpSync(join(projectRoot, entry), join(dir, entry), {recursive: true, preserveTimestamps: true});
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    edit(relativePath, change) {
      const file = join(dir, relativePath);
      const before = readFileSync(file, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`The edit changed nothing in ${relativePath}`);
      writeFileSync(file, after);
    },
    remove(relativePath) {
      rmSync(join(dir, relativePath));
    },
    docusaurus(args, env = {}) {
      const result = spawnSync(
        process.execPath,
        [join(projectRoot, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), ...args],
        {
          cwd: dir,
          encoding: 'utf8',
          env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env},
        },
      );
      return {status: result.status, output: `${result.stdout ?? ''}\n${result.stderr ?? ''}`};
    },
    build(locale) {
      return this.docusaurus(['build', '--locale', locale]);
    },
    dispose() {
      rmSync(dir, {recursive: true, force: true});
    },
  };
}
