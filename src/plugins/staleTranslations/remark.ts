/**
 * The remark step that shows a stale translation: a French page whose English
 * source changed since it was translated (see `translationStatus.ts`) starts
 * with a notice, in French, that says when the English page changed and links
 * to it. The notice is a `:::warning` admonition, so it looks and reads like
 * every other one (Docusaurus's admonition step runs after this one).
 *
 * @module
 */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {docOfFile, docsDir, type SiteLocales} from '../integrations/siteFiles';
import {lastChanged, translationState} from './translationStatus';

interface MdNode {
  type: string;
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

const DATE = new Intl.DateTimeFormat('fr-FR', {dateStyle: 'long', timeZone: 'UTC'});

function text(value: string): MdNode {
  return {type: 'text', value};
}

/** The notice: a warning admonition with its title and one paragraph. */
export function staleNotice(englishPath: string, changed: Date): MdNode {
  return {
    type: 'containerDirective',
    name: 'warning',
    data: {},
    children: [
      {
        type: 'paragraph',
        data: {directiveLabel: true},
        children: [text('Traduction à mettre à jour')],
      },
      {
        type: 'paragraph',
        children: [
          text(
            `La version anglaise de cette page a été modifiée le ${DATE.format(changed)}, après cette traduction. Certaines informations peuvent manquer ici ou ne plus être exactes : `,
          ),
          {
            type: 'link',
            // pathname:// keeps the English path as it is, outside the French site's /fr/ base.
            url: `pathname://${englishPath}`,
            data: {hProperties: {hrefLang: 'en'}},
            children: [text('lire la version anglaise')],
          },
          text('.'),
        ],
      },
    ],
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
