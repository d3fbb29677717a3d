/**
 * The integrations registry's types. This module has no Docusaurus import so
 * that the build-time validation plugin and the tests can load it in Node.
 *
 * @module
 */

/** How a customer shares data from a software. */
export const INTEGRATION_METHODS = ['direct', 'file-upload'] as const;
/**
 * `direct`: continuous data streaming through a live connection to the software.
 * `file-upload`: the customer uploads reports exported from the software.
 */
export type IntegrationMethod = (typeof INTEGRATION_METHODS)[number];

/** Tags shown as badges on a tile and offered as catalog filters. */
export const INTEGRATION_TAGS = ['premium', 'on-premise'] as const;
/**
 * `premium`: a premium integration of Spend Insights.
 * `on-premise`: the software runs on the customer's own computer or server.
 */
export type IntegrationTag = (typeof INTEGRATION_TAGS)[number];

/** How demanding a connection journey is, shown before the customer starts. */
export const EFFORT_LEVELS = ['quick', 'moderate', 'involved'] as const;
/** `quick`: sign in and approve. `moderate`: one extra step. `involved`: set-up by an administrator or an install. */
export type EffortLevel = (typeof EFFORT_LEVELS)[number];

/** Reports a software can export for the file-upload journey. */
export const FILE_REPORTS = ['suppliers', 'bills', 'payments', 'direct-costs'] as const;
/** One report type of the file-upload journey. */
export type FileReport = (typeof FILE_REPORTS)[number];

/** Bounds of a credible connection estimate, in minutes. */
export const EFFORT_MINUTES_RANGE = {min: 1, max: 120} as const;

/** The estimated effort of a connection journey. */
export interface IntegrationEffort {
  /** Estimated minutes from opening the Link URL to the confirmation screen. */
  readonly minutes: number;
  /** The level shown next to the minutes. */
  readonly level: EffortLevel;
}

/** One software in the catalog. */
export interface Integration {
  /** Stable kebab-case slug; also the guide's last path segment. Never change it once published. */
  readonly id: string;
  /** The software's name as its vendor writes it. */
  readonly name: string;
  /** Other names people type in the search box ("QBO", "NetSuite"). */
  readonly aliases: readonly string[];
  /** How the customer shares data from this software. */
  readonly methods: readonly IntegrationMethod[];
  /** Badges and filters; labels and descriptions live in `tags.ts`. */
  readonly tags: readonly IntegrationTag[];
  /**
   * ISO 3166-1 alpha-2 codes of the countries where the software is sold.
   * Empty when it is sold worldwide.
   */
  readonly countries: readonly string[];
  /** Connection effort; required for `direct` software. */
  readonly effort?: IntegrationEffort;
  /** Site path of a logo under `static/`, for example `/img/logos/xero.svg`. */
  readonly logo: string;
  /**
   * Path of the connection guide, for example `/spend-insights/integrations/xero`;
   * required for `direct` software. The guide must exist in every locale.
   */
  readonly guide?: string;
  /** An article of the Help Center about this software (https only). */
  readonly helpCenterUrl?: string;
  /** Reports the software can export; required for `file-upload` software. */
  readonly reports?: readonly FileReport[];
}

/** Where connection guides live, relative to the docs folder and to the site root. */
export const GUIDE_DIRECTORY = 'spend-insights/integrations';

/** The guide path a software with this id must use. */
export function guidePathFor(id: string): string {
  return `/${GUIDE_DIRECTORY}/${id}`;
}
