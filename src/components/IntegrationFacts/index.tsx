import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import type {Integration} from '@site/src/data/integrations/model';
import {EFFORT_LABELS, REPORT_LABELS, TAG_LABELS} from '@site/src/data/integrations/labels';
import {useCountryName} from '@site/src/utils/catalog';
import styles from './styles.module.css';

export interface IntegrationFactsProps {
  readonly integration: Integration;
  /** `compact` for a catalog tile, `full` (labelled terms) for a guide header. */
  readonly variant?: 'compact' | 'full';
  readonly id?: string;
}

function EffortText({integration}: {integration: Integration}): ReactNode {
  if (!integration.effort) return null;
  const level = EFFORT_LABELS[integration.effort.level];
  return (
    <span title={level.description}>
      <Translate
        id="integrations.effort.summary"
        description="Estimated connection time and level, e.g. 'About 5 min · Quick'"
        values={{minutes: integration.effort.minutes, level: level.label}}>
        {'About {minutes} min · {level}'}
      </Translate>
    </span>
  );
}

function CountriesText({integration}: {integration: Integration}): ReactNode {
  const countryName = useCountryName();
  if (integration.countries.length === 0) {
    return <Translate id="integrations.countries.worldwide">Worldwide</Translate>;
  }
  return integration.countries.map(countryName).join(', ');
}

function TagBadges({integration}: {integration: Integration}): ReactNode {
  return integration.tags.map((tag) => (
    <span key={tag} className={styles.badge} title={TAG_LABELS[tag].description}>
      {TAG_LABELS[tag].label}{' '}
    </span>
  ));
}

function reportsText(integration: Integration): string {
  return (integration.reports ?? []).map((report) => REPORT_LABELS[report].label).join(', ');
}

/** Effort, tags, countries and reports of one software, as text rather than colour. */
export default function IntegrationFacts({
  integration,
  variant = 'compact',
  id,
}: IntegrationFactsProps): ReactNode {
  const hasReports = (integration.reports ?? []).length > 0;
  if (variant === 'compact') {
    // The spaces between parts are invisible in the flex row but keep the
    // words apart in the tile's accessible description.
    return (
      <span id={id} className={styles.compact}>
        {integration.effort && <EffortText integration={integration} />}{' '}
        {integration.tags.length > 0 && (
          <span className={styles.badges}>
            <TagBadges integration={integration} />
          </span>
        )}{' '}
        <span>
          <CountriesText integration={integration} />
        </span>{' '}
        {hasReports && (
          <span>
            <Translate
              id="integrations.reports.compact"
              values={{reports: reportsText(integration)}}>
              {'Reports: {reports}'}
            </Translate>
          </span>
        )}
      </span>
    );
  }
  return (
    <dl id={id} className={styles.full}>
      {integration.effort && (
        <div>
          <dt>
            <Translate id="integrations.facts.time">Estimated time</Translate>
          </dt>
          <dd>
            <EffortText integration={integration} />
            <span className={styles.levelDescription}>
              {EFFORT_LABELS[integration.effort.level].description}
            </span>
          </dd>
        </div>
      )}
      {integration.tags.length > 0 && (
        <div>
          <dt>
            <Translate id="integrations.facts.tags">Good to know</Translate>
          </dt>
          <dd>
            <ul className={styles.tagList}>
              {integration.tags.map((tag) => (
                <li key={tag}>
                  <strong>{TAG_LABELS[tag].label}</strong>
                  {' — '}
                  {TAG_LABELS[tag].description}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      <div>
        <dt>
          <Translate id="integrations.facts.countries">Available in</Translate>
        </dt>
        <dd>
          <CountriesText integration={integration} />
        </dd>
      </div>
      {hasReports && (
        <div>
          <dt>
            <Translate id="integrations.facts.reports">Reports to upload</Translate>
          </dt>
          <dd>{reportsText(integration)}</dd>
        </div>
      )}
    </dl>
  );
}
