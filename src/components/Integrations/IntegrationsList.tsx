import {useMemo, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {usePluralForm} from '@docusaurus/theme-common';
import {COUNTRIES_NOT_STATED, INTEGRATION_TAGS, type IntegrationMethod} from '@site/src/data/model';
import type {CatalogEntry} from '@site/src/data/pageData';
import CopyButton from '@site/src/components/CopyButton';
import {useShareableUrl} from '@site/src/utils/sharing';
import FilterControls from './_components/Filters';
import Tile from './_components/Tile';
import {createMatcher, searchableText, serializeFilters} from './filters';
import {useCountryName, useFilters} from './_utils';
import styles from './styles.module.css';

/** Props of the catalog component used in MDX pages. */
export interface IntegrationsListProps {
  /** Show only the software that supports this method; all software when absent. */
  readonly method?: IntegrationMethod;
}

interface CatalogProps extends IntegrationsListProps {
  /** Every software, in the page's language and name order (the plugin's catalog module). */
  readonly catalog: readonly CatalogEntry[];
}

/**
 * How many tiles a search shows before "Show all": laying out hundreds of
 * tiles at once would make every keystroke in a large catalog feel slow.
 */
export const DISPLAY_LIMIT = 48;

function useResultCount(matching: number, shown: number): string {
  const {selectMessage} = usePluralForm();
  if (shown < matching) {
    return translate(
      {
        id: 'integrations.results.partial',
        description: 'Live count of catalog tiles when only the first ones are shown',
        message: '{shown} of {count} software shown',
      },
      {shown, count: matching},
    );
  }
  if (matching === 0) {
    return translate({
      id: 'integrations.results.none',
      description: 'Live count of catalog tiles when none matches',
      message: 'No software shown',
    });
  }
  return selectMessage(
    matching,
    translate(
      {
        id: 'integrations.results.count',
        description: 'Live count of catalog tiles; plural forms separated by |',
        message: '{count} software shown|{count} software shown',
      },
      {count: matching},
    ),
  );
}

function EmptyState({method}: {method?: IntegrationMethod}): ReactNode {
  return (
    <div className={styles.empty}>
      <p>
        <strong>
          <Translate id="integrations.empty.title">No software matches these filters.</Translate>
        </strong>
      </p>
      <p>
        {method !== 'file-upload' && (
          <>
            <Translate
              id="integrations.empty.fileUpload"
              values={{
                link: (
                  <Link to="/spend-insights/resources/link-file">
                    <Translate id="integrations.empty.fileUpload.link">
                      upload two reports instead
                    </Translate>
                  </Link>
                ),
              }}>
              {
                'Check the spelling or clear the filters. If the software is not supported, the customer can {link}.'
              }
            </Translate>{' '}
          </>
        )}
        <Translate
          id="integrations.empty.faq"
          values={{
            link: (
              <Link to="/spend-insights/resources/customer-faqs#software-not-listed">
                <Translate id="integrations.empty.faq.link">
                  what to do when the software is not listed
                </Translate>
              </Link>
            ),
          }}>
          {'See also {link}.'}
        </Translate>
      </p>
    </div>
  );
}

/**
 * The catalog: a search box, tag and country filters kept in the URL, a live
 * result count and one tile per software. Every tile is in the static HTML;
 * filtering only hides tiles.
 */
export function IntegrationsList({catalog, method}: CatalogProps): ReactNode {
  const {i18n} = useDocusaurusContext();
  const countryName = useCountryName();
  const entries = useMemo(
    () => catalog.filter((entry) => !method || entry.methods.includes(method)),
    [catalog, method],
  );
  const searchIndex = useMemo(() => entries.map(searchableText), [entries]);
  const tags = INTEGRATION_TAGS.filter((tag) => entries.some((entry) => entry.tags.includes(tag)));
  const countries = useMemo(() => {
    const codes = [...new Set(entries.flatMap((entry) => entry.countries ?? []))];
    const collator = new Intl.Collator(i18n.currentLocale);
    codes.sort((a, b) => collator.compare(countryName(a), countryName(b)));
    return entries.some((entry) => entry.countries === undefined)
      ? [...codes, COUNTRIES_NOT_STATED]
      : codes;
  }, [entries, countryName, i18n.currentLocale]);

  const isBrowser = useIsBrowser();
  const [filters, setFilters] = useFilters();
  const [showAll, setShowAll] = useState(false);
  const matches = createMatcher(filters);
  let matchingCount = 0;
  const visible = entries.map((entry, index) => {
    if (!matches(entry, searchIndex[index]!)) return false;
    matchingCount += 1;
    return showAll || matchingCount <= DISPLAY_LIMIT;
  });
  const shownCount = Math.min(matchingCount, showAll ? matchingCount : DISPLAY_LIMIT);
  const resultCount = useResultCount(matchingCount, shownCount);
  const shareableUrl = useShareableUrl();
  const copyViewLink = (
    <CopyButton
      getText={() => shareableUrl({search: serializeFilters(filters)})}
      label={translate({id: 'sharing.copyViewLink.label', message: 'Copy link to this view'})}
    />
  );

  return (
    <section
      className={styles.catalog}
      aria-label={translate({id: 'integrations.catalog.label', message: 'Software catalog'})}>
      <FilterControls
        filters={filters}
        onChange={setFilters}
        tags={tags}
        countries={countries}
        actions={copyViewLink}
        disabled={!isBrowser}
      />
      <p className={styles.count} role="status" aria-live="polite">
        {resultCount}
      </p>
      {matchingCount === 0 && <EmptyState method={method} />}
      <ul className={styles.grid}>
        {entries.map((entry, index) => (
          <Tile
            key={entry.id}
            integration={entry}
            hidden={!visible[index]}
            showReports={method === 'file-upload'}
          />
        ))}
      </ul>
      {shownCount < matchingCount && (
        <button
          type="button"
          className={clsx('button button--secondary', styles.showAll)}
          onClick={() => setShowAll(true)}>
          <Translate id="integrations.results.showAll" values={{count: matchingCount}}>
            {'Show all {count} software'}
          </Translate>
        </button>
      )}
    </section>
  );
}
