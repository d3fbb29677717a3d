/**
 * The security headers of the site, with a Content-Security-Policy made from
 * the inline code of the build it protects, written in the forms servers
 * read: nginx includes and a `_headers` file (Netlify, Cloudflare Pages and
 * other static hosts).
 */
import type {InlineCodeKind} from './inlineCode';

/** The nginx include for pages the build writes; deploy/nginx/security-headers.conf includes it. */
export const NGINX_HEADERS_FILE = 'nginx-headers.conf';
/**
 * The nginx include for hashed bundles and the search index, which no browser
 * opens as a page; deploy/nginx/asset-headers.conf includes it.
 */
export const NGINX_ASSET_HEADERS_FILE = 'nginx-asset-headers.conf';
/** The static hosts' headers file the build writes, at the root of the site. */
export const STATIC_HOST_HEADERS_FILE = '_headers';
/** Cloudflare Pages ignores a `_headers` line longer than this. */
export const MAX_HEADERS_LINE = 2000;

export interface SecurityHeader {
  readonly name: string;
  readonly value: string;
  /**
   * The header governs a document (a page, or a file a browser may open as
   * one, such as an SVG): bundles and JSON do without it, which saves about
   * 1 KB of policy on each of the forty-odd files a page loads or prefetches.
   */
  readonly documentsOnly?: boolean;
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
    {name: 'Content-Security-Policy', value: contentSecurityPolicy(hashes), documentsOnly: true},
    {name: 'X-Content-Type-Options', value: 'nosniff'},
    // A stylesheet's own policy applies to the fonts and images it requests.
    {name: 'Referrer-Policy', value: 'strict-origin-when-cross-origin'},
    {name: 'X-Frame-Options', value: 'DENY', documentsOnly: true},
    {
      name: 'Permissions-Policy',
      value:
        'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), clipboard-write=(self)',
      documentsOnly: true,
    },
    {name: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains'},
    {name: 'Cross-Origin-Opener-Policy', value: 'same-origin', documentsOnly: true},
  ];
}

/** The comment the files open with. */
function header(forWhom: string, pages: number): string[] {
  return [
    `# Security headers for ${forWhom}, written by the build`,
    `# (src/plugins/securityHeaders) from the inline code of its ${pages} HTML pages.`,
    '# Do not edit: rebuild, and deploy this file with the build.',
  ];
}

/**
 * An nginx include, one `add_header … always;` per header: every header for
 * documents (`NGINX_HEADERS_FILE`), those that are not `documentsOnly` for
 * assets (`NGINX_ASSET_HEADERS_FILE`).
 */
export function nginxHeaders(
  headers: readonly SecurityHeader[],
  pages: number,
  file: typeof NGINX_HEADERS_FILE | typeof NGINX_ASSET_HEADERS_FILE = NGINX_HEADERS_FILE,
): string {
  const forAssets = file === NGINX_ASSET_HEADERS_FILE;
  const included = headers.filter(({documentsOnly}) => !(forAssets && documentsOnly));
  for (const {name, value} of included) {
    if (/["\\\n$]/.test(value)) {
      throw new Error(
        `${file}: the ${name} header contains a character nginx would read as syntax`,
      );
    }
  }
  return [
    ...header(
      forAssets
        ? 'bundles and the search index (included by deploy/nginx/asset-headers.conf)'
        : 'pages and static files (included by deploy/nginx/security-headers.conf)',
      pages,
    ),
    ...included.map(({name, value}) => `add_header ${name} "${value}" always;`),
    '',
  ].join('\n');
}

/**
 * The `_headers` file: every header for every path, since static hosts match
 * paths, not content types.
 */
export function staticHostHeaders(headers: readonly SecurityHeader[], pages: number): string {
  const lines = headers.map(({name, value}) => `  ${name}: ${value}`);
  for (const [index, line] of lines.entries()) {
    if (line.length > MAX_HEADERS_LINE) {
      throw new Error(
        `${STATIC_HOST_HEADERS_FILE}: the ${headers[index]!.name} header is ${line.length} characters long, more than the ${MAX_HEADERS_LINE} Cloudflare Pages reads; the build has too many different inline scripts or style attributes`,
      );
    }
  }
  return [...header('every response (Netlify, Cloudflare Pages)', pages), '/*', ...lines, ''].join(
    '\n',
  );
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
