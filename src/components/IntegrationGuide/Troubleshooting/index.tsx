import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import type {GuideData} from '@site/src/data/pageData';
import Entry from '@site/src/components/Troubleshooting/Entry';

/** A guide's Troubleshooting section: the software's error entries, then the journey's. */
export default function GuideTroubleshooting({guide}: {guide: GuideData}): ReactNode {
  return (
    <>
      {guide.errors.map((entry) => (
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
