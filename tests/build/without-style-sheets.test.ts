/**
 * RGAA 10.3 (information understandable without style sheets): with them off,
 * an SVG icon that only CSS sizes fills the page's width, and pushes the text
 * screens away. Every SVG of every built page, both locales, has its size in
 * its attributes. (The reading order without style sheets was checked by hand:
 * src/data/accessibility-audit.yml.)
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parse, type DefaultTreeAdapterMap} from 'parse5';
import {describe, expect, it} from 'vitest';
import {htmlFiles} from '../../scripts/typography/audit';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const buildDir = join(__dirname, '../../build');

/** The outermost SVG elements of a tree (an SVG inside another is sized by it). */
function* outermostSvgs(node: Node): Generator<Element> {
  if ('tagName' in node && node.tagName === 'svg') {
    yield node;
    return;
  }
  const content = 'content' in node ? [node.content] : [];
  for (const child of [...content, ...('childNodes' in node ? node.childNodes : [])])
    yield* outermostSvgs(child);
}

/** One line per SVG without a width or height attribute: `page: <svg class=…>`. */
function unsizedSvgs(html: string, page: string): string[] {
  const unsized: string[] = [];
  for (const svg of outermostSvgs(parse(html))) {
    const names = new Set(svg.attrs.map(({name}) => name));
    // A sprite of symbols (the theme's external-link icon) draws nothing where it is.
    const draws = svg.childNodes.some(
      (child) => 'tagName' in child && !['defs', 'symbol'].includes(child.tagName),
    );
    if (draws && (!names.has('width') || !names.has('height'))) {
      const className = svg.attrs.find(({name}) => name === 'class')?.value ?? '';
      unsized.push(`${page}: <svg class="${className}">`);
    }
  }
  return unsized;
}

describe('the built pages without style sheets (RGAA 10.3)', () => {
  it('finds an SVG sized by CSS alone', () => {
    expect(
      unsizedSvgs(
        '<p><svg class="icon" viewBox="0 0 24 24"><svg width="1" height="1"><path/></svg></svg>' +
          '<svg width="16" height="16"><path/></svg><svg><symbol id="s"><path/></symbol></svg></p>',
        'sample.html',
      ),
    ).toEqual(['sample.html: <svg class="icon">']);
  });

  it('sizes every SVG icon in its attributes, on every page of both locales', () => {
    const pages = htmlFiles(buildDir);
    expect(pages.length).toBeGreaterThan(0);
    const unsized = pages.flatMap((page) =>
      unsizedSvgs(readFileSync(join(buildDir, page), 'utf8'), page),
    );
    // One line per kind of icon is enough to find it.
    expect([...new Set(unsized.map((line) => line.replace(/^[^:]+: /, '')))]).toEqual([]);
  });
});
