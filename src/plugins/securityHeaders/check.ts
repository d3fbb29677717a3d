/**
 * Checks a build against a Content-Security-Policy: the inline code of its
 * pages that the policy would block. The build writes a policy that allows
 * all of it; tests use this to prove the policy served is that one, and that
 * code added to a page after the build is caught.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {htmlFilesUnder, inlineCodeOfHtml} from './inlineCode';

/** The hash sources of one directive of a policy (empty when it is absent). */
export function hashSourcesOf(policy: string, directive: string): Set<string> {
  const sources =
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .find(([name]) => name === directive)
      ?.slice(1) ?? [];
  return new Set(sources.filter((source) => /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source)));
}

/**
 * One line per piece of inline code of the pages under `buildDir` that
 * `policy` does not allow: `page: inline script 'sha256-…' (start of code)`.
 */
export function inlineCodeNotAllowedBy(buildDir: string, policy: string): string[] {
  const scripts = hashSourcesOf(policy, 'script-src');
  const styles = hashSourcesOf(policy, 'style-src');
  const styleAttributesAllowed = policy.includes("'unsafe-hashes'");
  const blocked: string[] = [];
  for (const page of htmlFilesUnder(buildDir)) {
    const {code} = inlineCodeOfHtml(readFileSync(join(buildDir, page), 'utf8'), page);
    for (const {kind, hash, text} of code) {
      const allowed =
        kind === 'script'
          ? scripts.has(hash)
          : styles.has(hash) && (kind === 'style' || styleAttributesAllowed);
      if (!allowed) {
        blocked.push(`${page}: inline ${kind} ${hash} (${text.slice(0, 60).replace(/\s+/g, ' ')})`);
      }
    }
  }
  return blocked;
}
