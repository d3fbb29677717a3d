import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {JSDOM} from 'jsdom';
import {LinkChecker, LinkState} from 'linkinator';
import {describe, expect, inject, it} from 'vitest';

const buildDir = join(__dirname, '../../build');

/** Every HTML page of the build, by the URL path nginx serves it at. */
const pages = new Map(
  readdirSync(buildDir, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.html'))
    .map((file) => [
      `/${file}`.replace(/index\.html$/, '').replace(/\.html$/, ''),
      new JSDOM(readFileSync(join(buildDir, file), 'utf8')).window.document,
    ]),
);

describe('links of the whole built site, both locales', () => {
  const origin = inject('origin');

  it('has no broken internal link or image, and reaches every page', async () => {
    const {links} = await new LinkChecker().check({
      // Every built page is a starting point, so a page no link leads to is checked too.
      path: [...pages.keys()].map((path) => `${origin}${path}`),
      recurse: true,
      // Pages are files (trailingSlash: false): `/guide` must not be read as the folder `/guide/`.
      cleanUrls: true,
      checkFragments: true,
      concurrency: 8,
      // This machine has no internet: links that leave the site are not requested
      // (the last test checks how they open).
      linksToSkip: async (url) => new URL(url).origin !== origin,
    });
    const ok = new Set(links.filter((link) => link.state === LinkState.OK).map((link) => link.url));
    expect([...pages.keys()].filter((path) => !ok.has(`${origin}${path}`))).toEqual([]);
    expect(ok.size).toBeGreaterThan(pages.size);
    const broken = links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => {
        const why = link.failureDetails?.map((f) => (f instanceof Error ? f.message : f.status));
        return `${link.url}: ${why?.join(', ') || `HTTP ${link.status}`} (linked from ${link.parent ?? link.url.replace(/#.*/, '')})`;
      });
    expect(broken).toEqual([]);
  });

  // linkinator checks an anchor only if its page is fetched after the link is
  // found, and fetches a page once: anchors into pages crawled earlier pass unseen.
  it('has no link to an anchor that its page lacks', () => {
    const missing: string[] = [];
    let anchors = 0;
    for (const [path, document] of pages) {
      for (const link of document.querySelectorAll('a[href*="#"]')) {
        const url = new URL(link.getAttribute('href')!, `${origin}${path}`);
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (url.origin !== origin || !anchor) continue;
        anchors += 1;
        const target = pages.get(url.pathname) ?? pages.get(`${url.pathname}/`);
        if (!target?.getElementById(anchor) && !target?.getElementsByName(anchor).length) {
          missing.push(`${url.pathname}#${anchor} (linked from ${path})`);
        }
      }
    }
    expect(anchors).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('opens every link that leaves the site in a new tab, safely', () => {
    const unsafe: string[] = [];
    let external = 0;
    for (const [path, document] of pages) {
      for (const link of document.querySelectorAll('a[href^="http"]')) {
        const href = link.getAttribute('href')!;
        if (new URL(href).origin === origin) continue;
        external += 1;
        const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
        if (
          !rel.includes('noopener') ||
          !rel.includes('noreferrer') ||
          link.getAttribute('target') !== '_blank'
        ) {
          unsafe.push(`${path}: ${href}`);
        }
      }
    }
    expect(external).toBeGreaterThan(0);
    expect(unsafe).toEqual([]);
  });
});
