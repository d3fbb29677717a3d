/**
 * The bank that publishes the site, as pages show it: read from
 * `siteConfig.customFields.bankProfile` through `useBankProfile()`, the one
 * place components read it.
 *
 * @module
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

/** A text in each of the site's languages. */
type Localized = Readonly<Record<string, string>>;

/** The fields of the bank profile the legal, privacy and accessibility pages show. */
export interface BankProfile {
  readonly name: Localized;
  readonly legal: {
    readonly entity: string;
    readonly address: string;
    readonly registration: string;
    readonly publicationDirector: string;
    readonly host: {readonly name: string; readonly address: string};
  };
  readonly accessibility: {readonly contact: {readonly email?: string; readonly url?: string}};
  readonly customerSupport: {
    readonly email?: string;
    readonly phone?: string;
    readonly hours?: Localized;
    readonly helpCentreUrl?: string;
  };
}

/** The site's bank profile. */
export function useBankProfile(): BankProfile {
  const {siteConfig} = useDocusaurusContext();
  return siteConfig.customFields!.bankProfile as BankProfile;
}

/** A profile text in the page's locale, else the default locale's. */
export function useLocalized(): (text: Localized) => string {
  const {i18n} = useDocusaurusContext();
  return (text) => text[i18n.currentLocale] ?? text[i18n.defaultLocale] ?? '';
}
