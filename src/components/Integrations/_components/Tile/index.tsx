import {memo, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {guidePath, hasGuide, logoPath} from '@site/src/data/paths';
import type {CatalogEntry} from '@site/src/data/pageData';
import {REPORT_LABELS} from '@site/src/data/labels';
import {CountriesSummary, EffortSummary, TagBadges} from '../../facts';
import KnownIssues from '@site/src/components/KnownIssues';
import {NotInOffer} from '@site/src/components/Bank';
import styles from './styles.module.css';

export interface TileProps {
  readonly integration: CatalogEntry;
  /** Hidden tiles stay in the page so filtering never re-creates them. */
  readonly hidden?: boolean;
  /** The reports to upload matter in a file-upload catalog only. */
  readonly showReports?: boolean;
}

function TileFacts({
  integration,
  showReports,
}: {
  integration: CatalogEntry;
  showReports: boolean;
}): ReactNode {
  const reports = (showReports ? (integration.reports ?? []) : []).map(
    (report) => REPORT_LABELS[report].label,
  );
  // The spaces between parts are invisible in the flex row but keep the
  // words apart in the link's accessible name.
  return (
    <span className={styles.facts}>
      {integration.effort && <EffortSummary integration={integration} />}{' '}
      {integration.tags.length > 0 && (
        <span className={styles.badges}>
          <TagBadges integration={integration} />
        </span>
      )}{' '}
      {integration.countries && (
        <span>
          <CountriesSummary integration={integration} />
        </span>
      )}{' '}
      {reports.length > 0 && (
        <span>
          <Translate id="integrations.reports.compact" values={{reports: reports.join(', ')}}>
            {'Reports: {reports}'}
          </Translate>
        </span>
      )}
    </span>
  );
}

/**
 * One software. With a guide, the whole tile is a single link whose name is
 * everything it shows (WCAG 2.5.3 Label in Name: a voice-control user says
 * what they see); without one (file upload) it is a card.
 */
function Tile({integration, hidden = false, showReports = false}: TileProps): ReactNode {
  const body = (
    <>
      <img
        className={styles.logo}
        src={useBaseUrl(logoPath(integration.id))}
        alt=""
        width={48}
        height={48}
        loading="lazy"
      />
      <span className={styles.text}>
        <span className={styles.name}>{integration.name}</span>{' '}
        <TileFacts integration={integration} showReports={showReports} />
        <NotInOffer entry={integration} compact />
        <KnownIssues integration={integration} compact />
      </span>
    </>
  );
  return (
    <li className={styles.item} hidden={hidden} data-integration={integration.id}>
      {hasGuide(integration) ? (
        <Link to={guidePath(integration.id)} className={styles.tile}>
          {body}
        </Link>
      ) : (
        <div className={styles.tile}>{body}</div>
      )}
    </li>
  );
}

export default memo(Tile);
