import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import CopyButton from '@site/src/components/CopyButton';
import {useShareableUrl} from '@site/src/utils/sharing';
import type {GuideData} from '@site/src/data/pageData';
import {BankName} from '@site/src/components/Bank';
import {useMessageBank} from '@site/src/components/Bank/_utils';
import {administratorMessage, checklistItems, checklistLines} from '../_utils';
import styles from './styles.module.css';

/** One line of the checklist: a bold label, then its text, punctuated as the language wants. */
function ChecklistItem({label, text}: {label: string; text: string}): ReactNode {
  return (
    <li>
      <Translate
        id="guide.checklist.item"
        description="A checklist line of a guide; the same message builds the lines people copy"
        values={{label: <strong>{label}</strong>, description: text}}>
        {'{label}: {description}'}
      </Translate>
    </li>
  );
}

/**
 * The "Before you start" checklist of a guide, from the registry, and the
 * message a customer forwards when someone else holds the role it needs.
 */
export default function BeforeYouStart({guide}: {guide: GuideData}): ReactNode {
  const shareableUrl = useShareableUrl();
  const bank = useMessageBank();
  return (
    <div className={styles.checklist}>
      <ul>
        <li>
          <Translate id="guide.checklist.linkUrl" values={{bank: <BankName />}}>
            {'The connection link (Link URL) {bank} sent you.'}
          </Translate>
        </li>
        {checklistItems(guide).map(({label, text}) => (
          <ChecklistItem key={label} label={label} text={text} />
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
          getText={() => administratorMessage(guide, shareableUrl(), checklistLines(guide), bank)}
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
