import {useId, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import {COUNTRIES_NOT_STATED, type IntegrationTag} from '@site/src/data/model';
import {TAG_LABELS} from '@site/src/data/labels';
import {hasFilters, NO_FILTERS, toggle, type Filters} from '../../filters';
import {useCountryName} from '../../_utils';
import styles from './styles.module.css';

export interface FiltersProps {
  readonly filters: Filters;
  readonly onChange: (filters: Filters, options?: {typing?: boolean}) => void;
  /**
   * Only the tags and countries that some listed software has; countries may
   * end with `not-stated`.
   */
  readonly tags: readonly IntegrationTag[];
  readonly countries: readonly string[];
  /** Extra controls shown after the clear button (the copy-link button). */
  readonly actions?: ReactNode;
  /**
   * True until the page is hydrated: a control used before React takes over
   * would show a state the catalog never saw.
   */
  readonly disabled?: boolean;
}

/** The search box and the tag and country checkboxes of the catalog. */
export default function FilterControls({
  filters,
  onChange,
  disabled = false,
  tags,
  countries,
  actions,
}: FiltersProps): ReactNode {
  const searchId = useId();
  const hintId = useId();
  const countriesHintId = useId();
  const listsNotStated = countries.includes(COUNTRIES_NOT_STATED);
  const countryName = useCountryName();
  const countryLabel = (code: string) =>
    code === COUNTRIES_NOT_STATED
      ? translate({id: 'integrations.filters.countriesNotStated', message: 'Not stated'})
      : countryName(code);
  return (
    <div className={styles.filters}>
      <div className={styles.search}>
        <label htmlFor={searchId} className={styles.searchLabel}>
          <Translate id="integrations.search.label">Search for your software</Translate>
        </label>
        <input
          id={searchId}
          className={styles.searchInput}
          type="search"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hintId}
          placeholder={translate({
            id: 'integrations.search.placeholder',
            message: 'For example Sage, QBO, NetSuite',
          })}
          value={filters.query}
          disabled={disabled}
          onChange={(event) => onChange({...filters, query: event.target.value}, {typing: true})}
        />
        <span id={hintId} className={styles.hint}>
          <Translate id="integrations.search.hint">
            Matches names and the other names people use.
          </Translate>
        </span>
      </div>
      {tags.length > 0 && (
        <fieldset className={styles.group}>
          <legend>
            <Translate id="integrations.filters.tags">Show only</Translate>
          </legend>
          {tags.map((tag) => (
            <label key={tag} className={styles.option} title={TAG_LABELS[tag].description}>
              <input
                type="checkbox"
                checked={filters.tags.includes(tag)}
                disabled={disabled}
                onChange={() => onChange({...filters, tags: toggle(filters.tags, tag)})}
              />
              {TAG_LABELS[tag].label}
            </label>
          ))}
        </fieldset>
      )}
      {countries.length > 0 && (
        <fieldset
          className={styles.group}
          aria-describedby={listsNotStated ? countriesHintId : undefined}>
          <legend>
            <Translate id="integrations.filters.countries">Country</Translate>
          </legend>
          {countries.map((code) => (
            <label key={code} className={styles.option}>
              <input
                type="checkbox"
                checked={filters.countries.includes(code)}
                disabled={disabled}
                onChange={() => onChange({...filters, countries: toggle(filters.countries, code)})}
              />
              {countryLabel(code)}
            </label>
          ))}
          {listsNotStated && (
            <span id={countriesHintId} className={styles.hint}>
              <Translate id="integrations.filters.countriesNotStated.hint">
                A software is listed under a country only when its vendor or the connection provider
                says it is sold there.
              </Translate>
            </span>
          )}
        </fieldset>
      )}
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--secondary button--sm"
          disabled={!hasFilters(filters)}
          onClick={() => onChange(NO_FILTERS)}>
          <Translate id="integrations.filters.clear">Clear filters</Translate>
        </button>
        {actions}
      </div>
    </div>
  );
}
