/**
 * Adds a direct-connection software: a registry entry, a monogram logo and
 * both guide files from the templates. The guides are full of TODO(writer)
 * placeholders, and the build refuses them until every one is replaced.
 *
 * Usage: npm run new-integration -- <id> "<Name>"
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {i18n} from '../docusaurus.config';
import {logoPath} from '../src/data/paths';
import {guideFile, integrationFile} from '../src/plugins/integrations/siteFiles';
import {initialsOf, monogramLogoSvg} from './logos';

const TEMPLATES = join(__dirname, 'templates');

/** The files the command wrote, relative to the site. */
export interface ScaffoldResult {
  readonly files: readonly string[];
}

function fillIn(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? `{{${key}}}`);
}

/** Writes the data file, the logo and a guide per locale; throws, writing nothing, on a bad id or name. */
export function scaffoldIntegration(siteDir: string, id: string, name: string): ScaffoldResult {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    throw new Error(
      `"${id}" is not a kebab-case id (lowercase letters, digits and single hyphens)`,
    );
  }
  if (name.trim() === '') {
    throw new Error(
      'Give the software name in quotes: npm run new-integration -- my-id "My Software"',
    );
  }
  const dataFile = integrationFile(id);
  const logo = join('static', logoPath(id));
  const guides = i18n.locales.map((locale) => ({
    locale,
    file: guideFile(id, locale, i18n),
  }));
  for (const file of [dataFile, logo, ...guides.map((guide) => guide.file)]) {
    if (existsSync(join(siteDir, file))) throw new Error(`${file} already exists`);
  }
  // JSON strings are YAML strings: the name needs no escaping of its own.
  const values = {id, name, today: new Date().toISOString().slice(0, 10)};
  const template = (file: string) => readFileSync(join(TEMPLATES, file), 'utf8');
  writeFileSync(
    join(siteDir, dataFile),
    fillIn(template('integration.yml'), {...values, name: JSON.stringify(name)}),
  );
  writeFileSync(join(siteDir, logo), monogramLogoSvg(id, initialsOf(name)));
  for (const {locale, file} of guides) {
    const localeTemplate = existsSync(join(TEMPLATES, `guide.${locale}.mdx`))
      ? `guide.${locale}.mdx`
      : `guide.${i18n.defaultLocale}.mdx`;
    mkdirSync(dirname(join(siteDir, file)), {recursive: true});
    writeFileSync(join(siteDir, file), fillIn(template(localeTemplate), values));
  }
  return {files: [dataFile, logo, ...guides.map((guide) => guide.file)]};
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
        `  1. In ${integrationFile(id)}, set aliases, tags, countries, effort, connectAs, prerequisites and verified (the ids of the pages you checked, added to src/data/sources.yml first); add its error entries under errors.`,
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
