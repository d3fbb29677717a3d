/**
 * `npm run data:check` (part of `npm run check`): checks the data files as the
 * build does, without building, and that the JSON Schemas editors use
 * (`src/data/schema/*.schema.json`) are those the zod schema generates.
 * `npm run data:schema` writes them again after a change to `src/data/schema.ts`.
 *
 * @module
 */
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import * as z from 'zod';
import {i18n} from '../docusaurus.config';
import {integrationSchema, journeySchema, sourcesCatalogSchema} from '../src/data/schema';
import {formatRegistryProblems, loadRegistry} from '../src/plugins/integrations/registry';
import {bankProfileJsonSchema, loadBankProfile} from '../src/plugins/bankProfile';
import {guideFile} from '../src/plugins/integrations/siteFiles';
import {auditSchema, formatAuditProblems, loadAudit} from '../src/plugins/accessibility/audit';
import {hasGuide} from '../src/data/paths';
import type {Integration} from '../src/data/schema';
import {gitChanges, latestPostDates, unannouncedRewrites} from './updates/rewrites';

const siteDir = join(__dirname, '..');
const SCHEMA_DIR = 'src/data/schema';
const PROFILES_DIR = 'profiles';

/** Each generated JSON Schema, by file name. */
function jsonSchemas(): Record<string, string> {
  const generate = (schema: z.ZodType, title: string) =>
    `${JSON.stringify(
      // What a writer types (`io: 'input'`): defaulted fields are optional.
      {...z.toJSONSchema(schema, {io: 'input', unrepresentable: 'any'}), title},
      null,
      2,
    )}\n`;
  return {
    // The date only bounds `verified.date`, which JSON Schema cannot express anyway.
    'integration.schema.json': generate(integrationSchema('9999-12-31'), 'One software'),
    'journey.schema.json': generate(journeySchema, 'Error entries of every journey'),
    'sources.schema.json': generate(sourcesCatalogSchema, 'Sources catalog'),
    'accessibility-audit.schema.json': generate(auditSchema, 'Accessibility audit (RGAA 4.1)'),
    'bank-profile.schema.json': `${JSON.stringify({...bankProfileJsonSchema(), title: 'Bank profile'}, null, 2)}\n`,
  };
}

/** Guides rewritten with no update post since (scripts/updates/rewrites.ts). */
function rewriteWarnings(integrations: readonly Integration[], today: string): string[] {
  const guides = integrations.filter(hasGuide).map(({id}) => {
    const file = guideFile(id, i18n.defaultLocale, i18n);
    return {
      id,
      file,
      changes: gitChanges(siteDir, file, today),
      lines: readFileSync(join(siteDir, file), 'utf8').split('\n').length,
    };
  });
  return unannouncedRewrites(guides, latestPostDates(join(siteDir, 'updates')));
}

function main(): number {
  const schemas = jsonSchemas();
  if (process.argv.includes('--write')) {
    mkdirSync(join(siteDir, SCHEMA_DIR), {recursive: true});
    for (const [name, text] of Object.entries(schemas)) {
      writeFileSync(join(siteDir, SCHEMA_DIR, name), text);
    }
    console.log(`data:schema: wrote ${Object.keys(schemas).length} JSON Schemas in ${SCHEMA_DIR}`);
    return 0;
  }
  let failed = false;
  for (const [name, text] of Object.entries(schemas)) {
    const file = join(siteDir, SCHEMA_DIR, name);
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
      console.error(`${SCHEMA_DIR}/${name} is out of date: run npm run data:schema`);
      failed = true;
    }
  }
  const today = new Date().toISOString().slice(0, 10);
  const {registry, problems, warnings} = loadRegistry(siteDir, {site: i18n, today});
  for (const warning of [...warnings, ...rewriteWarnings(registry.integrations, today)]) {
    console.warn(`warning: ${warning}`);
  }
  if (problems.length > 0) {
    console.error(formatRegistryProblems(problems));
    failed = true;
  }
  const audit = loadAudit(siteDir);
  if (!audit.audit) {
    console.error(formatAuditProblems(audit.problems));
    failed = true;
  }
  // Every bank profile of the repository, as the build would check it.
  const profiles = readdirSync(join(siteDir, PROFILES_DIR)).filter((name) => name.endsWith('.yml'));
  for (const name of profiles) {
    try {
      loadBankProfile(siteDir, `${PROFILES_DIR}/${name}`, i18n);
    } catch (error) {
      console.error((error as Error).message);
      failed = true;
    }
  }
  if (failed) return 1;
  console.log(
    `data:check: ok (${registry.integrations.length} software, ${Object.keys(registry.sources).length} sources, ${profiles.length} bank profiles)`,
  );
  return 0;
}

process.exitCode = main();
