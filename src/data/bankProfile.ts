/**
 * The schema of a bank profile (`profiles/<bank>.yml`): who publishes the
 * site, how its customers and staff reach it, which software its offer
 * includes, its brand and its legal notices. One profile is selected at build
 * time (`BANK_PROFILE=profiles/<bank>.yml`, the fictional `profiles/example.yml`
 * by default); `src/plugins/bankProfile` reads and checks it, and pages read it
 * from `siteConfig.customFields.bankProfile`.
 *
 * @module
 */
import * as z from 'zod';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const httpsUrl = z.url({protocol: /^https$/, error: 'must be an https:// URL'});

/** Reader-facing text of the profile, one entry per locale; which ones are required comes from the site config. */
const profileTextSchema = z.record(
  z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a locale code'),
  nonEmpty,
);

const email = z.email({error: 'must be an email address'});

/** An international phone number as people dial it: "+", digits and single spaces. */
const phone = z
  .string()
  .regex(
    /^\+\d{1,3}(?: ?\d{1,4}){2,7}$/,
    'must be an international number such as +33 1 99 00 12 34',
  );

/** How people reach a support team: at least one of email, phone or help centre. */
const supportChannelsSchema = z
  .object({
    email: email.optional(),
    phone: phone.optional(),
    /**
     * When the phone line is open, in each locale. Pages show it in brackets
     * after the number, so it starts in lower case and has no brackets of its
     * own: "du lundi au vendredi, de 9 h à 18 h, heure de Paris".
     */
    hours: profileTextSchema.optional(),
    /** The bank's own help centre. */
    helpCentre: httpsUrl.optional(),
  })
  .strict()
  .superRefine((channels, context) => {
    if (!channels.email && !channels.phone && !channels.helpCentre) {
      context.addIssue({
        code: 'custom',
        message: 'at least one channel is required (email, phone or helpCentre)',
      });
    }
    if (channels.hours && !channels.phone) {
      context.addIssue({code: 'custom', path: ['hours'], message: 'needs a phone number'});
    }
  });

/** `#rrggbb`. */
export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** A bank profile as the bank writes it. */
export const bankProfileSchema = z
  .object({
    /** The bank's name as its customers know it, in each locale. */
    name: profileTextSchema,
    /** How the bank's business customers reach its support. */
    customerSupport: supportChannelsSchema,
    /** How the bank's own support staff escalate (shown on the staff pages). */
    staffSupport: supportChannelsSchema,
    /**
     * Software ids (file names of `src/data/integrations/`) included in the
     * bank's offer. Premium software is offered only when listed here; the
     * others are part of every offer.
     */
    offer: z.array(z.string()).default([]),
    brand: z
      .object({
        /**
         * The bank's logo, a file under `static/` (such as `img/banks/example.svg`),
         * shown in the navbar and the footer.
         */
        logo: nonEmpty,
        /** The primary colour, `#rrggbb`: it sets the site's theme in both colour modes. */
        primaryColour: z.string().regex(HEX_COLOUR, 'must be a colour written #rrggbb'),
        /** The name under which the bank sells the service, when not "Spend Insights". */
        serviceName: profileTextSchema.optional(),
      })
      .strict(),
    /** The legal notices (« mentions légales »). */
    legal: z
      .object({
        /** The legal entity that publishes the site. */
        entity: nonEmpty,
        /** Its registered address. */
        address: nonEmpty,
        /** Its registration, such as "RCS Paris 000 000 000" or a company number. */
        registration: nonEmpty,
        /** The person responsible for what the site publishes. */
        publicationDirector: nonEmpty,
        host: z.object({name: nonEmpty, address: nonEmpty}).strict(),
      })
      .strict(),
    accessibility: z
      .object({
        /** Where to report an accessibility barrier: at least an email or a page. */
        contact: z
          .object({email: email.optional(), url: httpsUrl.optional()})
          .strict()
          .refine((contact) => contact.email !== undefined || contact.url !== undefined, {
            message: 'needs an email or a url',
          }),
      })
      .strict(),
  })
  .strict();

/** A bank profile as written in its file. */
export type BankProfileData = z.output<typeof bankProfileSchema>;

/** What pages receive (`siteConfig.customFields.bankProfile`): the checked profile, texts typographed per locale. */
export type BankProfile = BankProfileData;
