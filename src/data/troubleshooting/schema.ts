/**
 * The troubleshooting registry's schema: one entry per error message or
 * problem a customer meets while connecting, with its cause and its fix.
 *
 * @module
 */
import * as z from 'zod';
import {localizedTextSchema, sourceSchema} from '../integrations/schema';
import {ALL_SOFTWARE} from './model';

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Checks an entry; `softwareIds` are the integrations registry's ids. */
export function troubleshootingEntrySchema(softwareIds: ReadonlySet<string>) {
  return z
    .object({
      id: z.string().regex(kebabCase, "must be kebab-case: it is the entry's stable anchor"),
      software: z.string().refine((id) => id === ALL_SOFTWARE || softwareIds.has(id), {
        message: `is not an id of the integrations registry (or "${ALL_SOFTWARE}")`,
      }),
      /** The message exactly as the software shows it, in its own language; null when there is none. */
      message: z
        .string()
        .trim()
        .min(1, 'must not be empty (use null when there is no message)')
        .nullable(),
      /** The language the software shows the message in (`lang` of the quote). */
      messageLanguage: z.enum(['en', 'fr']).optional(),
      /** What the customer sees or experiences, when the software shows no message. */
      symptom: localizedTextSchema.optional(),
      cause: localizedTextSchema,
      fix: localizedTextSchema,
      /** The heading id, in the software's guide, of the step where it happens. */
      step: z.string().regex(kebabCase, 'must be a heading id of the guide'),
      sources: z.array(sourceSchema).min(1, 'needs at least one source'),
    })
    .strict()
    .superRefine((entry, context) => {
      if (entry.message === null && entry.symptom === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['symptom'],
          message: 'is required when the entry has no message',
        });
      }
    });
}

/** One error message or problem, with its cause and fix. */
export type TroubleshootingEntry = z.output<ReturnType<typeof troubleshootingEntrySchema>>;
