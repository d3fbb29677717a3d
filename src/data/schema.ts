/**
 * The schema of the data files writers edit: one file per software
 * (`src/data/integrations/<id>.yml`), the journey's own error entries
 * (`src/data/journey.yml`) and the sources catalog (`src/data/sources.yml`).
 * It is the one definition of their fields: the TypeScript types are inferred
 * from it and `npm run schema` generates the JSON Schemas editors use.
 *
 * @module
 */
import * as z from 'zod';
import {ISO_COUNTRY_CODES} from './countryCodes';
import {
  COUNTRIES_NOT_STATED,
  EFFORT_LEVELS,
  FILE_REPORTS,
  INTEGRATION_METHODS,
  INTEGRATION_TAGS,
  PREREQUISITES,
  SOURCE_KINDS,
} from './model';

/** Marks what a scaffolded guide or entry still needs; it cannot be published. */
export const PLACEHOLDER = 'TODO(writer)';

const PLACEHOLDER_NAMES =
  /^(todo|tbd|tbc|xxx+|name|placeholder|lorem ipsum|<.*>|new integration|software name)$/i;

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KEBAB_CASE_MESSAGE = 'must be kebab-case (lowercase letters, digits and single hyphens)';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const noPlaceholder = nonEmpty.refine((text) => !text.includes(PLACEHOLDER), {
  message: `still has the ${PLACEHOLDER} placeholder`,
});

const httpsUrl = z.url({protocol: /^https$/, error: 'must be an https:// URL'});

/** A language code such as `en` or `fr`. */
const localeCode = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a locale code');

/**
 * Reader-facing text, one entry per locale (`en: …`, `fr: …`). Which locales
 * are required comes from the site config: the integrations plugin checks it.
 */
export const localizedTextSchema = z
  .record(localeCode, nonEmpty)
  .refine((text) => Object.keys(text).length > 0, {message: 'needs a text in each language'});

/** One page of the sources catalog. */
export const sourceSchema = z
  .object({
    /** Who publishes the page: the connection provider or the software vendor, as readers know them. */
    publisher: noPlaceholder,
    /** The page's own title, without notes. */
    title: noPlaceholder,
    url: httpsUrl,
    /** The language of the page; English when absent. */
    language: localeCode.optional(),
    /**
     * `provider`: the connection provider's docs. `vendor`: the software
     * vendor's help pages. `third-party`: anyone else; such a page may back a
     * fact for writers but is never shown to customers.
     */
    kind: z.enum(SOURCE_KINDS),
  })
  .strict();

/** The sources catalog: every page a fact was checked against, by id. */
export const sourcesCatalogSchema = z.record(
  z.string().regex(kebabCase, KEBAB_CASE_MESSAGE),
  sourceSchema,
);

/**
 * A fact's source: the id of a page of the sources catalog, or the id with a
 * writer's note on why that page backs the fact (never shown to customers).
 */
export const sourceReferenceSchema = z.union([
  z.string().regex(kebabCase, 'must be the id of a page in src/data/sources.yml'),
  z
    .object({
      id: z.string().regex(kebabCase, 'must be the id of a page in src/data/sources.yml'),
      note: noPlaceholder,
    })
    .strict(),
]);

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isRealIsoDate(text: string): boolean {
  if (!isoDate.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

const realDate = z
  .string()
  .refine(isRealIsoDate, {message: 'must be a real date written YYYY-MM-DD'});

/**
 * What `npm run sources:record` wrote of a source page when a writer verified
 * the guides against it, and what `npm run sources:check` found since.
 */
export const recordedSourceSchema = z
  .object({
    /** The hash of the page's main text. */
    fingerprint: z
      .string()
      .regex(
        /^sha256:[0-9a-f]{64}$/,
        'must be "sha256:" and 64 hex digits, as npm run sources:record writes it',
      ),
    /** The day a writer verified the guides against the page. */
    recorded: realDate,
    /** Set when the page changed, moved or vanished since; cleared when a writer records it again. */
    drift: z
      .object({
        state: z.enum(['changed', 'moved', 'missing']),
        checked: realDate,
        location: z.string().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** Every recorded source page, by the id it has in the sources catalog. */
export const sourceFingerprintsSchema = z.record(
  z.string().regex(kebabCase, KEBAB_CASE_MESSAGE),
  recordedSourceSchema,
);

/** `today` is passed in so that tests can fix it; the build passes the real date. */
function verificationSchema(today: string) {
  return z
    .object({
      date: z
        .string()
        .refine(isRealIsoDate, {message: 'must be a real date written YYYY-MM-DD'})
        .refine((date) => !isRealIsoDate(date) || date <= today, {
          message: `is in the future (today is ${today})`,
        }),
      sources: z.array(sourceReferenceSchema).min(1, 'needs at least one source'),
    })
    .strict();
}

/** One error message or problem a customer meets while connecting, with its cause and fix. */
export const errorEntrySchema = z
  .object({
    id: z.string().regex(kebabCase, "must be kebab-case: it is the entry's stable anchor"),
    /** The message exactly as the software shows it, in its own language; absent when there is none. */
    message: nonEmpty.optional(),
    /** The language the software shows the message in (`lang` of the quote); English when absent. */
    messageLanguage: localeCode.optional(),
    /** What the customer sees or experiences, when the software shows no message. */
    symptom: localizedTextSchema.optional(),
    cause: localizedTextSchema,
    fix: localizedTextSchema,
    /**
     * `true` when the fix sends the customer to the bank (to ask, tell or
     * request something): the page shows the bank's customer contact, from
     * the bank profile, under the fix. Absent otherwise.
     */
    contactBank: z.boolean().optional(),
    /** The heading id, in the software's guide, of the step where it happens. */
    step: z.string().regex(kebabCase, 'must be a heading id of the guide'),
    sources: z.array(sourceReferenceSchema).min(1, 'needs at least one source'),
  })
  .strict()
  .superRefine((entry, context) => {
    if (entry.message === undefined && entry.symptom === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['symptom'],
        message: 'is required when the entry has no message',
      });
    }
  });

/**
 * A known issue of one software, shown on its guide, its tile and the start
 * page from `start` on (and until `end`, when set); the build warns once
 * `reviewBy` has passed, so that no notice outlives the problem unnoticed.
 */
export const noticeSchema = z
  .object({
    id: z.string().regex(kebabCase, "must be kebab-case: it is the notice's stable anchor"),
    text: localizedTextSchema,
    start: realDate,
    end: realDate.optional(),
    reviewBy: realDate,
    sources: z.array(sourceReferenceSchema).min(1, 'needs at least one source'),
  })
  .strict()
  .superRefine((notice, context) => {
    if (notice.reviewBy < notice.start) {
      context.addIssue({code: 'custom', path: ['reviewBy'], message: 'is before start'});
    }
    if (notice.end !== undefined && notice.end < notice.start) {
      context.addIssue({code: 'custom', path: ['end'], message: 'is before start'});
    }
  });

function integrationObject(today: string) {
  return z
    .object({
      name: noPlaceholder.refine((name) => !PLACEHOLDER_NAMES.test(name), {
        message: 'is a placeholder: write the software name',
      }),
      /** Other names people search for. */
      aliases: z.array(nonEmpty).default([]),
      methods: z.array(z.enum(INTEGRATION_METHODS)).min(1, 'needs at least one method'),
      tags: z.array(z.enum(INTEGRATION_TAGS)).default([]),
      /**
       * Where the software is sold, as its sources state it: ISO 3166-1 alpha-2
       * codes, `[]` when a source says it is sold worldwide, or `not-stated`
       * when no source says where: the catalog and the guide then say nothing
       * about countries ("no source, no claim").
       */
      countries: z.union(
        [
          z.literal(COUNTRIES_NOT_STATED),
          z.array(
            z.string().refine((code) => ISO_COUNTRY_CODES.has(code), {
              message:
                'is not an ISO 3166-1 alpha-2 country code (two capital letters, such as GB)',
            }),
          ),
        ],
        {
          error: `must be a list of country codes, [] when a source says worldwide, or ${COUNTRIES_NOT_STATED}`,
        },
      ),
      /**
       * How much the connection asks of the customer, by level. No duration:
       * no provider or vendor page states how long a connection takes.
       */
      effort: z
        .object({level: z.enum(EFFORT_LEVELS)})
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
      /** When the guide was last checked, and against which sources. */
      verified: verificationSchema(today).optional(),
      reports: z.array(z.enum(FILE_REPORTS)).optional(),
      /** Where the file-upload support of this software is documented. */
      source: sourceReferenceSchema.optional(),
      /** The error messages and problems of this software's journey. */
      errors: z.array(errorEntrySchema).default([]),
      /** Known issues, shown while they last. */
      notices: z.array(noticeSchema).default([]),
    })
    .strict();
}

function integrationSchemaOn(today: string) {
  return integrationObject(today).superRefine((entry, context) => {
    const report = (path: string, message: string) =>
      context.addIssue({code: 'custom', path: [path], message});
    const listsTwice = (values: readonly string[]) => new Set(values).size !== values.length;
    if (listsTwice(entry.tags)) report('tags', 'lists a tag twice');
    if (Array.isArray(entry.countries) && listsTwice(entry.countries)) {
      report('countries', 'lists a country twice');
    }
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
        report('source', 'is required for file-upload software (where its support is documented)');
      }
    }
  });
}

/** The schema of one software's data file, judged on the given day. */
export const integrationSchema = (today: string = new Date().toISOString().slice(0, 10)) =>
  integrationSchemaOn(today);

/** The journey's own data file: error entries that apply to every software. */
export const journeySchema = z.object({errors: z.array(errorEntrySchema).default([])}).strict();

/** One software, as written in its data file; its id is the file's name. */
export type IntegrationData = z.output<ReturnType<typeof integrationSchemaOn>>;
/** One software with its id. */
export type Integration = IntegrationData & {readonly id: string};
/** A reader-facing text, one entry per locale. */
export type LocalizedText = z.output<typeof localizedTextSchema>;
/** One page of the sources catalog. */
export type Source = z.output<typeof sourceSchema>;
/** The sources catalog, by id. */
export type SourcesCatalog = z.output<typeof sourcesCatalogSchema>;
/** What was recorded of each source page, by id. */
export type SourceFingerprints = z.output<typeof sourceFingerprintsSchema>;
/** A fact's source: a catalog id, with or without a writer's note. */
export type SourceReference = z.output<typeof sourceReferenceSchema>;
/** A known issue of one software. */
export type Notice = z.output<typeof noticeSchema>;
/**
 * One error message or problem, with its cause and fix.
 *
 * @interface
 */
export type ErrorEntry = z.output<typeof errorEntrySchema>;
