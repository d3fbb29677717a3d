/**
 * Adds a direct-connection software: a registry entry, a monogram logo and
 * both guide files from the templates. The guides are full of TODO(writer)
 * placeholders, and the build refuses them until every one is replaced.
 *
 * Usage: npm run new-integration -- <id> "<Name>"
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {logoPath} from '../src/data/integrations';
import {PLACEHOLDER} from '../src/data/integrations/schema';
import {guideFile, SITE_LOCALES} from '../src/plugins/integrations/siteFiles';
import {REGISTRY_FILE} from '../src/plugins/integrations/validate';
import {initialsOf, monogramLogoSvg} from './logos';

const TEMPLATES = join(__dirname, 'templates');

/** The files the command wrote, relative to the site. */
export interface ScaffoldResult {
  readonly files: readonly string[];
}

function registryEntry(id: string, name: string): string {
  return `  {
    id: '${id}',
    name: ${JSON.stringify(name).replace(/^"|"$/g, "'")},
    aliases: [],
    methods: ['direct'],
    tags: [],
    countries: [],
    effort: {minutes: 10, level: 'moderate'},
    connectAs: {en: '${PLACEHOLDER} the role, as the vendor names it', fr: '${PLACEHOLDER}'},
    prerequisites: [],
    verified: {
      date: '${new Date().toISOString().slice(0, 10)}',
      sources: [{title: '${PLACEHOLDER} the page you checked the guide against', url: 'https://example.com/${PLACEHOLDER}'}],
    },
  },
`;
}

/** Writes the entry, the logo and the two guides; throws, writing nothing, on a bad id or name. */
export function scaffoldIntegration(siteDir: string, id: string, name: string): ScaffoldResult {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    throw new Error(
      `"${id}" is not a kebab-case id (lowercase letters, digits and single hyphens)`,
    );
  }
  if (name.trim() === '' || name.includes("'")) {
    throw new Error(
      'Give the software name in quotes, without apostrophes: npm run new-integration -- my-id "My Software"',
    );
  }
  const registry = join(siteDir, REGISTRY_FILE);
  const source = readFileSync(registry, 'utf8');
  if (source.includes(`id: '${id}',`)) throw new Error(`The registry already has an entry "${id}"`);
  const logo = join('static', logoPath(id));
  const guides = SITE_LOCALES.map((locale) => ({locale, file: guideFile(id, locale)}));
  for (const file of [logo, ...guides.map((guide) => guide.file)]) {
    if (existsSync(join(siteDir, file))) throw new Error(`${file} already exists`);
  }

  const end = source.lastIndexOf('];');
  writeFileSync(registry, `${source.slice(0, end)}${registryEntry(id, name)}${source.slice(end)}`);
  writeFileSync(join(siteDir, logo), monogramLogoSvg(id, initialsOf(name)));
  for (const {locale, file} of guides) {
    const template = readFileSync(join(TEMPLATES, `guide.${locale}.mdx`), 'utf8');
    mkdirSync(dirname(join(siteDir, file)), {recursive: true});
    writeFileSync(join(siteDir, file), template.replaceAll('{{name}}', name));
  }
  return {files: [REGISTRY_FILE, logo, ...guides.map((guide) => guide.file)]};
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  const [id, name] = process.argv.slice(2);
  try {
    if (!id || !name) throw new Error('Usage: npm run new-integration -- <id> "<Name>"');
    const {files} = scaffoldIntegration(process.cwd(), id, name);
    console.log(`Added ${name} (${id}):\n${files.map((file) => `  ${file}`).join('\n')}`);
    console.log(
      [
        '',
        'Next:',
        `  1. In ${REGISTRY_FILE}, set aliases, tags, countries, effort, connectAs, prerequisites and verified (the sources you checked) for "${id}".`,
        '  2. Replace every TODO(writer) in both guides; the build names each one left.',
        '  3. Optional: a brand logo (npm run logos) instead of the monogram.',
        '  4. Run npm test.',
      ].join('\n'),
    );
  } catch (error) {
    console.error(`new-integration: ${(error as Error).message}`);
    process.exit(1);
  }
}
