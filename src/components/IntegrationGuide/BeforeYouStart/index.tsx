import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import CopyButton from '@site/src/components/CopyButton';
import {PREREQUISITE_LABELS} from '@site/src/data/integrations/labels';
import {useShareableUrl} from '@site/src/utils/sharing';
import {administratorMessage, checklistLines, useGuideIntegration, useLocalized} from '../_utils';
import styles from './styles.module.css';

/**
 * The "Before you start" checklist of a guide, from the registry, and the
 * message a customer forwards when someone else holds the role it needs.
 */
export default function BeforeYouStart(): ReactNode {
  const integration = useGuideIntegration();
  const localized = useLocalized();
  const shareableUrl = useShareableUrl();
  return (
    <div className={styles.checklist}>
      <ul>
        <li>
          <Translate id="guide.checklist.linkUrl">
            The connection link (Link URL) your bank sent you.
          </Translate>
        </li>
        {integration.connectAs && (
          <li>
            <strong>
              <Translate id="guide.checklist.connectAs.label">Who can connect</Translate>
            </strong>
            {': '}
            {localized(integration.connectAs)}
          </li>
        )}
        {integration.editions?.supported && (
          <li>
            <strong>
              <Translate id="guide.checklist.supported.label">Supported</Translate>
            </strong>
            {': '}
            {localized(integration.editions.supported)}
          </li>
        )}
        {integration.editions?.unsupported && (
          <li>
            <strong>
              <Translate id="guide.checklist.unsupported.label">Not supported</Translate>
            </strong>
            {': '}
            {localized(integration.editions.unsupported)}
          </li>
        )}
        {(integration.prerequisites ?? []).map((prerequisite) => (
          <li key={prerequisite}>
            <strong>{PREREQUISITE_LABELS[prerequisite].label}</strong>
            {': '}
            {PREREQUISITE_LABELS[prerequisite].description}
          </li>
        ))}
      </ul>
      <div className={styles.notAdmin}>
        <p>
          <strong>
            <Translate id="guide.adminMessage.title">Not the right person?</Translate>
          </strong>{' '}
          <Translate id="guide.adminMessage.intro">
            Copy this message and send it to the colleague who matches the list above, with the
            connection link.
          </Translate>
        </p>
        <CopyButton
          multiline
          getText={() =>
            administratorMessage(
              integration,
              shareableUrl(),
              checklistLines(integration, localized),
            )
          }
          label={translate({
            id: 'guide.adminMessage.copy',
            message: 'Copy the message for your administrator',
          })}
          copiedMessage={translate({
            id: 'guide.adminMessage.copied',
            message: 'Message copied: paste it into an email to your administrator',
          })}
        />
      </div>
    </div>
  );
}
