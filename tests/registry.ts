/**
 * The site's real data files, read and published the way the build does, for
 * tests that derive their expectations from the data instead of copying it.
 *
 * @module
 */
import {join} from 'node:path';
import config, {i18n} from '../docusaurus.config';
import type {BankProfile} from '../src/data/bankProfile';
import type {CatalogEntry} from '../src/data/pageData';
import {publishContent, type PublishedContent} from '../src/plugins/integrations/publish';
import {loadRegistry} from '../src/plugins/integrations/registry';
import {createMatcher, parseFilters, searchableText} from '../src/components/Integrations/filters';

export const siteDir = join(__dirname, '..');
export const today = new Date().toISOString().slice(0, 10);

/** The checked data files, with what the build would report. */
export const loaded = loadRegistry(siteDir, {site: i18n, today});
export const {registry} = loaded;

/** What the plugin publishes for a locale's pages. */
export function published(locale: string): PublishedContent {
  return publishContent(registry, locale, i18n.defaultLocale);
}

/** The published guide of a software, in a locale. */
export function guideOf(id: string, locale: string) {
  const guide = published(locale).guides.find((candidate) => candidate.id === id);
  if (!guide) throw new Error(`No guide for "${id}" in the data files`);
  return guide;
}

/**
 * The names the catalog of the data-streaming page (`<IntegrationsList method="direct" />`)
 * shows for an address's filters, in its order: what a browser test expects to see.
 */
export function catalogFor(search: string, locale = i18n.defaultLocale): CatalogEntry[] {
  const matches = createMatcher(parseFilters(search));
  return published(locale)
    .catalog.filter((entry) => entry.methods.includes('direct'))
    .filter((entry) => matches(entry, searchableText(entry)));
}

/** The names of {@link catalogFor}. */
export function catalogNamesFor(search: string, locale = i18n.defaultLocale): string[] {
  return catalogFor(search, locale).map((entry) => entry.name);
}

/** The bank profile the config loaded (the default example unless BANK_PROFILE is set), as pages receive it. */
export const bankProfile = config.customFields!.bankProfile as BankProfile;
