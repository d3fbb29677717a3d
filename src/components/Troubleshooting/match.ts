/**
 * Finds the troubleshooting entries that best match what a reader pasted:
 * case, accents, punctuation and extra words around the message do not count.
 *
 * @module
 */
import {normalizeText} from '@site/src/components/Integrations/filters';

// Words that say nothing about which error it is, in either language.
const STOP_WORDS = new Set(
  'the and for are was were you your this that with from not has have had can could been will into our its une des les est pas que qui dans pour sur par avec vous votre vos ces cette mais son ses aux'.split(
    ' ',
  ),
);

/** The distinct meaningful words of a text. */
export function words(text: string): Set<string> {
  return new Set(
    normalizeText(text)
      .split(' ')
      .filter((word) => word.length > 2 && !STOP_WORDS.has(word)),
  );
}

/**
 * How well a query matches an entry's text, from 0 to 1: half for how much of
 * the entry's message is in the query (a pasted message with text around it
 * scores high), half for how much of the query is in the entry (a few typed
 * words score high).
 */
export function matchScore(query: ReadonlySet<string>, entry: ReadonlySet<string>): number {
  if (query.size === 0 || entry.size === 0) return 0;
  let shared = 0;
  for (const word of query) if (entry.has(word)) shared += 1;
  return shared / entry.size / 2 + shared / query.size / 2;
}

/** Indexes of the entries that match the query, best first; entries that share no word are left out. */
export function rankEntries(query: string, entryTexts: readonly string[]): number[] {
  const queryWords = words(query);
  return entryTexts
    .map((text, index) => ({index, score: matchScore(queryWords, words(text))}))
    .filter(({score}) => score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({index}) => index);
}
