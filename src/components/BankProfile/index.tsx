/**
 * The bank's legal details and accessibility contact, as the legal notice and
 * the accessibility statement show them, from its profile (the bank's name and
 * support channels are `src/components/Bank`).
 *
 * @module
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {useBankName, useBankProfile} from '@site/src/components/Bank/_utils';

/** The publisher, publication director and host (« Mentions légales »). */
export function LegalDetails(): ReactNode {
  const {legal} = useBankProfile();
  const name = useBankName();
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
