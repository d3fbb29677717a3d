import {translate} from '@docusaurus/Translate';

/**
 * "3 results", "Aucun résultat": the announcement of the search bar and the
 * count of the search page. `selectMessage` is `usePluralForm`'s: French uses
 * the singular for 0 and 1.
 */
export function resultCountMessage(
  count: number,
  selectMessage: (count: number, messages: string) => string,
): string {
  if (count === 0) {
    return translate({
      id: 'search.resultCount.none',
      message: 'No results',
      description: 'Announced when the site search finds nothing',
    });
  }
  return selectMessage(
    count,
    translate(
      {
        id: 'search.resultCount',
        message: '{count} result|{count} results',
        description:
          'Number of site search results, announced to screen readers; plural forms separated by |',
      },
      {count},
    ),
  );
}
