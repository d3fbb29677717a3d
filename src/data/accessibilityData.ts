/**
 * What the accessibility plugin (`src/plugins/accessibility`) publishes, in the
 * build's locale: the status and rate on every page (global data, for the
 * footer), and the statement's details in `@accessibility-data/statement.json`.
 * Types only: components load it.
 *
 * @module
 */

/** RGAA conformity: totally (100 %), partially (50 % or more), not compliant (below). */
export type ConformityStatusId = 'full' | 'partial' | 'none';

/** On every page (the footer's mention). */
export interface AccessibilityGlobalData {
  readonly status: ConformityStatusId;
  /** Compliant criteria / applicable criteria, in percent, two decimals. */
  readonly rate: number;
}

/** A criterion as the statement names it. */
export interface StatementCriterion {
  readonly id: string;
  readonly title: string;
  readonly theme: string;
  /** What fails and the plan; for not-compliant criteria. */
  readonly finding?: string;
  /** Titles of the sample pages where it fails (or is not tested yet). */
  readonly pages: readonly string[];
}

/** The statement page's data. */
export interface StatementData extends AccessibilityGlobalData {
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly auditor: string;
  /** How many pages the sample has. */
  readonly samplePageCount: number;
  readonly compliant: number;
  readonly applicable: number;
  readonly notApplicable: number;
  readonly total: number;
  readonly browsers: readonly string[];
  readonly assistiveTechnologies: readonly string[];
  readonly tools: readonly {name: string; version?: string; use: string}[];
  readonly samplePages: readonly {path: string; title: string}[];
  readonly nonCompliant: readonly StatementCriterion[];
  readonly notTested: readonly StatementCriterion[];
  readonly derogations: readonly string[];
  readonly exempt: readonly string[];
}
