import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {JSDOM} from 'jsdom';
import {describe, expect, it} from 'vitest';
import {i18n} from '../../docusaurus.config';
import {hasGuide} from '../../src/data/paths';
import {registry} from '../registry';

// Reads the production build of `npm run build:test` (both locales).
const buildDir = join(__dirname, '../../build');
const postCount = readdirSync(join(__dirname, '../../updates')).filter((name) =>
  name.endsWith('.md'),
).length;
const localeDir = (locale: string) =>
  locale === i18n.defaultLocale ? buildDir : join(buildDir, locale);
const localePrefix = (locale: string) => (locale === i18n.defaultLocale ? '' : `/${locale}`);

function xml(file: string): Document {
  const document = new JSDOM(readFileSync(file, 'utf8'), {contentType: 'text/xml'}).window.document;
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

const text = (parent: Element | Document, tag: string) =>
  parent.getElementsByTagName(tag)[0]?.textContent?.trim() ?? '';

describe.each(i18n.locales)('the updates section in %s', (locale) => {
  it('has an RSS 2.0 feed with every post, in its language, each item complete', () => {
    const rss = xml(join(localeDir(locale), 'updates/rss.xml'));
    const channel = rss.getElementsByTagName('channel')[0]!;
    for (const tag of ['title', 'link', 'description']) expect(text(channel, tag)).not.toBe('');
    expect(text(channel, 'language')).toBe(locale);
    const items = [...rss.getElementsByTagName('item')];
    expect(items).toHaveLength(postCount);
    for (const item of items) {
      for (const tag of ['title', 'link', 'guid', 'pubDate']) expect(text(item, tag)).not.toBe('');
      expect(new URL(text(item, 'link')).pathname).toMatch(
        new RegExp(`^${localePrefix(locale)}/updates/`),
      );
      expect(Number.isNaN(Date.parse(text(item, 'pubDate')))).toBe(false);
    }
  });

  it('has an Atom feed with every post, each entry complete', () => {
    const atom = xml(join(localeDir(locale), 'updates/atom.xml'));
    for (const tag of ['id', 'title', 'updated']) expect(text(atom, tag)).not.toBe('');
    const entries = [...atom.getElementsByTagName('entry')];
    expect(entries).toHaveLength(postCount);
    for (const entry of entries) {
      for (const tag of ['id', 'title', 'updated']) expect(text(entry, tag)).not.toBe('');
      expect(entry.getElementsByTagName('link')[0]?.getAttribute('href')).toBeTruthy();
    }
  });

  it('is linked from every guide, with the date and line of its latest post', () => {
    for (const software of registry.integrations.filter(hasGuide)) {
      const page = new JSDOM(
        readFileSync(
          join(localeDir(locale), `spend-insights/integrations/${software.id}.html`),
          'utf8',
        ),
      ).window.document;
      const links = [...page.querySelectorAll('article a[href]')].filter((link) =>
        link.getAttribute('href')!.startsWith(`${localePrefix(locale)}/updates/`),
      );
      expect(links.length, software.id).toBeGreaterThan(0);
      expect(links[0]!.closest('p')!.querySelector('time')).not.toBeNull();
    }
  });
});
