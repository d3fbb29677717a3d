/**
 * The inline code a production build contains, as CSP hash sources: the
 * theme's colour-mode script and a few static style attributes. nginx allows
 * exactly these (deploy/nginx/security-headers.conf); the e2e tests fail if a
 * build ever needs one the config lacks.
 *
 * Usage (after npm run build): npm run csp:update, which rewrites the hash
 * lists in deploy/nginx/security-headers.conf.
 */
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';

export interface InlineSources {
  readonly scripts: ReadonlySet<string>;
  readonly styleAttributes: ReadonlySet<string>;
}

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

/** Hashes of every inline script and static style attribute in the build's HTML. */
export function inlineSourcesOf(buildDir: string): InlineSources {
  const scripts = new Set<string>();
  const styleAttributes = new Set<string>();
  for (const file of htmlFiles(buildDir)) {
    const html = readFileSync(file, 'utf8');
    for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (
        !/\bsrc=/.test(attributes!) &&
        body!.trim() !== '' &&
        !/type=["']?application\/(ld\+)?json/.test(attributes!)
      ) {
        scripts.add(sha256(body!));
      }
    }
    for (const [, quoted, bare] of html.matchAll(/\sstyle=(?:"([^"]*)"|([^\s>]+))/g)) {
      styleAttributes.add(sha256((quoted ?? bare)!.replaceAll('&quot;', '"')));
    }
  }
  return {scripts, styleAttributes};
}

/** Hash sources listed in a config file. */
export function hashSourcesIn(configText: string): Set<string> {
  return new Set(configText.match(/'sha256-[A-Za-z0-9+/=]+'/g) ?? []);
}

export const SECURITY_HEADERS_FILE = 'deploy/nginx/security-headers.conf';

/** The config with its script-src and style-src lists replaced by the build's hashes. */
export function withHashes(configText: string, sources: InlineSources): string {
  const sorted = (hashes: ReadonlySet<string>) => [...hashes].sort().join(' ');
  return configText
    .replace(/script-src 'self'[^;]*;/, `script-src 'self' ${sorted(sources.scripts)};`)
    .replace(
      /style-src 'self' 'unsafe-hashes'[^;]*;/,
      `style-src 'self' 'unsafe-hashes' ${sorted(sources.styleAttributes)};`,
    );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  const sources = inlineSourcesOf(resolve('build'));
  const before = readFileSync(SECURITY_HEADERS_FILE, 'utf8');
  const after = withHashes(before, sources);
  writeFileSync(SECURITY_HEADERS_FILE, after);
  console.log(
    `${SECURITY_HEADERS_FILE}: ${sources.scripts.size} script and ${sources.styleAttributes.size} style hashes${
      after === before ? ' (unchanged)' : ' (updated)'
    }`,
  );
}
