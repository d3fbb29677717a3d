import {published} from '@site/tests/registry';

const integrations = published('en').catalog;
import {
  createMatcher,
  hasFilters,
  NO_FILTERS,
  normalizeText,
  parseFilters,
  searchableText,
  serializeFilters,
  toggle,
} from './filters';

const xero = integrations.find((entry) => entry.id === 'xero')!;
const exact = integrations.find((entry) => entry.id === 'exact-online')!;
const matches = (query: string, entry = xero) =>
  createMatcher({...NO_FILTERS, query})(entry, searchableText(entry));

describe('catalog filters', () => {
  it('round-trip through a readable query string, keeping other parameters', () => {
    const filters = {query: 'sage 50', tags: ['premium' as const], countries: ['GB', 'IE']};
    const search = serializeFilters(filters, '?utm=mail');
    expect(search).toBe('?utm=mail&q=sage+50&tags=premium&countries=GB,IE');
    expect(parseFilters(search)).toEqual(filters);
    expect(serializeFilters(NO_FILTERS)).toBe('');
  });

  it('drop unknown tags and malformed countries from a hand-edited link', () => {
    expect(parseFilters('?tags=premium,cloud&countries=gb,UKK,1,not-stated,NOT-STATED')).toEqual({
      query: '',
      tags: ['premium'],
      countries: ['GB', 'not-stated'],
    });
  });

  it('match names and aliases whatever the case, accents and punctuation', () => {
    expect(normalizeText('  Équipe, Comptable! ')).toBe('equipe comptable');
    expect(matches('XÉRO')).toBe(true);
    expect(matches('exact')).toBe(false);
    expect(matches('exact', exact)).toBe(true);
  });

  it('match software sold worldwide for any country, software whose countries no source states only under "not stated", and require every chosen tag', () => {
    const inGermany = createMatcher({...NO_FILTERS, countries: ['DE']});
    const inGermanyOrNotStated = createMatcher({...NO_FILTERS, countries: ['DE', 'not-stated']});
    const worldwide = {...exact, countries: []};
    const notStated = {...exact, countries: undefined};
    expect(inGermany(worldwide, searchableText(worldwide))).toBe(true);
    expect(inGermany(notStated, searchableText(notStated))).toBe(false);
    expect(inGermanyOrNotStated(notStated, searchableText(notStated))).toBe(true);
    expect(inGermanyOrNotStated(exact, searchableText(exact))).toBe(false);
    expect(inGermany(exact, searchableText(exact))).toBe(false);
    const premium = createMatcher({...NO_FILTERS, tags: ['premium']});
    expect(premium(xero, searchableText(xero))).toBe(xero.tags.includes('premium'));
  });

  it('know when any filter is set, and toggle a checkbox value', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({...NO_FILTERS, query: ' x '})).toBe(true);
    expect(toggle(['GB'], 'IE')).toEqual(['GB', 'IE']);
    expect(toggle(['GB', 'IE'], 'GB')).toEqual(['IE']);
  });
});
