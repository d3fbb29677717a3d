/**
 * The closed vocabularies of the data files. This module has no
 * Docusaurus or zod import: components, the build-time plugin and the tests
 * all load it.
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

/**
 * What a customer needs before connecting, shown as the "Before you start"
 * checklist of a guide. Each one must be backed by a source of the entry.
 */
export const PREREQUISITES = [
  'windows-only',
  'windows-admin-rights',
  'install-connector',
  'computer-on-to-sync',
  'multi-factor-sign-in',
  'enable-features',
  'install-vendor-app',
  'credentials-in-journey',
  'no-trial-company',
  'periodic-reauthorisation',
  'limited-release',
  'api-access-user',
  'computer-recommended',
  'create-integration-user',
  'top-level-access',
  'email-inbox',
  'entra-admin-consent',
] as const;
/** One prerequisite of a connection; labels and descriptions live in `labels.ts`. */
export type Prerequisite = (typeof PREREQUISITES)[number];

/** A guide check older than this many days is reported as a warning at build time. */
export const VERIFICATION_MAX_AGE_DAYS = 180;

/** Who publishes a source page; only provider and vendor pages are shown to customers. */
export const SOURCE_KINDS = ['provider', 'vendor', 'third-party'] as const;
/** The publisher kind of a source page. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The value of a data file's `countries` when no source states where the software is sold. */
export const COUNTRIES_NOT_STATED = 'not-stated';
