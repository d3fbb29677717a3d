import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import lunr from 'lunr';
import {refineSearchIndex} from '.';
import {foldedWords, rebuildIndex, type IndexedDocument, type SearchLocale} from './lunrIndex';

const GUIDE = '/spend-insights/integrations/xero';
const FILES = '/spend-insights/resources/link-file';
const FAQ = '/spend-insights/resources/customer-faqs';

/** The plugin's five indexes (title, heading, description, keywords, content), as it writes them. */
function pluginIndexes(locale: SearchLocale, types: IndexedDocument[][]) {
  return types.map((documents) => ({
    documents,
    index: rebuildIndex(locale, documents, (doc) => doc.t).toJSON(),
  }));
}

function refined(locale: SearchLocale, types: IndexedDocument[][]) {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  try {
    const file = join(dir, 'search-index.json');
    writeFileSync(file, JSON.stringify(pluginIndexes(locale, types)));
    refineSearchIndex(file, locale, {
      baseUrl: '/',
      keywordSections: {'spend-insights/resources/link-file': 'file-upload-software'},
    });
    return (
      JSON.parse(readFileSync(file, 'utf8')) as {documents: IndexedDocument[]; index: object}[]
    ).map(({documents, index}) => ({documents, index: lunr.Index.load(index)}));
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

/** Refs found by a query, searched as the browser's worker does (every term required). */
function search(index: lunr.Index, text: string): string[] {
  return index
    .query((query) => {
      for (const term of text.split(/\s+/)) {
        query.term(term, {presence: lunr.Query.presence.REQUIRED});
      }
    })
    .map((result) => result.ref);
}

const titles: IndexedDocument[] = [
  {i: 1, t: 'Connect Xero', u: GUIDE},
  {i: 2, t: 'Upload files instead', u: FILES},
  {i: 3, t: 'Customer FAQs', u: FAQ},
];
const headings: IndexedDocument[] = [
  {i: 10, t: 'Connect step by step', u: GUIDE, h: '#steps', p: 1},
  {i: 11, t: 'Stop sharing', u: GUIDE, h: '#revoke-access', p: 1},
  {i: 12, t: 'Stop sharing', u: FILES, h: '#revoke-access', p: 2},
  {i: 13, t: 'How do I stop sharing my data?', u: FAQ, h: '#revoke-access', p: 3},
];
const keywords: IndexedDocument[] = [
  {i: 2, t: 'Great Plains, Solomon', s: 'Upload files instead', u: FILES, p: 2},
];
const content: IndexedDocument[] = [
  {i: 20, t: 'Le client téléverse un rapport. Café.', s: 'Upload files instead', u: FILES, p: 2},
];
const site = [titles, headings, [], keywords, content];

describe('foldedWords', () => {
  it('keeps only the accented words, without their accents', () => {
    expect(foldedWords('Téléverser des fichiers à Noël, œuvre')).toBe('Televerser a Noel');
  });
});

describe('refineSearchIndex', () => {
  it('names the page in the title of a heading result, and indexes the heading alone', () => {
    const [, heading] = refined('en', site);
    expect(heading!.documents.find((doc) => doc.i === 10)?.t).toBe(
      'Connect step by step — Connect Xero',
    );
    expect(search(heading!.index, 'xero')).toEqual([]);
  });

  it('opens the configured section when a page is found by its keywords', () => {
    const [, , , keyword] = refined('en', site);
    expect(keyword!.documents[0]).toMatchObject({u: FILES, h: '#file-upload-software'});
    expect(search(keyword!.index, 'great plains')).toEqual(['2']);
  });

  it('ranks a heading one page has above a heading every guide repeats', () => {
    const [, heading] = refined('en', site);
    expect(search(heading!.index, 'stop sharing')[0]).toBe('13');
  });

  it('finds accented French words typed without accents, with French stemming', () => {
    const [, , , , french] = refined('fr', site);
    expect(search(french!.index, 'televerser')).toEqual(['20']);
    expect(search(french!.index, 'téléversement')).toEqual(['20']);
  });

  it('finds accented words of English pages typed without accents', () => {
    const [, , , , english] = refined('en', site);
    expect(search(english!.index, 'cafe')).toEqual(['20']);
  });
});
