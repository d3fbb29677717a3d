/**
 * The data the integrations plugin publishes for pages, already in the page's
 * language: each page imports only the module it shows (the catalog, the
 * error messages, or one software's guide). Types only: no zod, no Node.
 *
 * @module
 */
import type {
  EffortLevel,
  FileReport,
  IntegrationMethod,
  IntegrationTag,
  Prerequisite,
} from './model';

/** A source page as customers see it: publisher and title, never a writer's note. */
export interface PublishedSource {
  /** "Publisher: Title", with the typography of the page's own language. */
  readonly label: string;
  readonly url: string;
  /** The page's language, when it differs from the language of the site page showing it. */
  readonly language?: string;
}

/** One software as a catalog tile and the start page show it. */
export interface CatalogEntry {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly methods: readonly IntegrationMethod[];
  readonly tags: readonly IntegrationTag[];
  /**
   * ISO 3166-1 alpha-2 codes; empty when a source says it is sold worldwide;
   * absent when no source says where it is sold (nothing is shown).
   */
  readonly countries?: readonly string[];
  readonly effort?: {readonly level: EffortLevel};
  readonly reports?: readonly FileReport[];
  /** Who can connect, for software with a guide. */
  readonly connectAs?: string;
  /** What the customer needs before connecting, for software with a guide. */
  readonly prerequisites?: readonly Prerequisite[];
  /** Known issues active on the day of the build. */
  readonly notices?: readonly PublishedNotice[];
}

/** A known issue as customers see it. */
export interface PublishedNotice {
  readonly id: string;
  readonly text: string;
  /** YYYY-MM-DD: since when the issue is known. */
  readonly since: string;
  readonly sources: readonly PublishedSource[];
}

/** One error message or problem, with its cause and fix, in the page's language. */
export interface PublishedErrorEntry {
  readonly id: string;
  /** The software it concerns; absent for the journey's own entries, which concern every software. */
  readonly software?: {readonly id: string; readonly name: string};
  /** Exactly as the software shows it, in the software's language. */
  readonly message?: string;
  readonly messageLanguage?: string;
  readonly symptom?: string;
  readonly cause: string;
  readonly fix: string;
  /** True when the fix sends the customer to the bank (`contactBank` in the data): the page adds the bank's contact. */
  readonly contactBank?: boolean;
  /** The guide heading id of the step where it happens. */
  readonly step: string;
  readonly sources: readonly PublishedSource[];
}

/** Everything a software's guide shows from the data: its facts, checklist, errors and sources. */
export interface GuideData extends CatalogEntry {
  readonly connectAs: string;
  readonly editions?: {readonly supported?: string; readonly unsupported?: string};
  readonly prerequisites: readonly Prerequisite[];
  readonly verified: {readonly date: string; readonly sources: readonly PublishedSource[]};
  /** The software's own entries, then the journey's. */
  readonly errors: readonly PublishedErrorEntry[];
  /** The latest post of the updates section about this software or every guide. */
  readonly latestUpdate?: GuideUpdate;
}

/** A post of the updates section, as a guide links it. */
export interface GuideUpdate {
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly title: string;
  /** One line. */
  readonly description: string;
  readonly permalink: string;
}
