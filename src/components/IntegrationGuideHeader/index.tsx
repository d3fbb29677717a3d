import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {findIntegration} from '@site/src/data/integrations';
import IntegrationFacts from '@site/src/components/IntegrationFacts';
import styles from './styles.module.css';

/** The software a guide page is about, from the page's own path. */
export function useGuideIntegration() {
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

/** The top of a connection guide: effort, tags and countries, read from the registry. */
export default function IntegrationGuideHeader(): ReactNode {
  const integration = useGuideIntegration();
  const logo = useBaseUrl(integration.logo);
  return (
    <div className={styles.header}>
      <img className={styles.logo} src={logo} alt="" width={48} height={48} />
      <div className={styles.body}>
        <IntegrationFacts integration={integration} variant="full" />
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
      </div>
    </div>
  );
}
