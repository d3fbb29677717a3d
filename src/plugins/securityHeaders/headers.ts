/**
 * The security headers of every response, with a Content-Security-Policy made
 * from the inline code of the build it protects, written in the two forms
 * servers read: an nginx include and a `_headers` file (Netlify, Cloudflare
 * Pages and other static hosts).
 */
import type {InlineCodeKind} from './inlineCode';

/** The nginx include the build writes; deploy/nginx/security-headers.conf includes it. */
export const NGINX_HEADERS_FILE = 'nginx-headers.conf';
/** The static hosts' headers file the build writes, at the root of the site. */
export const STATIC_HOST_HEADERS_FILE = '_headers';
/** Cloudflare Pages ignores a `_headers` line longer than this. */
export const MAX_HEADERS_LINE = 2000;

export interface SecurityHeader {
  readonly name: string;
  readonly value: string;
}

/** The hash sources of the inline code a policy allows, by kind. */
export type InlineHashes = ReadonlyMap<string, {readonly kind: InlineCodeKind}>;

/**
 * This origin only, no eval, no plugin, no framing, and, by hash, exactly the
 * inline code of the build (`'unsafe-hashes'` lets the hashes match `style`
 * attributes; it allows nothing without a hash).
 */
export function contentSecurityPolicy(hashes: InlineHashes): string {
  const of = (...kinds: InlineCodeKind[]) =>
    [...hashes]
      .filter(([, {kind}]) => kinds.includes(kind))
      .map(([hash]) => hash)
      .sort();
  const scripts = of('script');
  const styles = of('style', 'style-attribute');
  const styleAttributes = of('style-attribute');
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...scripts].join(' '),
    [
      'style-src',
      "'self'",
      ...(styleAttributes.length > 0 ? ["'unsafe-hashes'"] : []),
      ...styles,
    ].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Every security header, the policy first. */
export function securityHeaders(hashes: InlineHashes): SecurityHeader[] {
  return [
    {name: 'Content-Security-Policy', value: contentSecurityPolicy(hashes)},
    {name: 'X-Content-Type-Options', value: 'nosniff'},
    {name: 'Referrer-Policy', value: 'strict-origin-when-cross-origin'},
    {name: 'X-Frame-Options', value: 'DENY'},
    {
      name: 'Permissions-Policy',
      value:
        'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), clipboard-write=(self)',
    },
    {name: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains'},
    {name: 'Cross-Origin-Opener-Policy', value: 'same-origin'},
  ];
}

/** The comment both files open with. */
function header(forWhom: string, pages: number): string[] {
  return [
    `# Security headers for every response${forWhom}, written by the build`,
    `# (src/plugins/securityHeaders) from the inline code of its ${pages} HTML pages.`,
    '# Do not edit: rebuild, and deploy this file with the build.',
  ];
}

/** The nginx include: one `add_header … always;` per header. */
export function nginxHeaders(headers: readonly SecurityHeader[], pages: number): string {
  for (const {name, value} of headers) {
    if (/["\\\n$]/.test(value)) {
      throw new Error(
        `${NGINX_HEADERS_FILE}: the ${name} header contains a character nginx would read as syntax`,
      );
    }
  }
  return [
    ...header(' (included by deploy/nginx/security-headers.conf)', pages),
    ...headers.map(({name, value}) => `add_header ${name} "${value}" always;`),
    '',
  ].join('\n');
}

/** The `_headers` file: the same headers for every path. */
export function staticHostHeaders(headers: readonly SecurityHeader[], pages: number): string {
  const lines = headers.map(({name, value}) => `  ${name}: ${value}`);
  for (const [index, line] of lines.entries()) {
    if (line.length > MAX_HEADERS_LINE) {
      throw new Error(
        `${STATIC_HOST_HEADERS_FILE}: the ${headers[index]!.name} header is ${line.length} characters long, more than the ${MAX_HEADERS_LINE} Cloudflare Pages reads; the build has too many different inline scripts or style attributes`,
      );
    }
  }
  return [...header(' (Netlify, Cloudflare Pages)', pages), '/*', ...lines, ''].join('\n');
}

/** The headers a `_headers` file sets for every path (`/*`), by lower-case name. */
export function parseStaticHostHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  let inAllPaths = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inAllPaths = line.trim() === '/*';
      continue;
    }
    const separator = line.indexOf(':');
    if (inAllPaths && separator > 0) {
      headers.set(line.slice(0, separator).trim().toLowerCase(), line.slice(separator + 1).trim());
    }
  }
  return headers;
}
