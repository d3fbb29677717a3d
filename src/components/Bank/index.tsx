import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import IconExternalLink from '@theme/Icon/ExternalLink';
import type {CatalogEntry} from '@site/src/data/pageData';
import {type Audience, useBankName, useBankProfile, useIsOffered, useProfileText} from './_utils';
import styles from './styles.module.css';

/**
 * The bank that publishes the site, as its profile names it: pages use these
 * components wherever they mean "your bank", never a name of their own.
 *
 * @module
 */

/** The bank's name in the page's language. */
export function BankName(): ReactNode {
  return useBankName();
}

/** A phone number as a `tel:` address: "+" and digits only. */
function telUrl(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, '')}`;
}

/**
 * The support channels of the bank, for its business customers (the default)
 * or for its own staff: email, phone with its hours, help centre.
 */
export function BankContact({audience = 'customer'}: {audience?: Audience}): ReactNode {
  const profile = useBankProfile();
  const text = useProfileText();
  const channels = audience === 'customer' ? profile.customerSupport : profile.staffSupport;
  const phoneLink = channels.phone && (
    <Link href={telUrl(channels.phone)} target="_self">
      {channels.phone}
    </Link>
  );
  return (
    <ul className={styles.contact} data-bank-contact={audience}>
      {channels.email && (
        <li>
          <Translate
            id="bank.contact.email"
            values={{
              email: (
                <Link href={`mailto:${channels.email}`} target="_self">
                  {channels.email}
                </Link>
              ),
            }}>
            {'Email: {email}'}
          </Translate>
        </li>
      )}
      {channels.phone && (
        <li>
          {channels.hours ? (
            <Translate
              id="bank.contact.phoneHours"
              values={{phone: phoneLink, hours: text(channels.hours)}}>
              {'Phone: {phone} ({hours})'}
            </Translate>
          ) : (
            <Translate id="bank.contact.phone" values={{phone: phoneLink}}>
              {'Phone: {phone}'}
            </Translate>
          )}
        </li>
      )}
      {channels.helpCentre && (
        <li>
          <Translate
            id="bank.contact.helpCentre"
            values={{
              url: (
                <Link href={channels.helpCentre}>
                  {channels.helpCentre}
                  <IconExternalLink />
                </Link>
              ),
            }}>
            {'Help centre: {url}'}
          </Translate>
        </li>
      )}
    </ul>
  );
}

/** "Contact <bank>:" and its customer channels, for the places that tell customers to ask their bank. */
export function ContactYourBank(): ReactNode {
  return (
    <div className={styles.contactBlock}>
      <p>
        <Translate
          id="bank.contact.customerIntro"
          description="Before the bank's support channels; {bank} is the bank's name"
          values={{bank: <BankName />}}>
          {'To contact {bank}:'}
        </Translate>
      </p>
      <BankContact />
    </div>
  );
}

/**
 * Says that a software is not part of the bank's offer and points to file
 * upload when the provider reads files from that software (otherwise to the
 * bank); nothing for software that is. `compact` (catalog tiles) shows the
 * text only, as a tile is one link.
 */
export function NotInOffer({
  entry,
  compact = false,
}: {
  entry: Pick<CatalogEntry, 'id' | 'tags' | 'methods'>;
  compact?: boolean;
}): ReactNode {
  const offered = useIsOffered()(entry);
  const bank = <BankName />;
  if (offered) return null;
  // The provider reads no files from some software: promise no upload there.
  const uploads = entry.methods.includes('file-upload');
  if (compact) {
    return (
      <span className={styles.notInOfferCompact} data-not-in-offer={entry.id}>
        {uploads ? (
          <Translate id="bank.offer.notIncluded.compact" values={{bank}}>
            {'Not part of the {bank} offer: upload files instead'}
          </Translate>
        ) : (
          <Translate id="bank.offer.notIncluded.compactNoUpload" values={{bank}}>
            {'Not part of the {bank} offer'}
          </Translate>
        )}
      </span>
    );
  }
  return (
    <div className={styles.notInOffer} role="note" data-not-in-offer={entry.id}>
      <p>
        <strong>
          <Translate id="bank.offer.notIncluded.title" values={{bank}}>
            {'Not part of the {bank} offer.'}
          </Translate>
        </strong>{' '}
        {uploads ? (
          <Translate
            id="bank.offer.notIncluded.text"
            values={{
              bank,
              upload: (
                <Link to="/spend-insights/resources/link-file">
                  <Translate id="bank.offer.notIncluded.uploadLink">upload them</Translate>
                </Link>
              ),
            }}>
            {
              'This connection is not available to you. You can still share your data: export two reports from your software, then {upload} through the connection link from {bank}.'
            }
          </Translate>
        ) : (
          <Translate id="bank.offer.notIncluded.textNoUpload" values={{bank}}>
            {
              'This connection is not available to you. Ask {bank} what it can offer for your software.'
            }
          </Translate>
        )}
      </p>
    </div>
  );
}
