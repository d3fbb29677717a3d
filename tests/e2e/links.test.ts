import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {JSDOM} from 'jsdom';
import {describe, expect, inject, it} from 'vitest';

const buildDir = join(__dirname, '../../build');

interface BuiltPage {
  readonly path: string;
  readonly document: Document;
}

/** Every HTML page of the build, with the URL path nginx serves it at. */
function builtPages(): BuiltPage[] {
  return readdirSync(buildDir, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const path = `/${file}`.replace(/index\.html$/, '').replace(/\.html$/, '');
      return {
        path,
        document: new JSDOM(readFileSync(join(buildDir, file), 'utf8')).window.document,
      };
    });
}

describe('links of the whole built site, both locales', () => {
  const origin = inject('origin');
  const pages = builtPages();

  it('has no broken internal link, anchor or image', async () => {
    const targets = new Map<string, Set<string>>();
    for (const {path, document} of pages) {
      const references = [
        ...[...document.querySelectorAll('a[href]')].map((element) =>
          element.getAttribute('href')!,
        ),
        ...[...document.querySelectorAll('img[src], script[src]')].map((element) =>
          element.getAttribute('src')!,
        ),
        ...[...document.querySelectorAll('link[href]')]
          .filter(
            (element) =>
              element.getAttribute('rel') !== 'alternate' &&
              element.getAttribute('rel') !== 'canonical',
          )
          .map((element) => element.getAttribute('href')!),
      ];
      for (const reference of references) {
        if (reference === '#' || reference.startsWith('mailto:')) continue;
        const url = new URL(reference, `${origin}${path}`);
        if (url.origin !== origin) continue;
        const key = `${url.pathname}${url.hash}`;
        if (!targets.has(key)) targets.set(key, new Set());
        targets.get(key)!.add(path);
      }
    }
    expect(targets.size).toBeGreaterThan(200);

    const broken: string[] = [];
    const documents = new Map(pages.map((page) => [page.path, page.document]));
    for (const [target, sources] of targets) {
      const url = new URL(target, origin);
      const response = await fetch(url, {method: 'HEAD'});
      const from = [...sources].slice(0, 2).join(', ');
      if (response.status !== 200) {
        broken.push(`${target}: HTTP ${response.status} (linked from ${from})`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor) {
        const document = documents.get(url.pathname) ?? documents.get(`${url.pathname}/`);
        const found =
          document?.getElementById(anchor) ?? document?.querySelector(`[name="${anchor}"]`);
        if (!found) broken.push(`${target}: no element with id "${anchor}" (linked from ${from})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('opens every link that leaves the site in a new tab, safely', () => {
    const unsafe: string[] = [];
    let external = 0;
    for (const {path, document} of pages) {
      for (const link of document.querySelectorAll('a[href^="http"]')) {
        const href = link.getAttribute('href')!;
        if (new URL(href).origin === new URL(origin).origin) continue;
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
