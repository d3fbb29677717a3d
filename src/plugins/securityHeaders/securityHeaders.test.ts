// @vitest-environment node
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import {hashSourcesOf, inlineCodeNotAllowedBy} from './check';
import {
  contentSecurityPolicy,
  nginxHeaders,
  parseStaticHostHeaders,
  securityHeaders,
  staticHostHeaders,
} from './headers';
import securityHeadersPlugin, {siteRootOf} from '.';
import {cspHash, inlineCodeOfBuild, inlineCodeOfHtml} from './inlineCode';

const found = (html: string) =>
  inlineCodeOfHtml(html, 'page.html').code.map(({kind, text}) => `${kind}: ${text}`);

describe('inline code of a page, as the browser parses it', () => {
  it('hashes the text of inline scripts exactly, and only scripts that run', () => {
    expect(
      found(
        '<script>a()</script><script src=/x.js></script><script type=application/ld+json>{}</script>' +
          '<script type="module">b()</script><SCRIPT TYPE="text/javascript">\n c() </SCRIPT>' +
          '<script type=text/plain>d()</script><script></script>',
      ),
    ).toEqual(['script: a()', 'script: b()', 'script: \n c() ']);
    expect(cspHash('a()')).toBe("'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='");
  });

  it('reads style attributes quoted, bare and with character references, and style elements', () => {
    expect(
      found(
        `<div style="color: red"><p style=display:none><i style='a:b' title="x>y"></i>` +
          `<b style="font-family:&quot;A&quot;&#x20;&amp;&#39;"></b><svg><style>p{}</style></svg>`,
      ),
    ).toEqual([
      'style-attribute: color: red',
      'style-attribute: display:none',
      'style-attribute: a:b',
      'style-attribute: font-family:"A" &\'',
      'style: p{}',
    ]);
  });

  it('ignores markup inside comments, raw text and attribute values', () => {
    expect(
      found(
        '<!-- <script>no()</script> --><textarea><b style="no"></textarea>' +
          `<title>a <i style=no></title><p data-x='<script>no()</script>'>style="no"</p>` +
          '<script>if (a<b) "</scrip"</script>',
      ),
    ).toEqual(['script: if (a<b) "</scrip"']);
  });

  it('reports inline event handlers and javascript: URLs, which no hash allows', () => {
    const {problems} = inlineCodeOfHtml(
      '<button onclick="go()">Go</button><a href=" JavaScript:void(0)">x</a><a href="?a=1&b=2">y</a>',
      'fr/page.html',
    );
    expect(problems).toEqual([
      'fr/page.html: <button> has an inline event handler (onclick="go()"); the Content-Security-Policy blocks it: attach the handler from a script',
      'fr/page.html: <a> has a javascript: URL in href; the Content-Security-Policy blocks it',
    ]);
  });

  it('decodes every character reference of a style attribute, as the browser does', () => {
    expect(found('<p style="content:&hellip;&nbsp;">')).toEqual([
      'style-attribute: content:\u2026\u00a0',
    ]);
  });
});

describe('the headers written from a build', () => {
  const hashes = new Map([
    ["'sha256-S='", {kind: 'script' as const}],
    ["'sha256-A='", {kind: 'style-attribute' as const}],
  ]);

  it('allows the build’s hashes and nothing else inline, no other origin and no eval', () => {
    const policy = contentSecurityPolicy(hashes);
    expect(policy).toContain("script-src 'self' 'sha256-S=';");
    expect(policy).toContain("style-src 'self' 'unsafe-hashes' 'sha256-A=';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(contentSecurityPolicy(new Map())).toContain("style-src 'self';");
  });

  it('writes the same headers for nginx and for static hosts', () => {
    const headers = securityHeaders(hashes);
    const fromStaticHost = parseStaticHostHeaders(staticHostHeaders(headers, 3));
    const fromNginx = new Map(
      [...nginxHeaders(headers, 3).matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map(
        ([, name, value]) => [name!.toLowerCase(), value!] as const,
      ),
    );
    expect(fromStaticHost.size).toBe(7);
    expect(fromNginx).toEqual(fromStaticHost);
    expect(fromStaticHost.get('x-frame-options')).toBe('DENY');
  });

  it('refuses a policy too long for Cloudflare Pages, naming the file and header', () => {
    const many = new Map(
      Array.from({length: 40}, (_, index) => [cspHash(`s${index}`), {kind: 'script' as const}]),
    );
    expect(() => staticHostHeaders(securityHeaders(many), 1)).toThrow(
      /^_headers: the Content-Security-Policy header is \d+ characters long, more than the 2000/,
    );
  });
});

describe('the security headers plugin', () => {
  let dir = '';
  afterEach(() => rmSync(dir, {recursive: true, force: true}));

  const context = (currentLocale: string) =>
    ({
      baseUrl: currentLocale === 'fr' ? '/fr/' : '/',
      i18n: {
        currentLocale,
        defaultLocale: 'en',
        locales: ['en', 'fr'],
        localeConfigs: {en: {baseUrl: '/'}, fr: {baseUrl: '/fr/'}},
      },
    }) as unknown as LoadContext;

  it('finds the site root from a locale’s output', () => {
    expect(siteRootOf('/site/build/fr', context('fr'))).toBe('/site/build');
    expect(siteRootOf('/site/build', context('en'))).toBe('/site/build');
  });

  it('writes headers covering the pages of every locale built so far', async () => {
    dir = mkdtempSync(join(tmpdir(), 'security-headers-'));
    mkdirSync(join(dir, 'fr'));
    writeFileSync(join(dir, 'index.html'), '<script>en()</script><p style="a:b">');
    writeFileSync(join(dir, 'fr/404.html'), '<script>fr()</script>');
    const plugin = securityHeadersPlugin(context('fr'));
    await plugin.postBuild!({outDir: join(dir, 'fr')} as never);

    const policy = parseStaticHostHeaders(readFileSync(join(dir, '_headers'), 'utf8')).get(
      'content-security-policy',
    )!;
    expect(hashSourcesOf(policy, 'script-src')).toEqual(
      new Set([cspHash('en()'), cspHash('fr()')]),
    );
    expect(readFileSync(join(dir, 'nginx-headers.conf'), 'utf8')).toContain(policy);
    expect(inlineCodeNotAllowedBy(dir, policy)).toEqual([]);
    expect(inlineCodeOfBuild(dir).pages).toBe(2);

    writeFileSync(join(dir, 'fr/404.html'), '<script>fr()</script><script>added()</script>');
    expect(inlineCodeNotAllowedBy(dir, policy)).toEqual([
      `fr/404.html: inline script ${cspHash('added()')} (added())`,
    ]);
  });

  it('fails the build naming the page with an inline event handler', () => {
    dir = mkdtempSync(join(tmpdir(), 'security-headers-'));
    writeFileSync(join(dir, 'contributing.html'), '<img src=x.png onerror="x()">');
    const plugin = securityHeadersPlugin(context('en'));
    expect(() => plugin.postBuild!({outDir: dir} as never)).toThrow(
      /\[en\] inline code the Content-Security-Policy cannot allow:\n- .*contributing\.html: <img> has an inline event handler \(onerror="x\(\)"\)/,
    );
  });
});
