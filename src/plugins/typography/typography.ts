/**
 * French and English typography for the site's text, with `typograf`: writers
 * type ordinary spaces and straight apostrophes and quotes, and the build
 * writes what each language's typography asks for.
 *
 * - French: a no-break space (U+00A0) before `:`, a narrow no-break space
 *   (U+202F) before `; ? !`, « guillemets » with narrow no-break spaces inside,
 *   and the curly apostrophe ’.
 * - English: “curly quotes” and the curly apostrophe ’.
 *
 * - French: a no-break space between a number and its unit (`30 min`,
 *   `19 h`, `2 Go`, `90 jours`; see {@link FRENCH_UNITS}).
 *
 * typograf 7 has French quotation marks but no rule for the spaces before
 * `: ; ? !` (its common rules delete them), so that rule is added here with
 * typograf's own rule API; every other typograf rule stays off. So is the
 * number and unit rule: typograf's own `common/nbsp/afterNumber` binds a
 * number to any word that follows it.
 *
 * Text split across inline nodes (`**Allow access** :`) is typographed as one
 * string: {@link typographSegments} joins the pieces with a marker that the
 * rules see through, and splits the result back.
 *
 * @module
 */
import Typograf from 'typograf';

/** The languages the site's typography knows. */
export type TypographyLocale = 'en' | 'fr';

/** Separates the pieces of {@link typographSegments}; never in real text (private use area). */
export const BOUNDARY = '\uE000';
/** Stands for a piece that is not text (inline code, an image): a word the rules must not change. */
export const ATOM = '\uE001';

const LESS_THAN = '\uE002';
const GREATER_THAN = '\uE003';
const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

/** Spaces that may sit before French punctuation, and markers the rules see through. */
const SPACES_AND_MARKERS = `[\\s${BOUNDARY}]*`;

const FRENCH_PUNCTUATION_RULE = 'fr/spendInsights/spaceBeforePunctuation';
const FRENCH_NUMBER_UNIT_RULE = 'fr/spendInsights/nbspNumberUnit';
const APOSTROPHE_RULE = 'common/spendInsights/apostrophe';

/**
 * `mot : suite` → `mot⍽: suite`, `mot; suite` → `mot·; suite` (`⍽` no-break
 * space, `·` narrow no-break space). Only punctuation that ends a word counts:
 * `10:30`, `a?b` and URLs are left alone (typograf hides URLs from every rule).
 */
function spaceBeforeFrenchPunctuation(text: string): string {
  const pattern = new RegExp(
    `([^\\s${BOUNDARY}:;?!(\\[«])(${SPACES_AND_MARKERS})([:;?!])(?=[\\s${BOUNDARY}»)\\]"'’.,…:;?!]|$)`,
    'gu',
  );
  return text.replace(pattern, (_match, before: string, gap: string, sign: string) => {
    const markers = gap.replaceAll(/[^\uE000]/gu, '');
    return `${before}${markers}${sign === ':' ? NBSP : NARROW_NBSP}${sign}`;
  });
}

/**
 * The units that a French number keeps on its line: time (`min`, `h`,
 * `secondes`, `minutes`, `heures`, `jours`, `semaines`, `mois`, `ans`,
 * `années`), data sizes (`Ko`, `Mo`, `Go`, `To`, `octets`), `%` and `€`.
 * Symbols are matched with their case (`2 Go`, not `2 go`); other words
 * after a number (`3 étapes`, `2 rapports`) are not units.
 */
export const FRENCH_UNITS = [
  'min',
  'h',
  'secondes?',
  'minutes?',
  'heures?',
  'jours?',
  'semaines?',
  'mois',
  'ans?',
  'années?',
  'Ko',
  'Mo',
  'Go',
  'To',
  'octets?',
  '%',
  '€',
] as const;

/**
 * `30 min` → `30⍽min`, `de 19 h à 7 h` → `de 19⍽h à 7⍽h` (`⍽` no-break
 * space). The number is a whole or decimal number (`1,5 Go`) or a message
 * placeholder (`{minutes} min`, in UI strings). Markers between the pieces of
 * a run stay where they are.
 */
function nbspBetweenNumberAndUnit(text: string): string {
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}.,])(\\d+(?:[.,]\\d+)?|\\{\\w+\\})([ \\t\\n${BOUNDARY}]*[ \\t\\n][ \\t\\n${BOUNDARY}]*)(${FRENCH_UNITS.join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return text.replace(pattern, (_match, number: string, gap: string, unit: string) => {
    const markers = gap.replaceAll(/[^\uE000]/gu, '');
    return `${number}${NBSP}${markers}${unit}`;
  });
}

/** `l'accès` → `l’accès`, `Xero's` → `Xero’s`, also across inline nodes (`l'**Xero**`). */
function curlyApostrophe(text: string): string {
  const pattern = new RegExp(
    `([\\p{L}\\p{N}${ATOM}])(${BOUNDARY}*)'(${BOUNDARY}*)(?=[\\p{L}\\p{N}${ATOM}])`,
    'gu',
  );
  return text.replace(pattern, '$1$2’$3');
}

let rulesAdded = false;
function addRules(): void {
  if (rulesAdded) return;
  rulesAdded = true;
  Typograf.addRule({name: FRENCH_PUNCTUATION_RULE, handler: spaceBeforeFrenchPunctuation});
  Typograf.addRule({name: FRENCH_NUMBER_UNIT_RULE, handler: nbspBetweenNumberAndUnit});
  Typograf.addRule({name: APOSTROPHE_RULE, handler: curlyApostrophe});
}

const typografs = new Map<TypographyLocale, Typograf>();

function typografFor(locale: TypographyLocale): Typograf {
  let typograf = typografs.get(locale);
  if (!typograf) {
    addRules();
    typograf = new Typograf({
      locale: locale === 'fr' ? ['fr'] : ['en-US'],
      disableRule: '*',
      enableRule: [
        'common/punctuation/quote',
        APOSTROPHE_RULE,
        ...(locale === 'fr' ? [FRENCH_PUNCTUATION_RULE, FRENCH_NUMBER_UNIT_RULE] : []),
      ],
    });
    typografs.set(locale, typograf);
  }
  return typograf;
}

/** The typography of `locale` applied to a piece of plain text (not HTML, not Markdown). */
export function typograph(text: string, locale: TypographyLocale): string {
  if (text.trim() === '') return text;
  // typograf trims nothing with these rules; its HTML handling stays off (the text is not HTML).
  const leading = /^\s*/u.exec(text)![0];
  const trailing = /\s*$/u.exec(text)![0];
  // typograf treats text with `<…>` as HTML and leaves what looks like a tag
  // alone; this text is never HTML, so angle brackets are hidden from it.
  const core = text
    .slice(leading.length, text.length - trailing.length)
    .replaceAll('<', LESS_THAN)
    .replaceAll('>', GREATER_THAN);
  const result = typografFor(locale)
    .execute(core)
    .replaceAll(LESS_THAN, '<')
    .replaceAll(GREATER_THAN, '>');
  return `${leading}${result}${trailing}`;
}

/** A piece of a run of inline text: text to typograph, or something that must stay as it is. */
export type Segment = {text: string} | {atom: true};

/**
 * Typographs a run of inline text given as pieces (the text nodes of a
 * paragraph, with inline code and the like as atoms) as one string, so that
 * punctuation right after a link or bold text gets its space, and returns the
 * new text of each text piece, in order. Returns the pieces unchanged when the
 * result cannot be split back safely.
 */
export function typographSegments(
  segments: readonly Segment[],
  locale: TypographyLocale,
): string[] {
  const texts = segments.map((segment) => ('text' in segment ? segment.text : ATOM));
  if (texts.some((text) => text.includes(BOUNDARY))) return texts;
  const joined = texts.join(BOUNDARY);
  const parts = typograph(joined, locale).split(BOUNDARY);
  const safe =
    parts.length === texts.length &&
    segments.every((segment, index) => 'text' in segment || parts[index] === ATOM);
  return safe ? parts : texts;
}
