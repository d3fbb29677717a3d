import {useMemo, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluralForm} from '@docusaurus/theme-common';
import {selectIntegrations, sortedIntegrations} from '@site/src/data/integrations';
import {
  INTEGRATION_TAGS,
  type Integration,
  type IntegrationMethod,
} from '@site/src/data/integrations/model';
import CatalogFilters from '@site/src/components/CatalogFilters';
import IntegrationTile from '@site/src/components/IntegrationTile';
import CopyButton from '@site/src/components/CopyButton';
import {useShareableUrl} from '@site/src/utils/sharing';
import {
  matchesFilters,
  searchableText,
  useCatalogFilters,
  useCountryName,
} from '@site/src/utils/catalog';
import styles from './styles.module.css';

/** Props of the catalog component used in MDX pages. */
export interface IntegrationsListProps {
  /** Show the software that supports this method. */
  readonly method?: IntegrationMethod;
  /** Show exactly these software, in this order (takes precedence over `method`). */
  readonly ids?: readonly string[];
  /** Catalog entries to list instead of the registry (for benchmarks). */
  readonly integrations?: readonly Integration[];
}

function useResultCount(count: number): string {
  const {selectMessage} = usePluralForm();
  return selectMessage(
    count,
    translate(
      {
        id: 'integrations.results.count',
        description: 'Live count of catalog tiles; plural forms separated by |',
        message: '1 software shown|{count} software shown',
      },
      {count},
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
export default function IntegrationsList({
  method,
  ids,
  integrations,
}: IntegrationsListProps): ReactNode {
  const {i18n} = useDocusaurusContext();
  const countryName = useCountryName();
  const entries = useMemo(
    () => selectIntegrations(integrations ?? sortedIntegrations(i18n.currentLocale), {method, ids}),
    [integrations, i18n.currentLocale, method, ids],
  );
  const searchIndex = useMemo(() => entries.map(searchableText), [entries]);
  const tags = INTEGRATION_TAGS.filter((tag) => entries.some((entry) => entry.tags.includes(tag)));
  const countries = useMemo(() => {
    const codes = [...new Set(entries.flatMap((entry) => entry.countries))];
    const collator = new Intl.Collator(i18n.currentLocale);
    return codes.sort((a, b) => collator.compare(countryName(a), countryName(b)));
  }, [entries, countryName, i18n.currentLocale]);

  const [filters, setFilters] = useCatalogFilters();
  const visible = entries.map((entry, index) =>
    matchesFilters(entry, searchIndex[index]!, filters),
  );
  const visibleCount = visible.filter(Boolean).length;
  const resultCount = useResultCount(visibleCount);
  const shareableUrl = useShareableUrl();
  const copyViewLink = (
    <CopyButton
      getText={() => shareableUrl({withQuery: true})}
      label={translate({id: 'sharing.copyViewLink.label', message: 'Copy link to this view'})}
      copiedMessage={translate({id: 'sharing.copyLink.copied', message: 'Link copied'})}
    />
  );

  return (
    <section
      className={styles.catalog}
      aria-label={translate({id: 'integrations.catalog.label', message: 'Software catalog'})}>
      <CatalogFilters
        filters={filters}
        onChange={setFilters}
        tags={tags}
        countries={countries}
        actions={copyViewLink}
      />
      <p className={styles.count} role="status" aria-live="polite">
        {resultCount}
      </p>
      {visibleCount === 0 && <EmptyState method={method} />}
      <ul className={styles.grid}>
        {entries.map((entry, index) => (
          <IntegrationTile key={entry.id} integration={entry} hidden={!visible[index]} />
        ))}
      </ul>
    </section>
  );
}
