import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import {guidePath} from '@site/src/data/paths';
import type {PublishedErrorEntry} from '@site/src/data/pageData';
import {SourceLinks} from '@site/src/components/IntegrationGuide/Sources';
import {ContactYourBank} from '@site/src/components/Bank';
import styles from './styles.module.css';

export interface EntryProps {
  readonly entry: PublishedErrorEntry;
  /** h3 inside a guide's Troubleshooting section, h2 on the error messages page. */
  readonly level: 'h2' | 'h3';
  /** On the error messages page, name the software and link to its guide step. */
  readonly showSoftware?: boolean;
  readonly hidden?: boolean;
}

/** A heading takes no final full stop (an ellipsis stays). */
function withoutFinalStop(text: string | undefined): string | undefined {
  return text?.replace(/(?<!\.)\.$/u, '');
}

/** One error message or problem: what the customer sees, why, and what to do. Its id is a stable anchor. */
export default function Entry({entry, level, showSoftware = false, hidden}: EntryProps): ReactNode {
  const {software} = entry;
  return (
    <article className={styles.entry} hidden={hidden} data-entry={entry.id}>
      <Heading as={level} id={entry.id} className={styles.title}>
        {entry.message === undefined ? (
          withoutFinalStop(entry.symptom)
        ) : (
          <q lang={entry.messageLanguage} className={styles.message}>
            {entry.message}
          </q>
        )}
      </Heading>
      <dl className={styles.details}>
        {showSoftware && (
          <>
            <dt>
              <Translate id="troubleshooting.software">Software</Translate>
            </dt>
            <dd>
              {software ? (
                <Link to={`${guidePath(software.id)}#${entry.step}`}>{software.name}</Link>
              ) : (
                <Translate id="troubleshooting.allSoftware">Any software</Translate>
              )}
            </dd>
          </>
        )}
        <dt>
          <Translate id="troubleshooting.cause">Cause</Translate>
        </dt>
        <dd>{entry.cause}</dd>
        <dt>
          <Translate id="troubleshooting.fix">What to do</Translate>
        </dt>
        <dd>
          {entry.fix}
          {entry.contactBank && <ContactYourBank />}
        </dd>
      </dl>
      <p className={styles.sources}>
        <Translate id="troubleshooting.source">Source:</Translate>{' '}
        <SourceLinks sources={entry.sources} />
      </p>
    </article>
  );
}
