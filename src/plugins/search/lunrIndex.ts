/**
 * The lunr index of one list of search documents, in the language of the
 * locale, with diacritics folded. The browser loads it with the same lunr and
 * lunr-languages versions (the search plugin's worker), so the pipeline must
 * only use functions that worker registers: lunr's own for English, and
 * `lunr.fr`'s for French.
 *
 * @module
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support';
import french from 'lunr-languages/lunr.fr';

/**
 * The languages with a pipeline here: lunr's own (English) and `lunr.fr`. A
 * language, not a locale: any other locale of the site searches with lunr's own.
 */
export type SearchLocale = 'en' | 'fr';

/** A document of the search plugin's index (its `SearchDocument`). */
export interface IndexedDocument {
  /** Unique id; the index's ref. */
  readonly i: number;
  /** Text: title, heading, description, keywords or section content. */
  readonly t: string;
  /** Page URL. */
  readonly u: string;
  /** Section anchor, `#id`. */
  readonly h?: string;
  /** Id of the page's title document. */
  readonly p?: number;
  /** Section title (content documents). */
  readonly s?: string;
  /** Breadcrumb (title documents). */
  readonly b?: string[];
}

type LunrWithLanguages = typeof lunr & {fr?: lunr.Builder.Plugin};

function lunrWithFrench(): LunrWithLanguages {
  const instance = lunr as LunrWithLanguages;
  // The search plugin may already have registered them in this process.
  if (!instance.fr) {
    (stemmerSupport as (l: typeof lunr) => void)(lunr);
    (french as (l: typeof lunr) => void)(lunr);
  }
  return instance;
}

const DIACRITICS = /\p{Diacritic}/u;

/** Removes accents and other diacritics: "téléverser" → "televerser". */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .normalize('NFC');
}

/**
 * The accent-free form of each word of `text` that has an accent, and only
 * those: words without one are indexed once, so their weight is unchanged.
 */
export function foldedWords(text: string): string {
  return text
    .split(/[^\p{Letter}\p{Mark}\p{Number}]+/u)
    .filter((word) => DIACRITICS.test(word.normalize('NFD')))
    .map(foldDiacritics)
    .join(' ');
}

/**
 * Builds the index of `documents` through the locale's pipeline (trimmer,
 * stop words, stemmer), keeping positions for highlighting. Field `t` holds
 * `textOf(doc)`. French folds diacritics in its pipeline (lunr-languages'
 * `accentFold-fr`, on indexing and on queries alike); English does not, so
 * an English index has a field `f` with the folded form of its accented words.
 * `boostOf` lowers or raises a document against the others of its index.
 */
export function rebuildIndex(
  locale: SearchLocale,
  documents: readonly IndexedDocument[],
  textOf: (doc: IndexedDocument) => string,
  boostOf: (doc: IndexedDocument) => number = () => 1,
): lunr.Index {
  const languages = lunrWithFrench();
  const foldsDiacritics = locale === 'fr';
  return lunr(function () {
    if (locale === 'fr' && languages.fr) this.use(languages.fr);
    this.ref('i');
    this.field('t');
    if (!foldsDiacritics) this.field('f');
    this.metadataWhitelist = ['position'];
    for (const doc of documents) {
      const text = textOf(doc);
      // The ref must be a string.
      const fields = foldsDiacritics ? {t: text} : {t: text, f: foldedWords(text)};
      this.add({i: String(doc.i), ...fields}, {boost: boostOf(doc)});
    }
  });
}
