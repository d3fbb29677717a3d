/**
 * The facts of one software that both a catalog tile and a guide header show,
 * as text rather than colour.
 *
 * @module
 */
import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import type {CatalogEntry} from '@site/src/data/pageData';
import {EFFORT_LABELS, TAG_LABELS} from '@site/src/data/labels';
import {useCountryName} from './_utils';
import styles from './facts.module.css';

/** The effort level ("Quick"), with its description as a tooltip. */
export function EffortSummary({integration}: {integration: CatalogEntry}): ReactNode {
  if (!integration.effort) return null;
  const level = EFFORT_LABELS[integration.effort.level];
  return <span title={level.description}>{level.label}</span>;
}

/**
 * The countries where the software is sold, or "Worldwide"; nothing when no
 * source says where it is sold.
 */
export function CountriesSummary({integration}: {integration: CatalogEntry}): ReactNode {
  const countryName = useCountryName();
  if (integration.countries === undefined) return null;
  if (integration.countries.length === 0) {
    return <Translate id="integrations.countries.worldwide">Worldwide</Translate>;
  }
  return integration.countries.map(countryName).join(', ');
}

/** One badge per tag, its description as a tooltip. */
export function TagBadges({integration}: {integration: CatalogEntry}): ReactNode {
  return integration.tags.map((tag) => (
    <span key={tag} className={styles.badge} title={TAG_LABELS[tag].description}>
      {TAG_LABELS[tag].label}{' '}
    </span>
  ));
}
