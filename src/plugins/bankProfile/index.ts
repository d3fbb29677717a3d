/**
 * The bank profile at build time: `loadBankProfile` reads the file selected
 * by `BANK_PROFILE` (the fictional `profiles/example.yml` by default), checks
 * it against `src/data/bankProfile.ts`, the site's locales, the software ids
 * and the brand colour's contrast, and stops the build with every problem
 * naming the file and the field. `docusaurus.config.ts` publishes the result
 * as `customFields.bankProfile`; the plugin turns the brand colour into the
 * theme's primary shades (a generated stylesheet, no inline style).
 *
 * @module
 */
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {parse} from 'yaml';
import * as z from 'zod';
import {bankProfileSchema, type BankProfile} from '../../data/bankProfile';
import {DATA_FILES, type SiteLocales} from '../integrations/siteFiles';
import {typograph, typographyLocale} from '../typography';
import {themeCss, themeOf} from './colour';

/** The profile built when `BANK_PROFILE` is not set: a fictional bank. */
export const DEFAULT_PROFILE = 'profiles/example.yml';

/** The profile file of this build, relative to the site. */
export function selectedProfileFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.BANK_PROFILE?.trim() || DEFAULT_PROFILE;
}

/** One problem of a profile: its field (dotted path) and what is wrong. */
export interface ProfileProblem {
  readonly field: string;
  readonly message: string;
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

/** Every localized text of the profile, by field, so that locales and typography reach each one. */
function localizedTexts(profile: BankProfile): Array<[string, Record<string, string>]> {
  const texts: Array<[string, Record<string, string> | undefined]> = [
    ['name', profile.name],
    ['customerSupport.hours', profile.customerSupport.hours],
    ['staffSupport.hours', profile.staffSupport.hours],
    ['brand.serviceName', profile.brand.serviceName],
  ];
  return texts.filter((entry): entry is [string, Record<string, string>] => entry[1] !== undefined);
}

/** What the site needs to check a profile: its locales, software ids and static files. */
export interface ProfileContext {
  readonly site: SiteLocales;
  readonly softwareIds: readonly string[];
  /** True when a path under `static/` exists. */
  readonly hasStaticFile: (path: string) => boolean;
}

/** Checks a parsed profile: the schema, then what the schema cannot know. */
export function checkBankProfile(
  data: unknown,
  {site, softwareIds, hasStaticFile}: ProfileContext,
): {profile?: BankProfile; problems: ProfileProblem[]; warnings: string[]} {
  const parsed = bankProfileSchema.safeParse(data);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => ({
        field: fieldOf(issue.path) || '(file)',
        message: issue.message,
      })),
      warnings: [],
    };
  }
  const profile = parsed.data;
  const problems: ProfileProblem[] = [];
  const warnings: string[] = [];
  const texts = localizedTexts(profile);
  // As in the data files: every text in the default locale and in each locale the profile is
  // written in; a locale it has no text in yet shows the default locale's, reported.
  const writtenLocales = site.locales.filter(
    (locale) =>
      locale === site.defaultLocale || texts.some(([, text]) => text[locale] !== undefined),
  );
  for (const locale of site.locales) {
    if (!writtenLocales.includes(locale)) {
      warnings.push(
        `the bank profile has no "${locale}" text yet: its texts are shown in "${site.defaultLocale}" (untranslated)`,
      );
    }
  }
  for (const [field, text] of texts) {
    for (const locale of writtenLocales) {
      if (!text[locale]) problems.push({field: `${field}.${locale}`, message: 'is missing'});
    }
    for (const locale of Object.keys(text)) {
      if (!site.locales.includes(locale)) {
        problems.push({
          field: `${field}.${locale}`,
          message: `is not a locale of the site (${site.locales.join(', ')})`,
        });
      }
    }
  }
  profile.offer.forEach((id, index) => {
    if (!softwareIds.includes(id)) {
      problems.push({
        field: `offer[${index}]`,
        message: `"${id}" is not a software id (a file name of ${DATA_FILES.integrationsDir}/)`,
      });
    }
  });
  if (new Set(profile.offer).size !== profile.offer.length) {
    problems.push({field: 'offer', message: 'lists a software twice'});
  }
  if (!hasStaticFile(profile.brand.logo)) {
    problems.push({field: 'brand.logo', message: `static/${profile.brand.logo} does not exist`});
  }
  const theme = themeOf(profile.brand.primaryColour);
  if (!theme.ok) problems.push({field: 'brand.primaryColour', message: theme.problem});
  return problems.length > 0 ? {problems, warnings} : {profile, problems, warnings};
}

/** The profile's texts in each locale's typography, as pages show them. */
function typographed(profile: BankProfile): BankProfile {
  const copy = structuredClone(profile);
  const apply = (text: Record<string, string> | undefined) => {
    if (!text) return;
    for (const [locale, value] of Object.entries(text)) {
      const rules = typographyLocale(locale);
      if (rules) text[locale] = typograph(value, rules);
    }
  };
  apply(copy.name);
  apply(copy.customerSupport.hours);
  apply(copy.staffSupport.hours);
  apply(copy.brand.serviceName);
  return copy;
}

/** The message that stops the build: one line per problem, each naming the file and the field. */
export function formatProfileProblems(file: string, problems: readonly ProfileProblem[]): string {
  return [
    `Invalid bank profile: ${problems.length} problem(s)`,
    ...problems.map(({field, message}) => `- ${file}: field "${field}": ${message}`),
  ].join('\n');
}

/** Reads, checks and typographs the selected profile; throws with every problem. */
export function loadBankProfile(siteDir: string, file: string, site: SiteLocales): BankProfile {
  const path = join(siteDir, file);
  if (!existsSync(path)) {
    throw new Error(`Bank profile ${file} does not exist (BANK_PROFILE=${file})`);
  }
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Bank profile ${file} is not valid YAML: ${(error as Error).message}`);
  }
  const softwareIds = readdirSync(join(siteDir, DATA_FILES.integrationsDir))
    .filter((name) => name.endsWith('.yml'))
    .map((name) => basename(name, '.yml'));
  const {profile, problems, warnings} = checkBankProfile(data, {
    site,
    softwareIds,
    hasStaticFile: (staticPath) => existsSync(join(siteDir, 'static', staticPath)),
  });
  if (!profile) throw new Error(formatProfileProblems(file, problems));
  for (const warning of warnings) logger.warn(`${file}: ${warning}`);
  return typographed(profile);
}

/** The JSON Schema editors use for profiles (`npm run data:schema`). */
export function bankProfileJsonSchema(): object {
  return z.toJSONSchema(bankProfileSchema, {io: 'input', unrepresentable: 'any'});
}

/** The plugin of a profile: its brand colour as the theme's primary shades, in both colour modes. */
export default function bankProfilePlugin(profile: BankProfile) {
  return function bankProfileTheme(context: LoadContext): Plugin {
    const theme = themeOf(profile.brand.primaryColour);
    if (!theme.ok) throw new Error(theme.problem);
    const dir = join(context.generatedFilesDir, 'bank-profile');
    const file = join(dir, 'theme.css');
    mkdirSync(dir, {recursive: true});
    writeFileSync(file, themeCss(theme));
    return {
      name: 'bank-profile',
      getClientModules: () => [file],
    };
  };
}
