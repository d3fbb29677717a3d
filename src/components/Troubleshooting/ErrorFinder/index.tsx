import {useId, useMemo, useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {usePluralForm} from '@docusaurus/theme-common';
import errors from '@integrations-data/errors.json';
import type {PublishedErrorEntry} from '@site/src/data/pageData';
import Entry from '../Entry';
import {rankEntries} from '../match';
import styles from './styles.module.css';

/**
 * Every error message of the data files, with a box where the
 * reader pastes what they see: the best matches come first, the rest hide.
 * Without JavaScript every entry is listed.
 */
export function ErrorFinder({entries}: {entries: readonly PublishedErrorEntry[]}): ReactNode {
  const isBrowser = useIsBrowser();
  const {selectMessage} = usePluralForm();
  const inputId = useId();
  const [query, setQuery] = useState('');
  const texts = useMemo(
    () =>
      entries.map((entry) =>
        [entry.message ?? '', entry.symptom ?? '', entry.software?.name ?? ''].join(' '),
      ),
    [entries],
  );
  const ranked = query.trim() === '' ? entries.map((_, index) => index) : rankEntries(query, texts);
  const shown = new Set(ranked);
  const order = [
    ...ranked,
    ...entries.map((_, index) => index).filter((index) => !shown.has(index)),
  ];
  const count = ranked.length;
  return (
    <div>
      <div className={styles.search}>
        <label htmlFor={inputId} className={styles.label}>
          <Translate id="troubleshooting.finder.label">Paste the message you see</Translate>
        </label>
        <textarea
          id={inputId}
          className={styles.input}
          rows={2}
          value={query}
          disabled={!isBrowser}
          placeholder={translate({
            id: 'troubleshooting.finder.placeholder',
            message: 'For example: Timed out attempting to communicate with QBD.',
          })}
          onChange={(event) => setQuery(event.target.value)}
        />
        <p role="status" aria-live="polite" className={styles.count}>
          {query.trim() === ''
            ? selectMessage(
                count,
                translate(
                  {
                    id: 'troubleshooting.finder.total',
                    description:
                      'Number of error messages listed before a search; plural forms separated by |',
                    message: '{count} message listed|{count} messages listed',
                  },
                  {count},
                ),
              )
            : count === 0
              ? translate({id: 'troubleshooting.finder.none', message: 'No message matches'})
              : selectMessage(
                  count,
                  translate(
                    {
                      id: 'troubleshooting.finder.count',
                      description:
                        'Live count of matching error messages; plural forms separated by |',
                      message: '{count} message matches|{count} messages match',
                    },
                    {count},
                  ),
                )}
        </p>
      </div>
      {order.map((index) => (
        <Entry
          key={entries[index]!.id}
          entry={entries[index]!}
          level="h2"
          showSoftware
          hidden={!shown.has(index)}
        />
      ))}
    </div>
  );
}

/** The error finder that the error messages page places, over every entry of the data files. */
export default function AllErrorMessages(): ReactNode {
  return <ErrorFinder entries={errors} />;
}
