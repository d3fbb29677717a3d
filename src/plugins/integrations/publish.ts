/**
 * Turns the checked data into what pages show, in one locale: texts picked in
 * that locale (the default locale's where a translation is missing) with the
 * language's typography, sources as customers see them, and one module per
 * page so that no page ships another page's data or another locale's text.
 *
 * @module
 */
import type {
  CatalogEntry,
  GuideData,
  PublishedErrorEntry,
  PublishedNotice,
  PublishedSource,
} from '../../data/pageData';
import {COUNTRIES_NOT_STATED} from '../../data/model';
import {hasGuide} from '../../data/paths';
import type {ErrorEntry, Integration, LocalizedText, SourceReference} from '../../data/schema';
import {typograph} from '../typography/typography';
import {typographyLocale} from '../typography/locale';
import type {Registry} from './registry';
import {sourceIdOf} from './registry';

/** The modules the plugin writes for one locale, by page. */
export interface PublishedContent {
  /** The catalog and the start page: every software's tile fields, sorted by name. */
  readonly catalog: readonly CatalogEntry[];
  /** The error messages page: every error entry. */
  readonly errors: readonly PublishedErrorEntry[];
  /** One module per software with a guide. */
  readonly guides: readonly GuideData[];
}

/** The language's typography where the site has rules for it; other languages stay as written. */
function typographIn(text: string, language: string): string {
  const rules = typographyLocale(language);
  return rules ? typograph(text, rules) : text;
}

/** `today` decides which known issues are active: the build passes its own day. */
export function publishContent(
  registry: Registry,
  locale: string,
  defaultLocale: string,
  today: string = new Date().toISOString().slice(0, 10),
): PublishedContent {
  const text = (localized: LocalizedText): string => {
    const own = localized[locale];
    return own === undefined
      ? typographIn(localized[defaultLocale]!, defaultLocale)
      : typographIn(own, locale);
  };

  // Third-party pages back facts for writers only: customers see the provider's and vendors' pages.
  const sources = (references: readonly SourceReference[]): PublishedSource[] =>
    references.flatMap((reference) => {
      const source = registry.sources[sourceIdOf(reference)];
      if (!source || source.kind === 'third-party') return [];
      const language = source.language ?? defaultLocale;
      return [
        {
          label: typographIn(`${source.publisher}: ${source.title}`, language),
          url: source.url,
          ...(language === locale ? {} : {language}),
        },
      ];
    });

  const errorEntry = (entry: ErrorEntry, software?: Integration): PublishedErrorEntry => ({
    id: entry.id,
    ...(software && {software: {id: software.id, name: software.name}}),
    ...(entry.message !== undefined && {
      message: entry.message,
      messageLanguage: entry.messageLanguage ?? defaultLocale,
    }),
    ...(entry.symptom && {symptom: text(entry.symptom)}),
    cause: text(entry.cause),
    fix: text(entry.fix),
    // A fix that sends the customer to the bank is shown with the bank's contact, from the profile.
    ...(entry.contactBank && {contactBank: true}),
    step: entry.step,
    sources: sources(entry.sources),
  });

  const activeNotices = (integration: Integration): PublishedNotice[] =>
    integration.notices
      .filter(
        (notice) => notice.start <= today && (notice.end === undefined || today <= notice.end),
      )
      .map((notice) => ({
        id: notice.id,
        text: text(notice.text),
        since: notice.start,
        sources: sources(notice.sources),
      }));

  const collator = new Intl.Collator(locale, {sensitivity: 'base', numeric: true});
  const integrations = [...registry.integrations].sort((a, b) => collator.compare(a.name, b.name));
  const catalogEntry = (integration: Integration): CatalogEntry => ({
    id: integration.id,
    name: integration.name,
    aliases: integration.aliases,
    methods: integration.methods,
    tags: integration.tags,
    ...(integration.countries !== COUNTRIES_NOT_STATED && {countries: integration.countries}),
    ...(integration.effort && {effort: integration.effort}),
    ...(integration.reports && {reports: integration.reports}),
    ...(integration.connectAs && {connectAs: text(integration.connectAs)}),
    ...(integration.prerequisites && {prerequisites: integration.prerequisites}),
    ...(activeNotices(integration).length > 0 && {notices: activeNotices(integration)}),
  });
  const journeyErrors = registry.journeyErrors.map((entry) => errorEntry(entry));

  return {
    catalog: integrations.map(catalogEntry),
    errors: [
      ...integrations.flatMap((integration) =>
        integration.errors.map((entry) => errorEntry(entry, integration)),
      ),
      ...journeyErrors,
    ],
    guides: integrations.filter(hasGuide).map((integration) => {
      const {editions, verified} = integration;
      return {
        ...catalogEntry(integration),
        connectAs: text(integration.connectAs!),
        ...(editions && {
          editions: {
            ...(editions.supported && {supported: text(editions.supported)}),
            ...(editions.unsupported && {unsupported: text(editions.unsupported)}),
          },
        }),
        prerequisites: integration.prerequisites ?? [],
        verified: {date: verified!.date, sources: sources(verified!.sources)},
        errors: [
          ...integration.errors.map((entry) => errorEntry(entry, integration)),
          ...journeyErrors,
        ],
      };
    }),
  };
}
