import {sep} from 'node:path';
import type {ParseFrontMatter} from '@docusaurus/types';
import {integrations} from '../../data/integrations/entries';
import {GUIDE_DIRECTORY} from '../../data/integrations/model';

const guideTitles: Record<string, (name: string) => string> = {
  en: (name) => `Connect ${name}`,
  fr: (name) => `Connecter ${name}`,
};

const guideFile = new RegExp(
  `(?:^|/)(?:i18n/([a-z-]+)/docusaurus-plugin-content-docs/current|docs)/${GUIDE_DIRECTORY}/([a-z0-9-]+)\\.mdx?$`,
);

/**
 * Gives every connection guide its title and sidebar label from the registry,
 * so a software's name is typed once, in `entries.ts`.
 */
export const parseGuideFrontMatter: ParseFrontMatter = async (params) => {
  const result = await params.defaultParseFrontMatter(params);
  const match = guideFile.exec(params.filePath.split(sep).join('/'));
  const entry = match && integrations.find((candidate) => candidate.id === match[2]);
  if (!match || !entry) return result;
  const title = (guideTitles[match[1] ?? 'en'] ?? guideTitles.en!)(entry.name);
  return {
    ...result,
    frontMatter: {title, sidebar_label: entry.name, ...result.frontMatter},
  };
};
