import {cpSync, mkdtempSync, rmSync, symlinkSync, readFileSync, writeFileSync} from 'node:fs';
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

export function createSiteCopy(): SiteCopy {
  const dir = mkdtempSync(join(tmpdir(), 'spend-insights-site-'));
  for (const entry of copiedEntries) {
    cpSync(join(projectRoot, entry), join(dir, entry), {recursive: true});
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
