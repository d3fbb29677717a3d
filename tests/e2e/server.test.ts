import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {inlineCodeNotAllowedBy} from '../../src/plugins/securityHeaders/check';
import {
  NGINX_HEADERS_FILE,
  parseStaticHostHeaders,
  STATIC_HOST_HEADERS_FILE,
} from '../../src/plugins/securityHeaders/headers';

const buildDir = inject('buildDir');

describe('the production nginx configuration', () => {
  const origin = inject('origin');

  it('sends the security headers, with a CSP that allows no other origin and no eval', async () => {
    const response = await fetch(`${origin}/fr/spend-insights/resources/link-software`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).not.toMatch(/https?:|\*/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{8}/);
  });

  it('sends, on pages, 404 pages and files, the headers the build wrote for static hosts', async () => {
    const expected = parseStaticHostHeaders(
      readFileSync(join(buildDir, STATIC_HOST_HEADERS_FILE), 'utf8'),
    );
    expect([...expected.keys()]).toEqual([
      'content-security-policy',
      'x-content-type-options',
      'referrer-policy',
      'x-frame-options',
      'permissions-policy',
      'strict-transport-security',
      'cross-origin-opener-policy',
    ]);
    const nginxInclude = readFileSync(join(buildDir, NGINX_HEADERS_FILE), 'utf8');
    const fromNginx = new Map(
      [...nginxInclude.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map(
        ([, name, value]) => [name!.toLowerCase(), value!] as const,
      ),
    );
    expect(fromNginx).toEqual(expected);
    for (const path of ['/', '/fr/', '/no-such-page', '/fr/no-such-page', '/img/logo.svg']) {
      const response = await fetch(`${origin}${path}`);
      for (const [name, value] of expected) {
        expect(response.headers.get(name), `${path}: ${name}`).toBe(value);
      }
    }
  });

  it('allows by hash exactly the inline code the build contains', async () => {
    const policy = (await fetch(`${origin}/`)).headers.get('content-security-policy') ?? '';
    expect(inlineCodeNotAllowedBy(buildDir, policy)).toEqual([]);
    // The colour-mode script of each locale, at least, is allowed by hash.
    expect(policy.match(/script-src[^;]*/)![0].match(/'sha256-/g)!.length).toBeGreaterThanOrEqual(
      2,
    );
  });

  it('compresses text, caches hashed assets for a year and revalidates HTML', async () => {
    const html = await fetch(`${origin}/`, {headers: {'accept-encoding': 'gzip'}});
    expect(html.headers.get('content-encoding')).toBe('gzip');
    expect(html.headers.get('cache-control')).toBe('no-cache');
    const script = /<script src=([^ >]+\.js)/.exec(await html.text())![1]!;
    const asset = await fetch(`${origin}${script}`, {headers: {'accept-encoding': 'gzip'}});
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers a missing page with a real 404 in the reader’s language', async () => {
    const english = await fetch(`${origin}/spend-insights/no-such-page`);
    expect(english.status).toBe(404);
    expect(await english.text()).toMatch(/<html[^>]*lang="?en/);
    const french = await fetch(`${origin}/fr/spend-insights/no-such-page`);
    expect(french.status).toBe(404);
    const frenchHtml = await french.text();
    expect(frenchHtml).toMatch(/<html[^>]*lang="?fr/);
    expect(frenchHtml).toContain('Page introuvable');
  });

  it('serves pages at the same path in both languages', async () => {
    for (const path of [
      '/spend-insights/resources/link-software',
      '/fr/spend-insights/resources/link-software',
      '/fr/',
    ]) {
      expect((await fetch(`${origin}${path}`)).status, path).toBe(200);
    }
  });
});
