import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {findIntegration} from '@site/src/data/integrations';
import type {Integration} from '@site/src/data/integrations/model';
import IntegrationFacts from '@site/src/components/IntegrationFacts';
import CopyButton from '@site/src/components/CopyButton';
import {useShareableUrl} from '@site/src/utils/sharing';
import styles from './styles.module.css';

/** The software a guide page is about, from the page's own path. */
export function useGuideIntegration(): Integration {
  const {metadata} = useDoc();
  const id = metadata.id.split('/').pop() ?? '';
  const integration = findIntegration(id);
  if (!integration) {
    throw new Error(
      `IntegrationGuideHeader: the doc "${metadata.id}" has no registry entry with id "${id}"`,
    );
  }
  return integration;
}

/** A short message, in the page's language, that support staff paste into an email or chat. */
export function customerMessage(integration: Integration, guideUrl: string): string {
  const minutes = integration.effort?.minutes ?? 0;
  return translate(
    {
      id: 'sharing.customerMessage',
      description: 'Message copied by "Send to customer"; keep the line breaks',
      message: `Hello,

Here is the step-by-step guide to connect {name}: {url}

It takes about {minutes} minutes. Before you start:
- open the Link URL we sent you;
- check that you have administrator access, or equivalent, in {name};
- if you call us for help, be ready to share your screen.

Kind regards`,
    },
    {name: integration.name, url: guideUrl, minutes},
  );
}

/** The top of a connection guide: facts from the registry and the sharing tools. */
export default function IntegrationGuideHeader(): ReactNode {
  const integration = useGuideIntegration();
  const logo = useBaseUrl(integration.logo);
  const shareableUrl = useShareableUrl();
  return (
    <div className={styles.header}>
      <img className={styles.logo} src={logo} alt="" width={48} height={48} />
      <div className={styles.body}>
        <IntegrationFacts integration={integration} variant="full" />
        <div className={styles.tools}>
          <CopyButton
            getText={() => shareableUrl()}
            label={translate({id: 'sharing.copyLink.label', message: 'Copy link'})}
          />
          <CopyButton
            multiline
            getText={() => customerMessage(integration, shareableUrl())}
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
          {integration.helpCenterUrl && (
            <Link href={integration.helpCenterUrl}>
              <Translate id="integrations.guide.helpCenter">Help Center article</Translate>
            </Link>
          )}
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
