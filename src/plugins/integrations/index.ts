/**
 * The integrations feature at build time, shaped like Docusaurus's content
 * plugins: `loadContent` reads and checks the data files (stopping `start` and
 * `build`, in every locale, on the first bad value) and localizes them;
 * `contentLoaded` publishes one data module per page, in the build's locale:
 *
 * - `@integrations-data/catalog.json`: the tiles of the catalog and the start page;
 * - `@integrations-data/errors.json`: the error messages page;
 * - `@integrations-data/guides/<id>.json`: one software's guide, with the
 *   latest post of the updates section (the blog plugin's) about it, which is
 *   why guides are published in `allContentLoaded`.
 *
 * @module
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import logger from '@docusaurus/logger';
import type {
  AllContent,
  LoadContext,
  ParseFrontMatter,
  Plugin,
  TranslationFile,
} from '@docusaurus/types';
import type {BlogContent} from '@docusaurus/plugin-content-blog';
import {parse} from 'yaml';
import {GUIDE_DIRECTORY, guideDocId, hasGuide, integrationIdOfDoc} from '../../data/paths';
import type {IntegrationMethod} from '../../data/model';
import type {GuideUpdate} from '../../data/pageData';
import {publishContent, type PublishedContent} from './publish';
import {formatRegistryProblems, loadRegistry} from './registry';
import {
  DATA_FILES,
  docOfFile,
  docsDir,
  integrationFile,
  PLUGIN_NAME,
  pluginTranslationFile,
  type SiteLocales,
} from './siteFiles';

/** The alias under which pages import the modules this plugin publishes. */
export const DATA_ALIAS = '@integrations-data';

/** The guide texts this plugin translates, with their default-locale messages. */
const GUIDE_MESSAGES = {
  'guide.title': {
    message: 'Connect {name}',
    description: 'Title of a connection guide; {name} is the software name from its data file',
  },
} as const;
const GUIDE_TRANSLATIONS = 'guides';

type GuideMessageId = keyof typeof GUIDE_MESSAGES;

/** A message of this plugin in a locale; a translated locale without it stops the build. */
function guideMessage(siteDir: string, locale: string, site: SiteLocales, id: GuideMessageId) {
  if (locale === site.defaultLocale) return GUIDE_MESSAGES[id].message;
  const file = pluginTranslationFile(locale, GUIDE_TRANSLATIONS);
  const absolute = join(siteDir, file);
  if (!existsSync(absolute)) return GUIDE_MESSAGES[id].message;
  const translated = (
    JSON.parse(readFileSync(absolute, 'utf8')) as Record<string, {message?: string}>
  )[id]?.message;
  if (!translated) {
    throw new Error(
      `[${locale}] ${file}: the message "${id}" is missing; run npm run write-translations and translate it`,
    );
  }
  return translated;
}

/** The names a software is searched by, read from its data file (the plugin checks the file). */
interface SoftwareNames {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly methods: readonly IntegrationMethod[];
}

function readSoftwareNames(siteDir: string, id: string): SoftwareNames | undefined {
  const file = join(siteDir, integrationFile(id));
  if (!existsSync(file)) return undefined;
  try {
    const data = parse(readFileSync(file, 'utf8')) as Partial<SoftwareNames> | null;
    if (typeof data?.name !== 'string') return undefined;
    return {
      name: data.name,
      aliases: Array.isArray(data.aliases) ? data.aliases.map(String) : [],
      methods: Array.isArray(data.methods) ? data.methods : [],
    };
  } catch {
    // A file that does not parse is reported, with its line, by the plugin's loadContent.
    return undefined;
  }
}

function allSoftwareNames(siteDir: string): (SoftwareNames & {id: string})[] {
  return readdirSync(join(siteDir, DATA_FILES.integrationsDir))
    .filter((name) => name.endsWith('.yml'))
    .flatMap((name) => {
      const id = basename(name, '.yml');
      const names = readSoftwareNames(siteDir, id);
      return names ? [{id, ...names}] : [];
    });
}

/** The doc ids of the guides, sorted by software name as the sidebar lists them. */
export function guideDocIds(siteDir: string, locale: string): string[] {
  const collator = new Intl.Collator(locale, {sensitivity: 'base', numeric: true});
  return allSoftwareNames(siteDir)
    .filter(hasGuide)
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((software) => guideDocId(software.id));
}

/** The doc that lists the software customers connect by uploading files. */
export const FILE_UPLOAD_DOC_ID = 'spend-insights/resources/link-file';

function softwareKeywords(software: SoftwareNames): string[] {
  return [software.name, ...software.aliases];
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
 * Gives every connection guide its title and sidebar label from its data file
 * and the plugin's translation files, so a software's name is typed once; the
 * file upload page gets the names of the software without a guide as search
 * keywords, so that a search for one of them finds that page. Docusaurus reads
 * front matter through the site config, which wires this in.
 */
export function guideFrontMatter(siteDir: string, site: SiteLocales): ParseFrontMatter {
  return async (params) => {
    const result = await params.defaultParseFrontMatter(params);
    const doc = docOfFile(params.filePath, site);
    if (!doc) return result;
    if (doc.docId === FILE_UPLOAD_DOC_ID) {
      const uploadOnly = allSoftwareNames(siteDir).filter((software) => !hasGuide(software));
      return withKeywords(result, [...new Set(uploadOnly.flatMap(softwareKeywords))]);
    }
    const id = integrationIdOfDoc(doc.docId);
    const software = id && readSoftwareNames(siteDir, id);
    if (!software) return result;
    const title = guideMessage(siteDir, doc.locale, site, 'guide.title').replace(
      '{name}',
      software.name,
    );
    return withKeywords(
      {...result, frontMatter: {title, sidebar_label: software.name, ...result.frontMatter}},
      softwareKeywords(software),
    );
  };
}

/** The tag of update posts about every guide at once. */
export const ALL_GUIDES_TAG = 'all-guides';

/**
 * The latest update post per software id, read from the blog plugin's content
 * (without changing it): a post tagged with a software id is about that guide,
 * one tagged `all-guides` about every guide.
 */
export function latestUpdates(allContent: AllContent): Map<string, GuideUpdate> {
  const blog = allContent['docusaurus-plugin-content-blog']?.default as BlogContent | undefined;
  const latest = new Map<string, GuideUpdate>();
  // Posts come newest first.
  for (const {metadata} of blog?.blogPosts ?? []) {
    const update: GuideUpdate = {
      date: new Date(metadata.date).toISOString().slice(0, 10),
      title: metadata.title,
      description: metadata.description,
      permalink: metadata.permalink,
    };
    const tags = metadata.frontMatter.tags ?? [];
    for (const tag of tags) {
      const key = typeof tag === 'string' ? tag : tag.label;
      if (!latest.has(key)) latest.set(key, update);
    }
  }
  return latest;
}

export default function integrationsPlugin(context: LoadContext): Plugin<PublishedContent> {
  const {siteDir, i18n, generatedFilesDir} = context;
  return {
    name: PLUGIN_NAME,
    loadContent() {
      const today = new Date().toISOString().slice(0, 10);
      const {registry, problems, warnings} = loadRegistry(siteDir, {site: i18n, today});
      if (problems.length > 0) {
        throw new Error(`[${i18n.currentLocale}] ${formatRegistryProblems(problems)}`);
      }
      for (const warning of warnings) logger.warn(`[${i18n.currentLocale}] ${warning}`);
      return Promise.resolve(
        publishContent(registry, i18n.currentLocale, i18n.defaultLocale, today),
      );
    },
    async contentLoaded({content, actions}) {
      await actions.createData('catalog.json', JSON.stringify(content.catalog));
      await actions.createData('errors.json', JSON.stringify(content.errors));
    },
    async allContentLoaded({allContent, actions}) {
      const content = allContent[PLUGIN_NAME]!.default as PublishedContent;
      const updates = latestUpdates(allContent);
      const newer = (a?: GuideUpdate, b?: GuideUpdate) => (!a || (b && b.date > a.date) ? b : a);
      await Promise.all(
        content.guides.map((guide) => {
          const latestUpdate = newer(updates.get(guide.id), updates.get(ALL_GUIDES_TAG));
          return actions.createData(
            `guides/${guide.id}.json`,
            JSON.stringify({...guide, ...(latestUpdate && {latestUpdate})}),
          );
        }),
      );
    },
    configureWebpack() {
      return {
        resolve: {alias: {[DATA_ALIAS]: join(generatedFilesDir, PLUGIN_NAME, 'default')}},
      };
    },
    getTranslationFiles(): Promise<TranslationFile[]> {
      return Promise.resolve([{path: GUIDE_TRANSLATIONS, content: {...GUIDE_MESSAGES}}]);
    },
    getPathsToWatch() {
      return [
        join(siteDir, 'src/data/**/*.yml'),
        join(siteDir, 'static/img/logos/**'),
        ...i18n.locales.map((locale) =>
          join(siteDir, docsDir(locale, i18n), GUIDE_DIRECTORY, '**'),
        ),
      ];
    },
  };
}
