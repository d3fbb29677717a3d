import {readFileSync, existsSync} from 'node:fs';
import {join} from 'node:path';
import type {LoadContext, ParseFrontMatter, Plugin, TranslationFile} from '@docusaurus/types';
import {
  GUIDE_DIRECTORY,
  findIntegration,
  hasGuide,
  integrationIdOfDoc,
  integrations,
  type Integration,
} from '../../data/integrations';
import {troubleshooting} from '../../data/troubleshooting';
import {docOfFile, docsDir, PLUGIN_NAME, pluginTranslationFile, SITE_LOCALES} from './siteFiles';
import {formatRegistryProblems, staleVerifications, validateRegistries} from './validate';

/** The guide texts this plugin translates, with their English messages. */
const GUIDE_MESSAGES = {
  'guide.title': {
    message: 'Connect {name}',
    description: 'Title of a connection guide; {name} is the software name from the registry',
  },
} as const;
const GUIDE_TRANSLATIONS = 'guides';

type GuideMessageId = keyof typeof GUIDE_MESSAGES;

function guideMessage(siteDir: string, locale: string, id: GuideMessageId): string {
  if (locale === SITE_LOCALES[0]) return GUIDE_MESSAGES[id].message;
  const file = pluginTranslationFile(locale, GUIDE_TRANSLATIONS);
  const absolute = join(siteDir, file);
  const translated = existsSync(absolute)
    ? (JSON.parse(readFileSync(absolute, 'utf8')) as Record<string, {message?: string}>)[id]
        ?.message
    : undefined;
  if (!translated) {
    throw new Error(
      `[${locale}] ${file}: the message "${id}" is missing; run npm run write-translations and translate it`,
    );
  }
  return translated;
}

/**
 * Gives every connection guide its title and sidebar label from the registry
 * and the plugin's translation files, so a software's name is typed once.
 * Docusaurus reads front matter through the site config, which wires this in.
 */
export function guideFrontMatter(siteDir: string): ParseFrontMatter {
  return async (params) => {
    const result = await params.defaultParseFrontMatter(params);
    const doc = docOfFile(params.filePath);
    if (doc?.docId === FILE_UPLOAD_DOC_ID) {
      return withKeywords(result, fileUploadOnlyKeywords());
    }
    const id = doc && integrationIdOfDoc(doc.docId);
    const entry = id && findIntegration(id);
    if (!doc || !entry) return result;
    const title = guideMessage(siteDir, doc.locale, 'guide.title').replace('{name}', entry.name);
    return withKeywords(
      {...result, frontMatter: {title, sidebar_label: entry.name, ...result.frontMatter}},
      softwareKeywords(entry),
    );
  };
}

/** The doc that lists the software customers connect by uploading files. */
export const FILE_UPLOAD_DOC_ID = 'spend-insights/resources/link-file';

/** A software's name and the other names people use for it, as search keywords. */
export function softwareKeywords(entry: Pick<Integration, 'name' | 'aliases'>): string[] {
  return [entry.name, ...entry.aliases];
}

/**
 * The names and aliases of the software without a guide, which the file
 * upload page lists: a search for "Great Plains" finds that page.
 */
export function fileUploadOnlyKeywords(): string[] {
  return [...new Set(integrations.filter((entry) => !hasGuide(entry)).flatMap(softwareKeywords))];
}

/**
 * Adds search keywords (the page's `<meta name="keywords">`, which the site
 * search indexes) to those the front matter may already have.
 */
function withKeywords<T extends {frontMatter: Record<string, unknown>}>(
  result: T,
  keywords: readonly string[],
): T {
  const own = result.frontMatter.keywords;
  const existing = Array.isArray(own) ? own.map(String) : [];
  return {
    ...result,
    frontMatter: {...result.frontMatter, keywords: [...new Set([...existing, ...keywords])]},
  };
}

/**
 * The integrations feature at build time: stops `docusaurus start` and `build`
 * (in every locale) when a registry entry is wrong or points at a missing logo,
 * guide or heading, warns about guides not checked for a long time, and
 * declares the guide texts to translate.
 */
export default function integrationsPlugin(context: LoadContext): Plugin {
  const {siteDir, i18n} = context;
  return {
    name: PLUGIN_NAME,
    async loadContent() {
      const today = new Date().toISOString().slice(0, 10);
      const problems = validateRegistries({integrations, troubleshooting}, {siteDir, today});
      if (problems.length > 0) {
        throw new Error(`[${i18n.currentLocale}] ${formatRegistryProblems(problems)}`);
      }
      for (const warning of staleVerifications(integrations, today)) {
        console.warn(`[WARNING] [${i18n.currentLocale}] ${warning}`);
      }
    },
    getTranslationFiles(): Promise<TranslationFile[]> {
      return Promise.resolve([{path: GUIDE_TRANSLATIONS, content: {...GUIDE_MESSAGES}}]);
    },
    getPathsToWatch() {
      return [
        join(siteDir, 'src/data/**'),
        join(siteDir, 'static/img/logos/**'),
        ...SITE_LOCALES.map((locale) => join(siteDir, docsDir(locale), GUIDE_DIRECTORY, '**')),
      ];
    },
  };
}
