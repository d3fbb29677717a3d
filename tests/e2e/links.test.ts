import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {JSDOM} from 'jsdom';
import {LinkChecker, LinkState} from 'linkinator';
import {describe, expect, inject, it} from 'vitest';

const buildDir = join(__dirname, '../../build');
const htmlFiles = readdirSync(buildDir, {recursive: true, encoding: 'utf8'}).filter((file) =>
  file.endsWith('.html'),
);

/** The URL path nginx serves a built HTML file at. */
function pathOf(file: string): string {
  return `/${file}`.replace(/index\.html$/, '').replace(/\.html$/, '');
}

describe('links of the whole built site, both locales', () => {
  const origin = inject('origin');

  it('has no broken internal link, anchor or image', async () => {
    const {links} = await new LinkChecker().check({
      // Every built page is a starting point, so a page no link leads to is checked too.
      path: htmlFiles.map((file) => `${origin}${pathOf(file)}`),
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      // This machine has no internet: links that leave the site are not requested
      // (the next test checks how they open).
      linksToSkip: async (url) => new URL(url).origin !== origin,
    });
    const checked = new Set(links.filter((link) => link.state === LinkState.OK).map((l) => l.url));
    expect(checked.size).toBeGreaterThan(200);
    const broken = links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => {
        const why = link.failureDetails?.map((f) => (f instanceof Error ? f.message : f.status));
        return `${link.url}: ${why?.join(', ') || `HTTP ${link.status}`} (linked from ${link.parent})`;
      });
    expect(broken).toEqual([]);
  });

  it('opens every link that leaves the site in a new tab, safely', () => {
    const unsafe: string[] = [];
    let external = 0;
    for (const file of htmlFiles) {
      const {document} = new JSDOM(readFileSync(join(buildDir, file), 'utf8')).window;
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
          unsafe.push(`${pathOf(file)}: ${href}`);
        }
      }
    }
    expect(external).toBeGreaterThan(0);
    expect(unsafe).toEqual([]);
  });
});
