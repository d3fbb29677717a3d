/**
 * Which version of its English page a French page translates. A French page
 * records, in its front matter, a hash of the English source it was
 * translated from (`translation_of`), written by `npm run
 * i18n:mark-translated`. When the English source changes, its hash no longer
 * matches: the French page is stale. `npm run i18n:check` lists stale pages,
 * and the build shows a notice at the top of each (see `staleNotice.ts`).
 *
 * A page whose update is knowingly pending sets `translation_pending: true`:
 * the check still lists it, but does not fail in CI.
 *
 * @module
 */
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {statSync} from 'node:fs';
import {dirname} from 'node:path';

/** The front matter field holding the hash of the English source a French page translates. */
export const TRANSLATION_OF = 'translation_of';
/** The front matter field that marks a stale French page as knowingly pending. */
export const TRANSLATION_PENDING = 'translation_pending';

/** The hash of an English source, as recorded in `translation_of`: 12 hex digits of SHA-256. */
export function sourceHash(source: string): string {
  return createHash('sha256').update(source.replace(/\r\n/g, '\n')).digest('hex').slice(0, 12);
}

/** How a French page stands against its English source. */
export type TranslationState =
  | {state: 'current'}
  | {state: 'unmarked'; englishHash: string}
  | {state: 'stale'; translatedFrom: string; englishHash: string};

/** Compares the recorded hash of a French page with its English source. */
export function translationState(
  frenchFrontMatter: Record<string, unknown>,
  englishSource: string,
): TranslationState {
  const englishHash = sourceHash(englishSource);
  const recorded = frenchFrontMatter[TRANSLATION_OF];
  if (typeof recorded !== 'string' || recorded === '') return {state: 'unmarked', englishHash};
  return recorded === englishHash
    ? {state: 'current'}
    : {state: 'stale', translatedFrom: recorded, englishHash};
}

/** True when the French page says its update is knowingly pending. */
export function isPending(frenchFrontMatter: Record<string, unknown>): boolean {
  return frenchFrontMatter[TRANSLATION_PENDING] === true;
}

/**
 * When a file last changed: its last commit's date when it is committed and
 * unchanged since, otherwise (edited, new, or no Git) its modification time.
 */
export function lastChanged(file: string): Date {
  try {
    const cwd = dirname(file);
    const edited = execFileSync('git', ['status', '--porcelain', '--', file], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    if (edited.trim() === '') {
      const date = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
      if (date) return new Date(date);
    }
  } catch {
    // Not a Git work tree (a copy of the site): the file's own date.
  }
  return statSync(file).mtime;
}
