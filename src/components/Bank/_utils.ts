import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {BankProfile} from '@site/src/data/bankProfile';
import type {CatalogEntry} from '@site/src/data/pageData';

/** The bank that publishes the site, from its profile (`siteConfig.customFields.bankProfile`). */
export function useBankProfile(): BankProfile {
  const {siteConfig} = useDocusaurusContext();
  return siteConfig.customFields!.bankProfile as BankProfile;
}

/** A text of the profile in the page's locale (the build checked that every locale has one). */
export function useProfileText(): (text: Readonly<Record<string, string>>) => string {
  const {i18n} = useDocusaurusContext();
  return (text) => text[i18n.currentLocale] ?? text[i18n.defaultLocale]!;
}

/** The bank's name in the page's language. */
export function useBankName(): string {
  const profile = useBankProfile();
  return useProfileText()(profile.name);
}

/** The service's own name, used unless the profile gives the bank's name for it. */
const SERVICE_NAME = 'Spend Insights';

/** Which support team: the bank's business customers, or its own staff. */
export type Audience = 'customer' | 'staff';

/** True when the software is part of the bank's offer: premium software only when the profile lists it. */
export function isOffered(
  profile: Pick<BankProfile, 'offer'>,
  entry: Pick<CatalogEntry, 'id' | 'tags'>,
): boolean {
  return !entry.tags.includes('premium') || profile.offer.includes(entry.id);
}

/** `isOffered` for the site's bank. */
export function useIsOffered(): (entry: Pick<CatalogEntry, 'id' | 'tags'>) => boolean {
  const profile = useBankProfile();
  return (entry) => isOffered(profile, entry);
}

/**
 * The support channels of the bank as plain lines (email, phone with its
 * hours, help centre), for the messages people copy.
 */
export function useContactLines(): (audience: Audience) => string[] {
  const profile = useBankProfile();
  const text = useProfileText();
  return (audience) => {
    const channels = audience === 'customer' ? profile.customerSupport : profile.staffSupport;
    const lines: string[] = [];
    if (channels.email) {
      lines.push(
        translate({id: 'bank.contact.email', message: 'Email: {email}'}, {email: channels.email}),
      );
    }
    if (channels.phone) {
      lines.push(
        channels.hours
          ? translate(
              {id: 'bank.contact.phoneHours', message: 'Phone: {phone} ({hours})'},
              {phone: channels.phone, hours: text(channels.hours)},
            )
          : translate(
              {id: 'bank.contact.phone', message: 'Phone: {phone}'},
              {phone: channels.phone},
            ),
      );
    }
    if (channels.helpCentre) {
      lines.push(
        translate(
          {id: 'bank.contact.helpCentre', message: 'Help centre: {url}'},
          {url: channels.helpCentre},
        ),
      );
    }
    return lines;
  };
}

/** The bank as the messages people copy name it: its name and customer channels. */
export function useMessageBank(): {name: string; service: string; contact: string[]} {
  const profile = useBankProfile();
  const text = useProfileText();
  const name = useBankName();
  const contactLines = useContactLines();
  const {serviceName} = profile.brand;
  return {
    name,
    service: serviceName ? text(serviceName) : SERVICE_NAME,
    contact: contactLines('customer'),
  };
}
