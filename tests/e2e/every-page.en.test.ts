import {describe, expect, inject, it} from 'vitest';
import {sitemapPages} from './browser';
import {RGAA_RULES, RULES, sweepOfBlock, sweepPages} from './sweep';

describe.concurrent('every English page, once each', () => {
  const sweep = sweepOfBlock();

  it('runs axe with every RGAA rule and the WCAG 2.2 label-in-name and target-size rules', () => {
    expect(RGAA_RULES.length).toBeGreaterThan(0);
    expect(RULES).toEqual(
      expect.arrayContaining([...RGAA_RULES, 'label-content-name-mismatch', 'target-size']),
    );
  });

  it('has the same pages in both languages', () => {
    const pages = sitemapPages(inject('buildDir'));
    const english = pages.filter(({lang}) => lang === 'en').map(({path}) => path);
    const french = pages.filter(({lang}) => lang === 'fr').map(({path}) => path);
    expect(english.length).toBeGreaterThan(0);
    expect(french.map((path) => path.replace(/^\/fr(\/|$)/, '/')).sort()).toEqual(
      [...english].sort(),
    );
  });

  // Loads cleanly (status, html[lang], no console error, CSP violation or failed
  // request) and passes axe: every rule in light mode, colour contrast in dark mode.
  for (const page of sweepPages(inject('buildDir'), 'en')) {
    it(`${page.path} loads cleanly and passes axe in light and dark mode`, async ({expect}) => {
      expect(await sweep().check(inject('origin'), page)).toEqual([]);
    });
  }
});
