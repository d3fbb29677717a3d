import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {troubleshootingFor} from '@site/src/data/troubleshooting';
import Entry from '@site/src/components/Troubleshooting/Entry';
import {useGuideIntegration} from '../_utils';

/** A guide's Troubleshooting section, from the troubleshooting registry. */
export default function GuideTroubleshooting(): ReactNode {
  const integration = useGuideIntegration();
  return (
    <>
      {troubleshootingFor(integration.id).map((entry) => (
        <Entry key={entry.id} entry={entry} level="h3" />
      ))}
      <p>
        <Translate
          id="guide.troubleshooting.more"
          values={{
            link: (
              <Link to="/spend-insights/resources/error-messages">
                <Translate id="guide.troubleshooting.more.link">all error messages</Translate>
              </Link>
            ),
          }}>
          {'Another message? Paste it into {link} to find its fix.'}
        </Translate>
      </p>
    </>
  );
}
