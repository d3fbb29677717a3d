/**
 * The typography of the registries' texts: rewrites every `en:` and `fr:`
 * string of a registry source file (`src/data/<registry>/entries.ts`) with its
 * language's typography, leaving everything else (ids, URLs, the `message` an
 * error shows word for word) as written. `registryLoader.cjs` runs it on those
 * files when the site is bundled.
 *
 * @module
 */
import ts from 'typescript';
import {englishCounterpart} from './staleNotice';
import {typograph, type TypographyLocale} from './typography';

/** The registry source files the bundler passes through {@link typographRegistrySource}. */
export const REGISTRY_SOURCE = /[\\/]src[\\/]data[\\/][^\\/]+[\\/]entries\.ts$/;

function localeKey(name: ts.PropertyName): TypographyLocale | undefined {
  const text = ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
  return text === 'en' || text === 'fr' ? text : undefined;
}

/** The Docusaurus docs plugin's generated data (sidebars, breadcrumbs): JSON modules. */
export const DOCS_DATA = /[\\/]\.docusaurus[\\/]docusaurus-plugin-content-docs[\\/].*\.json$/;

/**
 * The docs plugin's generated JSON with every `label` (sidebar items and
 * categories, translated through `i18n/<locale>/docusaurus-plugin-content-docs/`)
 * typographed in the page language.
 */
export function typographDocsData(json: string, pageLocale: TypographyLocale): string {
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        key === 'label' && typeof item === 'string' ? typograph(item, pageLocale) : visit(item),
      ]),
    );
  };
  return JSON.stringify(visit(JSON.parse(json)));
}

function propertyName(node: ts.Node): string | undefined {
  if (!ts.isPropertyAssignment(node)) return undefined;
  return ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : undefined;
}

/** True for the `title` of an item of a `sources` array. */
function isSourceTitle(node: ts.PropertyAssignment): boolean {
  const list = node.parent.parent;
  return (
    propertyName(node) === 'title' &&
    ts.isArrayLiteralExpression(list) &&
    propertyName(list.parent) === 'sources'
  );
}

/** The language a cited source is written in: its `language` property, English when absent. */
function sourceLanguage(node: ts.PropertyAssignment): TypographyLocale {
  const sibling = node.parent.properties.find(
    (property): property is ts.PropertyAssignment => propertyName(property) === 'language',
  );
  return sibling && ts.isStringLiteral(sibling.initializer) && sibling.initializer.text === 'fr'
    ? 'fr'
    : 'en';
}

/**
 * The source with each `en: '…'` and `fr: '…'` string literal typographed in
 * its language, and the titles of the cited sources in the language they are
 * written in (the pages mark them with `lang`).
 */
export function typographRegistrySource(source: string, fileName = 'entries.ts'): string {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  const edits: {start: number; end: number; text: string}[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node)) {
      const locale =
        localeKey(node.name) ?? (isSourceTitle(node) ? sourceLanguage(node) : undefined);
      const value = node.initializer;
      if (locale && (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value))) {
        const text = typograph(value.text, locale);
        if (text !== value.text) {
          edits.push({start: value.getStart(file), end: value.end, text: JSON.stringify(text)});
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = source;
  for (const edit of edits.reverse()) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** The French docs, whose English source is a dependency of their compiled page. */
export const FRENCH_DOCS =
  /[\\/]i18n[\\/]fr[\\/]docusaurus-plugin-content-docs[\\/]current[\\/].*\.mdx?$/;

/** The English source file of a French doc, when there is one. */
export function englishSourceOf(frenchFile: string): string | undefined {
  return englishCounterpart(frenchFile)?.file;
}
