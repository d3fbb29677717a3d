/**
 * The accessibility audit (`src/data/accessibility-audit.yml`): its schema,
 * its checks (every problem names file, entry and field) and the RGAA 4.1
 * conformity computed from it. Node only (zod, yaml); pure but for
 * `loadAudit`, which reads the file.
 *
 * @module
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import * as z from 'zod';
import {parse} from 'yaml';
import {RGAA_CRITERIA} from '../../data/rgaa';

/** The audit file, relative to the site. */
export const AUDIT_FILE = 'src/data/accessibility-audit.yml';

/**
 * The outcome of a criterion on a page: compliant, not compliant, not
 * applicable, or not tested yet (it cannot be declared compliant).
 */
export const AUDIT_RESULTS = ['C', 'NC', 'NA', 'NT'] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];

/** The sample pages the RGAA model requires at least, by path (one guide is also required). */
export const REQUIRED_SAMPLE_PATHS = [
  '/',
  '/spend-insights/connect',
  '/spend-insights/resources/link-software',
  '/spend-insights/resources/error-messages',
  '/spend-insights/resources/customer-faqs',
  '/search',
] as const;
const GUIDE_PATH = /^\/spend-insights\/integrations\/[a-z0-9-]+$/;

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const localized = z.strictObject({en: nonEmpty, fr: nonEmpty});
const outcome = z.strictObject({
  result: z.enum(AUDIT_RESULTS, {error: `must be one of ${AUDIT_RESULTS.join(', ')}`}),
  /** One line: what was checked and what was found. */
  evidence: nonEmpty,
});

export const auditSchema = z.strictObject({
  /** The day the audit was completed (YYYY-MM-DD). */
  date: z.iso.date({error: 'must be a date (YYYY-MM-DD)'}),
  auditor: localized,
  environment: z.strictObject({
    browsers: z.array(nonEmpty).min(1, 'needs at least one browser'),
    /** Screen readers and other assistive technologies used; empty when none was. */
    assistiveTechnologies: z.array(nonEmpty),
    tools: z
      .array(z.strictObject({name: nonEmpty, version: nonEmpty.optional(), use: localized}))
      .min(1, 'needs at least one tool'),
  }),
  samplePages: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'),
        path: z.string().regex(/^\/[^\s]*$/, 'must be a site path starting with /'),
        title: localized,
      }),
    )
    .min(1),
  /** Parts of the site exempted on the grounds of disproportionate burden. */
  derogations: z.array(localized),
  /** Content not subject to the obligation. */
  exempt: z.array(localized),
  criteria: z.array(
    z.strictObject({
      criterion: z
        .string({error: 'must be a quoted string such as "1.1"'})
        .regex(/^\d{1,2}\.\d{1,2}$/),
      /** The outcome on every sample page that `pages` does not name. */
      all: outcome.optional(),
      /** Outcomes by sample page id. */
      pages: z.record(z.string(), outcome).optional(),
      /** What fails and the plan to fix it, for the statement: required when a page is NC. */
      finding: localized.optional(),
    }),
  ),
});

export type Audit = z.infer<typeof auditSchema>;

/** A problem of the audit file. */
export interface AuditProblem {
  readonly file: string;
  readonly entry: string;
  readonly field: string;
  readonly message: string;
}

export function formatAuditProblems(problems: readonly AuditProblem[]): string {
  return `Invalid accessibility audit: ${problems.length} problem(s)\n${problems
    .map(
      ({file, entry, field, message}) =>
        `  - ${file}: entry "${entry}", field "${field}": ${message}`,
    )
    .join('\n')}`;
}

/** The entry a schema issue is about: a criterion or sample page by its id, else the top-level field. */
function entryOf(data: unknown, path: readonly PropertyKey[]): {entry: string; field: string} {
  const [top, index, ...rest] = path.map(String);
  if ((top === 'criteria' || top === 'samplePages') && index !== undefined) {
    const item = (data as Record<string, unknown[]> | undefined)?.[top]?.[Number(index)] as
      Record<string, unknown> | undefined;
    const id = item?.[top === 'criteria' ? 'criterion' : 'id'];
    return {
      entry: typeof id === 'string' ? id : `${top}[${index}]`,
      field: rest.join('.') || (top === 'criteria' ? 'criterion' : 'id'),
    };
  }
  return {
    entry: top ?? '(file)',
    field: [index, ...rest].filter(Boolean).join('.') || top || '(file)',
  };
}

/** Checks parsed audit data: the schema, then every criterion once, every sample page covered. */
export function checkAudit(
  data: unknown,
  file = AUDIT_FILE,
): {audit?: Audit; problems: AuditProblem[]} {
  const parsed = auditSchema.safeParse(data);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => ({
        file,
        ...entryOf(data, issue.path),
        message: issue.message,
      })),
    };
  }
  const audit = parsed.data;
  const problems: AuditProblem[] = [];
  const add = (entry: string, field: string, message: string) =>
    problems.push({file, entry, field, message});
  const pageIds = new Set<string>();
  for (const page of audit.samplePages) {
    if (pageIds.has(page.id)) add(page.id, 'id', 'is a duplicate sample page id');
    pageIds.add(page.id);
  }
  const paths = new Set(audit.samplePages.map((page) => page.path));
  for (const path of REQUIRED_SAMPLE_PATHS)
    if (!paths.has(path)) add('samplePages', 'path', `needs the sample page ${path}`);
  if (![...paths].some((path) => GUIDE_PATH.test(path)))
    add('samplePages', 'path', 'needs one connection guide (/spend-insights/integrations/<id>)');
  const known = new Set(RGAA_CRITERIA.map(({id}) => id));
  const seen = new Set<string>();
  for (const entry of audit.criteria) {
    const id = entry.criterion;
    if (!known.has(id)) add(id, 'criterion', 'is not an RGAA 4.1 criterion');
    if (seen.has(id)) add(id, 'criterion', 'is listed twice');
    seen.add(id);
    for (const page of Object.keys(entry.pages ?? {}))
      if (!pageIds.has(page)) add(id, `pages.${page}`, 'is not a sample page id');
    if (!entry.all)
      for (const page of pageIds)
        if (!entry.pages?.[page]) add(id, `pages.${page}`, 'has no result (nor has "all")');
    const failing = resultsOf(audit, entry).some(({result}) => result === 'NC');
    if (failing && !entry.finding)
      add(id, 'finding', 'is required when a page is not compliant (what fails, and the plan)');
  }
  for (const id of known) if (!seen.has(id)) add(id, 'criterion', 'is missing from the audit');
  return problems.length ? {problems} : {audit, problems};
}

/** Reads and checks the audit file of a site. */
export function loadAudit(siteDir: string): {audit?: Audit; problems: AuditProblem[]} {
  let data: unknown;
  try {
    data = parse(readFileSync(join(siteDir, AUDIT_FILE), 'utf8'));
  } catch (error) {
    return {
      problems: [{file: AUDIT_FILE, entry: '(file)', field: '(file)', message: String(error)}],
    };
  }
  return checkAudit(data);
}

type CriterionEntry = Audit['criteria'][number];

/** A criterion's outcome on each sample page. */
function resultsOf(audit: Audit, entry: CriterionEntry): {page: string; result: AuditResult}[] {
  return audit.samplePages.flatMap(({id}) => {
    const found = entry.pages?.[id] ?? entry.all;
    return found ? [{page: id, result: found.result}] : [];
  });
}

/**
 * A criterion over the sample: not compliant if any page is, else not tested
 * if any page is, else compliant if it applies to any page, else not applicable.
 */
export function criterionResult(results: readonly AuditResult[]): AuditResult {
  if (results.includes('NC')) return 'NC';
  if (results.includes('NT')) return 'NT';
  if (results.includes('C')) return 'C';
  return 'NA';
}

export const CONFORMITY_STATUSES = ['full', 'partial', 'none'] as const;
export type ConformityStatus = (typeof CONFORMITY_STATUSES)[number];

export interface Conformity {
  /** Compliant criteria / applicable criteria, in percent with two decimals. */
  readonly rate: number;
  readonly status: ConformityStatus;
  readonly compliant: number;
  /** Criteria that apply to at least one sample page: compliant, not compliant or not tested. */
  readonly applicable: number;
  readonly notApplicable: number;
  /** Ids of the criteria not compliant on at least one sample page. */
  readonly nonCompliant: readonly string[];
  /** Ids of the criteria not tested yet on at least one page (counted as not compliant). */
  readonly notTested: readonly string[];
}

/**
 * The RGAA rate and status: a criterion is compliant when it is on every sample
 * page where it applies; a criterion not tested yet counts as applicable and not
 * compliant. 100 % is fully compliant, 50 % or more partially, below not compliant.
 */
export function computeConformity(audit: Audit): Conformity {
  const byCriterion = audit.criteria.map((entry) => ({
    id: entry.criterion,
    result: criterionResult(resultsOf(audit, entry).map(({result}) => result)),
  }));
  const ids = (result: AuditResult) =>
    byCriterion.filter((criterion) => criterion.result === result).map(({id}) => id);
  const compliant = ids('C').length;
  const notApplicable = ids('NA').length;
  const applicable = byCriterion.length - notApplicable;
  const rate = applicable === 0 ? 100 : Math.floor((compliant / applicable) * 10000) / 100;
  const status: ConformityStatus = rate === 100 ? 'full' : rate >= 50 ? 'partial' : 'none';
  return {
    rate,
    status,
    compliant,
    applicable,
    notApplicable,
    nonCompliant: ids('NC'),
    notTested: ids('NT'),
  };
}

/** Whole days between the audit's date and `today`; more than 365 warrants a new audit. */
export function auditAgeInDays(audit: Pick<Audit, 'date'>, today: Date): number {
  return Math.floor((today.getTime() - Date.parse(`${audit.date}T00:00:00Z`)) / 86_400_000);
}
