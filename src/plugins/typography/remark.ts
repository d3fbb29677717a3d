/**
 * The remark step of the site's typography: each doc gets its locale's
 * typography (its locale read from its path by `siteFiles.ts`).
 *
 * Left as written: code blocks, inline code, HTML, MDX expressions and ESM,
 * elements marked in another language (`<span lang="en">…</span>` on a French page),
 * URLs (link targets, and link texts that are the URL itself), front matter,
 * and heading ids (explicit ids are kept; a heading without one gets the id
 * its untouched text gives, as Docusaurus would have computed it).
 *
 * It runs before Docusaurus's own remark plugins, so that the table of
 * contents and the admonition titles get the same typography as the text.
 *
 * @module
 */
import {createSlugger} from '@docusaurus/utils';
import {type SiteLocales} from '../integrations/siteFiles';
import {typographyLocaleOfFile} from './locale';
import {typograph, typographSegments, type Segment, type TypographyLocale} from './typography';

/** The little of mdast and MDX that this plugin reads. */
interface MdNode {
  type: string;
  value?: string;
  alt?: string | null;
  url?: string;
  name?: string | null;
  children?: MdNode[];
  attributes?: {type: string; name?: string; value?: unknown}[];
  data?: {hProperties?: Record<string, unknown>; [key: string]: unknown};
}

/** Nodes whose content is code, markup or data: never typographed. */
const SKIPPED = new Set([
  'code',
  'inlineCode',
  'html',
  'yaml',
  'toml',
  'math',
  'inlineMath',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'definition',
]);
/** Inline nodes that are one opaque word for the text around them. */
const ATOMS = new Set([
  'inlineCode',
  'html',
  'image',
  'imageReference',
  'break',
  'footnoteReference',
  'mdxTextExpression',
  'inlineMath',
]);
/** Inline elements whose content is code. */
const CODE_ELEMENTS = new Set(['code', 'kbd', 'samp', 'pre', 'var']);
/** Blocks whose children are a run of inline text. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell']);
/** JSX attributes that hold text for readers. */
const TEXT_ATTRIBUTES = new Set([
  'title',
  'alt',
  'label',
  'aria-label',
  'placeholder',
  'description',
]);

function isJsxElement(node: MdNode): boolean {
  return node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
}

/**
 * True for an element marked in another language than the page's
 * (`<span lang="en">Yes, always; allow access</span>` on a French page): its
 * text and attributes are left as written, and it is one word for the text
 * around it.
 */
function isOtherLanguage(node: MdNode, locale: TypographyLocale): boolean {
  if (!isJsxElement(node)) return false;
  const lang = node.attributes?.find(
    (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'lang',
  )?.value;
  return typeof lang === 'string' && lang.split('-')[0]!.toLowerCase() !== locale;
}

function typographAttributes(node: MdNode, locale: TypographyLocale): void {
  for (const attribute of node.attributes ?? []) {
    if (
      attribute.type === 'mdxJsxAttribute' &&
      attribute.name !== undefined &&
      TEXT_ATTRIBUTES.has(attribute.name) &&
      typeof attribute.value === 'string'
    ) {
      attribute.value = typograph(attribute.value, locale);
    }
  }
}

/** A link whose text is its URL (an autolink) is shown as written. */
function isUrlText(node: MdNode): boolean {
  if (node.type !== 'link' || node.children?.length !== 1) return false;
  const [child] = node.children;
  return (
    child?.type === 'text' && (child.value === node.url || /^[a-z]+:\/\//i.test(child.value ?? ''))
  );
}

/** Typographs the inline text of `parent` as one run, with code and the like as atoms. */
function typographRun(parent: MdNode, locale: TypographyLocale): void {
  const texts: MdNode[] = [];
  const segments: Segment[] = [];
  const collect = (node: MdNode) => {
    for (const child of node.children ?? []) {
      if (child.type === 'text') {
        texts.push(child);
        segments.push({text: child.value ?? ''});
      } else if (
        ATOMS.has(child.type) ||
        isUrlText(child) ||
        isOtherLanguage(child, locale) ||
        (isJsxElement(child) && CODE_ELEMENTS.has(child.name ?? ''))
      ) {
        segments.push({atom: true});
      } else {
        if (isJsxElement(child)) typographAttributes(child, locale);
        if (child.type === 'image' && child.alt) child.alt = typograph(child.alt, locale);
        collect(child);
      }
    }
  };
  collect(parent);
  if (texts.length === 0) return;
  const results = typographSegments(segments, locale).filter(
    (_, index) => 'text' in segments[index]!,
  );
  texts.forEach((node, index) => {
    node.value = results[index];
  });
}

function walk(node: MdNode, locale: TypographyLocale): void {
  if (SKIPPED.has(node.type) || isOtherLanguage(node, locale)) return;
  if (isJsxElement(node)) {
    typographAttributes(node, locale);
    if (CODE_ELEMENTS.has(node.name ?? '')) return;
  }
  if (PHRASING_PARENTS.has(node.type)) {
    typographRun(node, locale);
    return;
  }
  for (const child of node.children ?? []) walk(child, locale);
}

/** The text of a node as `mdast-util-to-string` gives it (what Docusaurus slugs). */
function nodeText(node: MdNode): string {
  if (typeof node.value === 'string') return node.value;
  if (typeof node.alt === 'string') return node.alt;
  return (node.children ?? []).map(nodeText).join('');
}

const CLASSIC_ID = /\{#[^}]*\}\s*$/;

function hasExplicitId(heading: MdNode): boolean {
  const last = heading.children?.at(-1);
  if (!last) return false;
  if (last.type === 'mdxTextExpression') return /^\s*\/\*\s*#/.test(last.value ?? '');
  if (last.type === 'html') return /^<!--\s*#/.test(last.value ?? '');
  return last.type === 'text' && CLASSIC_ID.test(last.value ?? '');
}

/**
 * Gives each heading without an explicit id the id Docusaurus would compute
 * from its text before typography changes that text.
 */
function freezeHeadingIds(root: MdNode): void {
  const slugger = createSlugger();
  const visit = (node: MdNode) => {
    if (node.type === 'heading') {
      const properties = ((node.data ??= {}).hProperties ??= {});
      if (properties.id === undefined && !hasExplicitId(node)) {
        const text = (node.children ?? [])
          .filter((child) => child.type !== 'html' && child.type !== 'jsx')
          .map(nodeText)
          .join('');
        properties.id = slugger.slug(text);
      }
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
}

/** Typographs a Markdown tree in the language of its file. */
export function typographTree(root: MdNode, locale: TypographyLocale): void {
  freezeHeadingIds(root);
  walk(root, locale);
}

/** The remark plugin's options: the site config's `i18n`, to tell each doc's locale from its path. */
export interface RemarkTypographyOptions {
  site: SiteLocales;
}

/**
 * The remark plugin: `beforeDefaultRemarkPlugins: [[remarkTypography, {site: i18n}]]`
 * in the docs options. A doc in a locale the rules do not know stays as written.
 */
export default function remarkTypography({site}: RemarkTypographyOptions) {
  return (root: MdNode, file: {path?: string}) => {
    const locale = typographyLocaleOfFile(file.path, site);
    if (locale) typographTree(root, locale);
  };
}
