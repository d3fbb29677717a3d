/**
 * The translation checks that read the text itself, beside the structural
 * ones of `check.ts`:
 *
 * - stale translations: translated pages whose English source changed since
 *   they were translated (`translation_of`, see src/plugins/staleTranslations/translationStatus.ts);
 * - English left in a translation: paragraphs of a translated page, and
 *   translated UI strings, that read as English (franc-min, with a stop-word
 *   count for short strings; product and software names are removed first).
 *   The word lists are tuned for French, the site's translation so far;
 *   English text is found in any language, other prose may be misread;
 * - typography typed by hand: no-break spaces and curly apostrophes belong to
 *   the build, so writers type ordinary spaces and straight apostrophes.
 *
 * @module
 */
import {franc} from 'franc-min';
import type {TextlintRuleModule} from '@textlint/types';
import {createLinter, loadTextlintrc} from 'textlint';
import {
  isPending,
  translationState,
  TRANSLATION_OF,
  TRANSLATION_PENDING,
} from '../../src/plugins/staleTranslations/translationStatus';
import {translationFile} from '../../src/plugins/integrations/siteFiles';
import {
  ENGLISH_DOCS_DIR,
  parseDoc,
  type Finding,
  type SiteContent,
  type TranslationFileName,
} from './check';

/** A finding with the line it is on (1-based), for the files where a line helps. */
export interface LineFinding extends Finding {
  line?: number;
}

/** `file:line: message`, or `file: message`. */
export function formatLineFinding(finding: LineFinding): string {
  return `${finding.file}${finding.line === undefined ? '' : `:${finding.line}`}: ${finding.message}`;
}

// ---------------------------------------------------------------------------
// Stale translations

/** The stale (or never marked) translated pages; `pending` ones are knowingly so. */
export async function staleTranslations(
  site: Pick<SiteContent, 'englishDocs' | 'translatedDocs' | 'translatedDocsDir'>,
): Promise<{finding: LineFinding; pending: boolean}[]> {
  const stale: {finding: LineFinding; pending: boolean}[] = [];
  for (const [page, translatedSource] of Object.entries(site.translatedDocs)) {
    const englishSource = site.englishDocs[page];
    if (englishSource === undefined) continue;
    const doc = await parseDoc(page, translatedSource);
    if ('error' in doc) continue;
    const state = translationState(doc.data, englishSource);
    if (state.state === 'current') continue;
    const file = `${site.translatedDocsDir}/${page}`;
    const english = `${ENGLISH_DOCS_DIR}/${page}`;
    const fix = `update it from ${english}, then run npm run i18n:mark-translated -- ${file} (or set ${TRANSLATION_PENDING}: true in its front matter to ship it knowingly)`;
    const message =
      state.state === 'unmarked'
        ? `stale translation: no ${TRANSLATION_OF} records which version of ${english} it translates; ${fix}`
        : `stale translation: ${english} changed since it was translated (translated from ${state.translatedFrom}, English is now ${state.englishHash}); ${fix}`;
    stale.push({finding: {file, line: 1, message}, pending: isPending(doc.data)});
  }
  return stale.sort((a, b) => a.finding.file.localeCompare(b.finding.file));
}

// ---------------------------------------------------------------------------
// English left in French

const ENGLISH_WORDS = new Set(
  'the and of to your you is are was be been this that these those with from for by it its not or but if then when which what who how can will would should must have has do does our their they we he she him her there here into onto about after before while because'.split(
    ' ',
  ),
);
const FRENCH_WORDS = new Set(
  'le la les l de des du d un une et à au aux en pour votre vos vous est sont sur dans par ce cette ces qui que qu ne pas se son sa ses il elle ils nous leur leurs avec ou mais si puis quand comme tout tous être avoir fait peut plus'.split(
    ' ',
  ),
);

/** Words of English interfaces that French never uses (`menu`, `page` or `documentation` are both). */
const ENGLISH_UI_WORDS = new Set(
  'search close copy copied open next previous back home edit share send loading submit cancel clear filter filters show hide settings help skip main content link links toggle navigation sidebar theme dark light mode on this page expand collapse'.split(
    ' ',
  ),
);

/** The words of a text, lower-cased, apostrophes splitting elisions (`l'accès` → `l`, `accès`). */
function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/**
 * True when a French text reads as English. Names (`names`, longest first) are
 * removed first. Texts of 8 words or more go to franc-min, limited to French
 * and English; shorter ones count English and French function words.
 */
export function looksEnglish(text: string, names: readonly string[]): boolean {
  let rest = text;
  for (const name of names) rest = rest.split(name).join(' ');
  // Ids and slugs (`sage-intacct-top-level`) are not prose.
  rest = rest.replace(/\b[a-z0-9]+(?:-[a-z0-9]+){2,}\b/g, ' ');
  const list = words(rest);
  if (list.length === 0) return false;
  const english = list.filter((word) => ENGLISH_WORDS.has(word)).length;
  const french = list.filter((word) => FRENCH_WORDS.has(word)).length;
  // Labels of one or two words: English when every word is a common English UI word.
  if (list.length <= 2) return list.every((word) => ENGLISH_UI_WORDS.has(word));
  if (list.length >= 8) {
    return franc(rest, {only: ['fra', 'eng'], minLength: 10}) === 'eng' && english >= french;
  }
  return english > french;
}

/** Sorts names longest first, so that `QuickBooks Online` goes before `QuickBooks`. */
export function namesForDetection(names: Iterable<string>): string[] {
  return [...new Set(names)].filter(Boolean).sort((a, b) => b.length - a.length);
}

interface TxtNode {
  type: string;
  value?: string;
  children?: TxtNode[];
  loc: {start: {line: number}};
}

/** Inline nodes whose text is not prose to translate: code, and bold UI labels of the software. */
const NOT_PROSE = new Set(['Code', 'Strong', 'Html', 'Image']);

function proseOf(node: TxtNode): string {
  if (NOT_PROSE.has(node.type)) return ' ';
  if (node.type === 'Str') return node.value ?? '';
  return (node.children ?? []).map(proseOf).join('');
}

/** A textlint rule: reports the paragraphs, headings, list items and cells that read as English. */
export function noEnglishRule(names: readonly string[]): TextlintRuleModule {
  return (context) => {
    const {Syntax, RuleError, report} = context;
    const check = (node: unknown) => {
      const text = proseOf(node as TxtNode)
        .replace(/\s+/g, ' ')
        .trim();
      if (!looksEnglish(text, names)) return;
      const excerpt = text.length > 70 ? `${text.slice(0, 69)}…` : text;
      report(
        node as Parameters<typeof report>[0],
        new RuleError(
          `reads as English: "${excerpt}". Translate it, or add a product name to scripts/i18n-check/allowlist.json`,
        ),
      );
    };
    return {[Syntax.Paragraph]: check, [Syntax.Header]: check, [Syntax.TableCell]: check};
  };
}

/** Lists the prose of translated pages that reads as English, with the MDX plugin of `.textlintrc.json`. */
export async function englishInTranslatedPages(
  site: Pick<SiteContent, 'translatedDocs' | 'translatedDocsDir'>,
  names: readonly string[],
  textlintrc: string,
): Promise<LineFinding[]> {
  const descriptor = await loadTextlintrc({configFilePath: textlintrc});
  const linter = createLinter({
    descriptor: descriptor.shallowMerge({
      rules: [{ruleId: 'no-english', rule: noEnglishRule(names)}],
    }),
  });
  const findings: LineFinding[] = [];
  for (const [page, source] of Object.entries(site.translatedDocs)) {
    const file = `${site.translatedDocsDir}/${page}`;
    const result = await linter.lintText(source, file);
    for (const message of result.messages) {
      findings.push({file, line: message.line, message: message.message});
    }
  }
  return findings;
}

/** Lists the translated UI strings that read as English. */
export function englishInTranslatedMessages(
  site: Pick<SiteContent, 'locale' | 'translations'>,
  names: readonly string[],
): LineFinding[] {
  const findings: LineFinding[] = [];
  for (const [name, messages] of Object.entries(site.translations) as [
    TranslationFileName,
    Record<string, {message: string}>,
  ][]) {
    for (const [key, {message}] of Object.entries(messages)) {
      if (typeof message !== 'string') continue;
      // Plural forms are separated by |; placeholders are not words.
      const text = message.replace(/\{[^}]*\}/g, ' ').replace(/\|/g, ' ');
      if (looksEnglish(text, names)) {
        findings.push({
          file: translationFile(site.locale, name),
          message: `key ${JSON.stringify(key)} reads as English (${JSON.stringify(message)}): translate it, or add a product name to scripts/i18n-check/allowlist.json`,
        });
      }
    }
  }
  return findings;
}

// ---------------------------------------------------------------------------
// Typography typed by hand

const HAND_TYPED: [RegExp, string][] = [
  [/\u00a0/g, 'a no-break space: type an ordinary space'],
  [/\u202f/g, 'a narrow no-break space: type an ordinary space'],
  [/’/g, "a curly apostrophe: type a straight one (')"],
];

/**
 * Lists the no-break spaces and curly apostrophes typed in a source: the build
 * writes them (src/plugins/typography), so sources keep one style.
 */
export function handTypedTypography(file: string, source: string): LineFinding[] {
  const findings: LineFinding[] = [];
  source.split('\n').forEach((text, index) => {
    for (const [pattern, what] of HAND_TYPED) {
      const count = text.match(pattern)?.length ?? 0;
      if (count > 0) {
        findings.push({
          file,
          line: index + 1,
          message: `${count === 1 ? '' : `${count} × `}${what}; the build applies French and English typography`,
        });
      }
    }
  });
  return findings;
}
