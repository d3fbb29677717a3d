import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {logoPath} from '@site/src/data/paths';
import type {GuideData} from '@site/src/data/pageData';
import {EFFORT_LABELS, TAG_LABELS} from '@site/src/data/labels';
import {CountriesSummary, EffortSummary} from '@site/src/components/Integrations/facts';
import CopyButton from '@site/src/components/CopyButton';
import {useShareableUrl} from '@site/src/utils/sharing';
import {checklistLines, customerMessage} from '../_utils';
import {SOURCES_HEADING_ID} from '../Sources';
import KnownIssues from '@site/src/components/KnownIssues';
import {NotInOffer} from '@site/src/components/Bank';
import {useMessageBank} from '@site/src/components/Bank/_utils';
import styles from './styles.module.css';

function Facts({integration}: {integration: GuideData}): ReactNode {
  return (
    <dl className={styles.facts}>
      {integration.effort && (
        <div>
          <dt>
            <Translate id="integrations.facts.effort">Effort</Translate>
          </dt>
          <dd>
            <EffortSummary integration={integration} />
            {/* A block of its own, also without style sheets (RGAA 10.3): not "QuickSign in". */}
            <div className={styles.levelDescription}>
              {EFFORT_LABELS[integration.effort.level].description}
            </div>
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
      {integration.countries && (
        <div>
          <dt>
            <Translate id="integrations.facts.countries">Countries</Translate>
          </dt>
          <dd>
            <CountriesSummary integration={integration} />
          </dd>
        </div>
      )}
    </dl>
  );
}

/** A YYYY-MM-DD date in the reader's language and date format. */
function LongDate({date}: {date: string}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const formatted = new Intl.DateTimeFormat(i18n.currentLocale, {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
  return <time dateTime={date}>{formatted}</time>;
}

/** The latest post of the updates section about this guide: its date and one line. */
function LatestUpdate({update}: {update: NonNullable<GuideData['latestUpdate']>}): ReactNode {
  return (
    <p className={styles.verified}>
      <Translate
        id="guide.latestUpdate"
        description="Guide header: {date} is a formatted date, {change} a link to the post about the change"
        values={{
          date: <LongDate date={update.date} />,
          change: <Link to={update.permalink}>{update.description}</Link>,
        }}>
        {'Latest change, {date}: {change}'}
      </Translate>
    </p>
  );
}

/** "Checked on <date>", in the reader's language and date format, pointing to the guide's sources. */
function Verification({integration}: {integration: GuideData}): ReactNode {
  const {date} = integration.verified;
  return (
    <p className={styles.verified}>
      <Translate
        id="guide.verified"
        description="Guide header: {date} is a formatted date"
        values={{date: <LongDate date={date} />}}>
        {'Checked on {date}.'}
      </Translate>{' '}
      <Link href={`#${SOURCES_HEADING_ID}`}>
        <Translate id="guide.verified.sourcesLink">See the sources</Translate>
      </Link>
    </p>
  );
}

/** The top of a connection guide: facts and verification from the registry, and the sharing tools. */
export default function IntegrationGuideHeader({
  guide: integration,
}: {
  guide: GuideData;
}): ReactNode {
  const logo = useBaseUrl(logoPath(integration.id));
  const shareableUrl = useShareableUrl();
  const bank = useMessageBank();
  return (
    <div className={styles.header}>
      <img className={styles.logo} src={logo} alt="" width={48} height={48} />
      <div className={styles.body}>
        <Facts integration={integration} />
        <NotInOffer entry={integration} />
        <KnownIssues integration={integration} />
        <Verification integration={integration} />
        {integration.latestUpdate && <LatestUpdate update={integration.latestUpdate} />}
        <div className={styles.tools}>
          <CopyButton
            getText={() => shareableUrl()}
            label={translate({id: 'sharing.copyLink.label', message: 'Copy link'})}
          />
          <CopyButton
            multiline
            getText={() =>
              customerMessage(integration, shareableUrl(), checklistLines(integration), bank)
            }
            label={translate({id: 'sharing.sendToCustomer.label', message: 'Send to customer'})}
            copiedMessage={translate({
              id: 'sharing.sendToCustomer.copied',
              message: 'Message copied: paste it into your email or chat',
            })}
          />
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={() => window.print()}>
            <Translate id="sharing.print.label">Print</Translate>
          </button>
        </div>
        <p className={styles.links}>
          <Link to="/spend-insights/resources/link-software#software-guides">
            <Translate id="integrations.guide.allGuides">All software guides</Translate>
          </Link>
        </p>
        <p className={styles.printedUrl}>
          <Translate id="sharing.print.url" values={{url: shareableUrl()}}>
            {'Online version: {url}'}
          </Translate>
        </p>
      </div>
    </div>
  );
}
