/**
 * The remark step that shows a stale translation: a French page whose English
 * source changed since it was translated (see `translationStatus.ts`) starts
 * with a notice, in the page's language, that says when the English page
 * changed and links to it: the component `src/components/StaleTranslationNotice`
 * (a warning admonition), placed as a global MDX component.
 *
 * @module
 */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {docOfFile, docsDir, type SiteLocales} from '../integrations/siteFiles';
import {lastChanged, translationState} from './translationStatus';

interface MdNode {
  type: string;
  attributes?: {type: string; name: string; value: string}[];
  value?: string;
  url?: string;
  name?: string;
  children?: MdNode[];
  data?: Record<string, unknown>;
}

/**
 * The default-locale source of a translated doc, and that page's path on the
 * site; none for a default-locale doc or a partial (`_` folders and files are
 * no pages).
 */
export function englishCounterpart(
  translatedFile: string,
  siteDir: string,
  site: SiteLocales,
): {file: string; path: string} | undefined {
  const doc = docOfFile(translatedFile, site);
  if (!doc || doc.locale === site.defaultLocale) return undefined;
  if (doc.docId.split('/').some((part) => part.startsWith('_'))) return undefined;
  const extension = translatedFile.endsWith('.md') ? '.md' : '.mdx';
  return {
    file: join(siteDir, docsDir(site.defaultLocale, site), `${doc.docId}${extension}`),
    path: `/${doc.docId}`,
  };
}

/** The notice, as the MDX element `<StaleTranslationNotice>` (a global MDX component). */
export function staleNotice(sourcePath: string, changed: Date): MdNode {
  const attribute = (name: string, value: string) => ({type: 'mdxJsxAttribute', name, value});
  return {
    type: 'mdxJsxFlowElement',
    name: 'StaleTranslationNotice',
    attributes: [
      attribute('sourcePath', sourcePath),
      attribute('changed', changed.toISOString().slice(0, 10)),
    ],
    children: [],
  };
}

/** The remark plugin's options: where the site is and its `i18n`, to find a doc's source. */
export interface RemarkStaleTranslationOptions {
  siteDir: string;
  site: SiteLocales;
}

/** The remark plugin: `beforeDefaultRemarkPlugins: [[remarkStaleTranslation, {siteDir, site}], …]`. */
export default function remarkStaleTranslation({siteDir, site}: RemarkStaleTranslationOptions) {
  return (root: MdNode, file: {path?: string; data?: {frontMatter?: Record<string, unknown>}}) => {
    const english = file.path ? englishCounterpart(file.path, siteDir, site) : undefined;
    if (!english || !existsSync(english.file)) return;
    const state = translationState(
      file.data?.frontMatter ?? {},
      readFileSync(english.file, 'utf8'),
    );
    if (state.state === 'current') return;
    const notice = staleNotice(english.path, lastChanged(english.file));
    // After the imports, before the first content.
    const index = (root.children ?? []).findIndex((node) => node.type !== 'mdxjsEsm');
    root.children?.splice(index === -1 ? root.children.length : index, 0, notice);
  };
}
