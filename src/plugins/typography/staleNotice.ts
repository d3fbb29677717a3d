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
import {lastChanged, translationState} from './translationStatus';

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  name?: string;
  children?: MdNode[];
  data?: Record<string, unknown>;
}

const FRENCH_DOC =
  /^(.*)[\\/]i18n[\\/]fr[\\/]docusaurus-plugin-content-docs[\\/]current[\\/](.+)\.mdx?$/;

/** The English source of a French doc, and the English page's path on the site. */
export function englishCounterpart(frenchFile: string): {file: string; path: string} | undefined {
  const match = FRENCH_DOC.exec(frenchFile);
  if (!match) return undefined;
  const [, siteDir, relative] = match as unknown as [string, string, string];
  const extension = frenchFile.endsWith('.md') ? '.md' : '.mdx';
  const path = relative.split('\\').join('/');
  if (path.split('/').some((part) => part.startsWith('_'))) return undefined;
  return {file: `${siteDir}/docs/${path}${extension}`, path: `/${path}`};
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

/** The remark plugin: `beforeDefaultRemarkPlugins: [remarkStaleTranslation, …]`. */
export default function remarkStaleTranslation() {
  return (root: MdNode, file: {path?: string; data?: {frontMatter?: Record<string, unknown>}}) => {
    const english = file.path ? englishCounterpart(file.path) : undefined;
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
