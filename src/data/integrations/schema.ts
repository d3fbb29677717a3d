/**
 * The integrations registry's schema: the one definition of an entry, its
 * fields and its cross-field rules. The entry types are inferred from it.
 *
 * @module
 */
import * as z from 'zod';
import {ISO_COUNTRY_CODES} from './countryCodes';
import {
  EFFORT_LEVELS,
  EFFORT_MINUTES_RANGE,
  FILE_REPORTS,
  INTEGRATION_METHODS,
  INTEGRATION_TAGS,
  PREREQUISITES,
} from './model';

/** Marks what a scaffolded guide or entry still needs; it cannot be published. */
export const PLACEHOLDER = 'TODO(writer)';

const PLACEHOLDER_NAMES =
  /^(todo|tbd|tbc|xxx+|name|placeholder|lorem ipsum|<.*>|new integration|software name)$/i;

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const noPlaceholder = nonEmpty.refine((text) => !text.includes(PLACEHOLDER), {
  message: `still has the ${PLACEHOLDER} placeholder`,
});

/** Reader-facing text in every content locale (a missing French text fails the build). */
export const localizedTextSchema = z.object({en: noPlaceholder, fr: noPlaceholder}).strict();

/** A page a fact was checked against. */
export const sourceSchema = z
  .object({
    title: noPlaceholder,
    url: z.url({protocol: /^https$/, error: 'must be an https:// URL'}),
    /** The language of the page and its title; English when absent. */
    language: z.enum(['en', 'fr']).optional(),
  })
  .strict();

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isRealIsoDate(text: string): boolean {
  if (!isoDate.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** `today` is passed in so that tests can fix it; the build passes the real date. */
export function verificationSchema(today: string) {
  return z
    .object({
      date: z
        .string()
        .refine(isRealIsoDate, {message: 'must be a real date written YYYY-MM-DD'})
        .refine((date) => !isRealIsoDate(date) || date <= today, {
          message: `is in the future (today is ${today})`,
        }),
      sources: z.array(sourceSchema).min(1, 'needs at least one source'),
    })
    .strict();
}

function entrySchema(today: string) {
  return z
    .object({
      id: z
        .string()
        .regex(kebabCase, 'must be kebab-case (lowercase letters, digits and single hyphens)'),
      name: noPlaceholder.refine((name) => !PLACEHOLDER_NAMES.test(name), {
        message: 'is a placeholder: write the software name',
      }),
      aliases: z.array(nonEmpty),
      methods: z.array(z.enum(INTEGRATION_METHODS)).min(1, 'needs at least one method'),
      tags: z.array(z.enum(INTEGRATION_TAGS)),
      countries: z.array(
        z.string().refine((code) => ISO_COUNTRY_CODES.has(code), {
          message: 'is not an ISO 3166-1 alpha-2 country code (two capital letters, such as GB)',
        }),
      ),
      effort: z
        .object({
          minutes: z
            .number()
            .int('must be a whole number of minutes')
            .min(EFFORT_MINUTES_RANGE.min, `must be at least ${EFFORT_MINUTES_RANGE.min}`)
            .max(EFFORT_MINUTES_RANGE.max, `must be at most ${EFFORT_MINUTES_RANGE.max}`),
          level: z.enum(EFFORT_LEVELS),
        })
        .strict()
        .optional(),
      /** Who can connect, naming the role as the vendor names it. */
      connectAs: localizedTextSchema.optional(),
      /** Editions or versions the sources say are supported, or not. */
      editions: z
        .object({
          supported: localizedTextSchema.optional(),
          unsupported: localizedTextSchema.optional(),
        })
        .strict()
        .optional(),
      prerequisites: z.array(z.enum(PREREQUISITES)).optional(),
      verified: verificationSchema(today).optional(),
      helpCenterUrl: z.url({protocol: /^https$/, error: 'must be an https:// URL'}).optional(),
      reports: z.array(z.enum(FILE_REPORTS)).optional(),
      /** Where the file-upload support of this software is documented. */
      source: sourceSchema.optional(),
    })
    .strict()
    .superRefine((entry, context) => {
      const report = (path: string, message: string) =>
        context.addIssue({code: 'custom', path: [path], message});
      const listsTwice = (values: readonly string[]) => new Set(values).size !== values.length;
      if (listsTwice(entry.tags)) report('tags', 'lists a tag twice');
      if (listsTwice(entry.countries)) report('countries', 'lists a country twice');
      if (entry.prerequisites && listsTwice(entry.prerequisites)) {
        report('prerequisites', 'lists a prerequisite twice');
      }
      if (entry.methods.includes('direct')) {
        const required = ['effort', 'connectAs', 'prerequisites', 'verified'] as const;
        for (const field of required) {
          if (entry[field] === undefined) {
            report(field, 'is required for direct-connection software');
          }
        }
      }
      if (entry.methods.includes('file-upload')) {
        const reports = entry.reports ?? [];
        if (!reports.includes('suppliers') || !reports.includes('bills')) {
          report('reports', 'must include "suppliers" and "bills" for file-upload software');
        }
        if (entry.source === undefined && entry.verified === undefined) {
          report(
            'source',
            'is required for file-upload software (where its support is documented)',
          );
        }
      }
    });
}

/** The schema of one entry, judged on the given day. */
export const integrationSchema = (today: string = new Date().toISOString().slice(0, 10)) =>
  entrySchema(today);

/** One software in the catalog, as written in `entries.ts`. */
export type Integration = z.output<ReturnType<typeof entrySchema>>;
/** A reader-facing text in English and French. */
export type LocalizedText = z.output<typeof localizedTextSchema>;
/** A page a fact was checked against. */
export type Source = z.output<typeof sourceSchema>;
