import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {CatalogEntry} from '@site/src/data/pageData';
import {SourceLinks} from '@site/src/components/IntegrationGuide/Sources';
import styles from './styles.module.css';

/**
 * The known issues of one software, active on the day of the build. `compact`
 * (catalog tiles) shows the text only: a tile is one link, and a link cannot
 * hold the source's own link.
 */
export default function KnownIssues({
  integration,
  compact = false,
}: {
  integration: Pick<CatalogEntry, 'notices'>;
  compact?: boolean;
}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const notices = integration.notices ?? [];
  if (notices.length === 0) return null;
  const Element = compact ? 'span' : 'div';
  const Item = compact ? 'span' : 'p';
  return (
    <Element
      className={compact ? styles.compact : styles.notices}
      role={compact ? undefined : 'note'}>
      {notices.map((notice) => (
        <Item key={notice.id} className={styles.notice} id={compact ? undefined : notice.id}>
          <strong>
            <Translate
              id="knownIssue.label"
              description="Before a known issue of a software; {date} is the day it became known"
              values={{
                date: (
                  <time dateTime={notice.since}>
                    {new Intl.DateTimeFormat(i18n.currentLocale, {
                      dateStyle: 'long',
                      timeZone: 'UTC',
                    }).format(new Date(`${notice.since}T00:00:00Z`))}
                  </time>
                ),
              }}>
              {'Known issue since {date}:'}
            </Translate>
          </strong>{' '}
          {notice.text}
          {!compact && notice.sources.length > 0 && (
            <span className={styles.sources}>
              {' '}
              (<SourceLinks sources={notice.sources} />)
            </span>
          )}
        </Item>
      ))}
    </Element>
  );
}
