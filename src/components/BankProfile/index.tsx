/**
 * The bank's details as the legal, privacy and accessibility pages show them,
 * from its profile (`useBankProfile`).
 *
 * @module
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {useBankProfile, useLocalized} from '@site/src/utils/bankProfile';

/** The bank's name in the page's language. */
export function BankName(): ReactNode {
  const localized = useLocalized();
  return localized(useBankProfile().name);
}

/** The publisher, publication director and host (« Mentions légales »). */
export function LegalDetails(): ReactNode {
  const {legal} = useBankProfile();
  const localized = useLocalized();
  const name = localized(useBankProfile().name);
  return (
    <dl>
      <dt>
        <Translate id="legal.publisher" description="Legal notice: who publishes the site">
          Publisher
        </Translate>
      </dt>
      <dd>{`${legal.entity} (${name}), ${legal.address}`}</dd>
      <dt>
        <Translate id="legal.registration" description="Legal notice: company registration">
          Registration
        </Translate>
      </dt>
      <dd>{legal.registration}</dd>
      <dt>
        <Translate id="legal.director" description="Legal notice: publication director">
          Publication director
        </Translate>
      </dt>
      <dd>{legal.publicationDirector}</dd>
      <dt>
        <Translate id="legal.host" description="Legal notice: who hosts the site">
          Host
        </Translate>
      </dt>
      <dd>{`${legal.host.name}, ${legal.host.address}`}</dd>
    </dl>
  );
}

/** How to report an accessibility barrier: the profile's address and page. */
export function BarrierContact(): ReactNode {
  const {contact} = useBankProfile().accessibility;
  return (
    <ul>
      {contact.email && (
        <li>
          <Translate id="accessibility.contact.email" description="Label before the email address">
            Email:
          </Translate>{' '}
          <Link href={`mailto:${contact.email}`}>{contact.email}</Link>
        </li>
      )}
      {contact.url && (
        <li>
          <Translate
            id="accessibility.contact.url"
            description="Label before the contact form link">
            Contact form:
          </Translate>{' '}
          <Link href={contact.url}>{contact.url}</Link>
        </li>
      )}
    </ul>
  );
}

/** The bank's customer support channels. */
export function SupportContact(): ReactNode {
  const support = useBankProfile().customerSupport;
  const localized = useLocalized();
  return (
    <ul>
      {support.email && (
        <li>
          <Translate id="support.email" description="Label before the support email address">
            Email:
          </Translate>{' '}
          <Link href={`mailto:${support.email}`}>{support.email}</Link>
        </li>
      )}
      {support.phone && (
        <li>
          <Translate id="support.phone" description="Label before the support phone number">
            Phone:
          </Translate>{' '}
          <Link href={`tel:${support.phone.replaceAll(' ', '')}`}>{support.phone}</Link>
          {support.hours && ` (${localized(support.hours)})`}
        </li>
      )}
      {support.helpCentreUrl && (
        <li>
          <Translate id="support.helpCentre" description="Label before the help centre link">
            Help centre:
          </Translate>{' '}
          <Link href={support.helpCentreUrl}>{support.helpCentreUrl}</Link>
        </li>
      )}
    </ul>
  );
}
