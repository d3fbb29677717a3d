import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import type {CatalogEntry} from '@site/src/data/pageData';
import {EFFORT_LABELS} from '@site/src/data/labels';
import {guidePath} from '@site/src/data/paths';
import KnownIssues from '@site/src/components/KnownIssues';
import {BankName, ContactYourBank, NotInOffer} from '@site/src/components/Bank';
import styles from './styles.module.css';

/**
 * The start page's three-question guide for customers: which software, online
 * or installed on a computer, and are you its administrator. Every answer is a
 * plain link to an anchor of the page or to a guide, so the whole guide is in
 * the static HTML and works without JavaScript.
 *
 * @module
 */

/** The id of the list of software (question 1), which each answer links back to. */
export const CHOICES_ANCHOR = 'start-choices';

/** The id of the answer for software that is not in the list. */
export const NOT_LISTED_ANCHOR = 'start-not-listed';

/** The id of the answer block of a software on the start page. */
export function startAnchor(id: string): string {
  return `start-${id}`;
}

/** True when the software is installed on a computer rather than used online. */
export function isInstalled(entry: Pick<CatalogEntry, 'tags'>): boolean {
  return entry.tags.includes('on-premise');
}

/** The start page's software: every software with a guide, in the page's name order. */
export interface StartGuideProps {
  readonly software: readonly CatalogEntry[];
}

/** The first word of a software's name: its vendor's brand, such as QuickBooks or Sage. */
function brandOf(entry: CatalogEntry): string {
  return entry.name.split(/\s+/)[0]!;
}

/**
 * Software of the same brand that runs the other way (online for installed
 * software, installed for online software): a customer who answered question 1
 * with the wrong one finds the right one here.
 */
function otherWayRound(entry: CatalogEntry, all: readonly CatalogEntry[]): CatalogEntry[] {
  return all.filter(
    (other) =>
      other.id !== entry.id &&
      brandOf(other) === brandOf(entry) &&
      isInstalled(other) !== isInstalled(entry),
  );
}

/** Question 1: the list of software, each one a link to its answers further down the page. */
export function StartGuideChoices({software}: StartGuideProps): ReactNode {
  useBrokenLinks().collectAnchor(CHOICES_ANCHOR);
  return (
    <ul id={CHOICES_ANCHOR} className={styles.choices}>
      {software.map((entry) => (
        <li key={entry.id}>
          <Link to={`#${startAnchor(entry.id)}`} className={styles.choice}>
            {entry.name}
          </Link>
        </li>
      ))}
      <li>
        <Link to={`#${NOT_LISTED_ANCHOR}`} className={styles.choice}>
          <Translate id="startGuide.choices.notListed">My software is not in the list</Translate>
        </Link>
      </li>
    </ul>
  );
}

/** Links to the answers of several software, joined with "or" the way the reader's language does. */
function SoftwareLinks({software}: {software: readonly CatalogEntry[]}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const parts = new Intl.ListFormat(i18n.currentLocale, {type: 'disjunction'}).formatToParts(
    software.map((entry) => entry.id),
  );
  return parts.map((part, index) => {
    const entry = software.find((candidate) => candidate.id === part.value);
    return part.type === 'element' && entry ? (
      <Link key={index} to={`#${startAnchor(entry.id)}`}>
        {entry.name}
      </Link>
    ) : (
      <span key={index}>{part.value}</span>
    );
  });
}

/** Question 2, answered by the registry: online, or installed on a computer. */
function WhereItRuns({entry, all}: {entry: CatalogEntry; all: readonly CatalogEntry[]}): ReactNode {
  const others = otherWayRound(entry, all);
  const prerequisites = entry.prerequisites ?? [];
  return (
    <>
      <Heading as="h4" className={styles.question}>
        <Translate id="startGuide.answer.where.question">
          2. Online, or installed on a computer?
        </Translate>
      </Heading>
      {isInstalled(entry) ? (
        <p>
          <Translate id="startGuide.answer.installed" values={{name: entry.name}}>
            {
              '{name} is installed on a computer: do the set-up at the computer where you use it, not on a phone.'
            }
          </Translate>
          {prerequisites.includes('windows-only') && (
            <>
              {' '}
              <Translate id="startGuide.answer.installed.windows">
                It must be a Windows computer.
              </Translate>
            </>
          )}
        </p>
      ) : (
        <p>
          <Translate id="startGuide.answer.online" values={{name: entry.name}}>
            {'{name} runs online: you connect it by signing in to it in your web browser.'}
          </Translate>
          {prerequisites.includes('computer-recommended') && (
            <>
              {' '}
              <Translate id="startGuide.answer.online.computer">
                Use a computer rather than a phone: the sign-in and approval pages are not designed
                for phones.
              </Translate>
            </>
          )}
        </p>
      )}
      {others.length > 0 && (
        <p>
          {isInstalled(entry) ? (
            <Translate
              id="startGuide.answer.installed.other"
              values={{brand: brandOf(entry), links: <SoftwareLinks software={others} />}}>
              {'Do you sign in to {brand} in a web browser instead? Then go to {links}.'}
            </Translate>
          ) : (
            <Translate
              id="startGuide.answer.online.other"
              values={{brand: brandOf(entry), links: <SoftwareLinks software={others} />}}>
              {'Do you start {brand} from an icon on your computer instead? Then go to {links}.'}
            </Translate>
          )}
        </p>
      )}
    </>
  );
}

/** Question 3: are you its administrator? Yes leads to the steps, no to the administrator message. */
function WhoConnects({entry}: {entry: CatalogEntry}): ReactNode {
  const guide = guidePath(entry.id);
  return (
    <>
      <Heading as="h4" className={styles.question}>
        <Translate id="startGuide.answer.admin.question">3. Are you its administrator?</Translate>
      </Heading>
      {entry.connectAs && (
        <p>
          <Translate id="startGuide.answer.connectAs" values={{who: entry.connectAs}}>
            {'Who can connect: {who}.'}
          </Translate>
        </p>
      )}
      <ul className={styles.outcomes}>
        <li>
          <Link to={`${guide}#steps`} className={styles.outcome}>
            <strong>
              <Translate id="startGuide.answer.admin.yes">Yes, I am:</Translate>
            </strong>{' '}
            <Translate id="startGuide.answer.admin.yes.link" values={{name: entry.name}}>
              {'connect {name} step by step'}
            </Translate>
          </Link>
        </li>
        <li>
          <Link to={`${guide}#before-you-start`} className={styles.outcome}>
            <strong>
              <Translate id="startGuide.answer.admin.no">No, or I am not sure:</Translate>
            </strong>{' '}
            <Translate id="startGuide.answer.admin.no.link" values={{name: entry.name}}>
              {'check who can connect {name} and copy a message for them'}
            </Translate>
          </Link>
        </li>
      </ul>
    </>
  );
}

function BackToChoices(): ReactNode {
  return (
    <p className={styles.back}>
      <Link to={`#${CHOICES_ANCHOR}`}>
        <Translate id="startGuide.answer.back">Back to the list of software</Translate>
      </Link>
    </p>
  );
}

function SoftwareAnswer({
  entry,
  all,
}: {
  entry: CatalogEntry;
  all: readonly CatalogEntry[];
}): ReactNode {
  return (
    <section className={styles.answer}>
      <Heading as="h3" id={startAnchor(entry.id)}>
        {entry.name}
      </Heading>
      {entry.effort && (
        <p className={styles.time}>
          <Translate
            id="startGuide.answer.effort"
            values={{
              level: EFFORT_LABELS[entry.effort.level].label,
              description: EFFORT_LABELS[entry.effort.level].description,
            }}>
            {'Effort: {level}. {description}'}
          </Translate>
        </p>
      )}
      <NotInOffer entry={entry} />
      <KnownIssues integration={entry} />
      <WhereItRuns entry={entry} all={all} />
      <WhoConnects entry={entry} />
      <BackToChoices />
    </section>
  );
}

function NotListedAnswer(): ReactNode {
  return (
    <section className={styles.answer}>
      <Heading as="h3" id={NOT_LISTED_ANCHOR}>
        {translate({id: 'startGuide.notListed.title', message: 'My software is not in the list'})}
      </Heading>
      <p>
        <Translate id="startGuide.notListed.text" values={{bank: <BankName />}}>
          {
            'You can still share your data without a direct connection: you export two reports from your software, a Suppliers report and a Bills report, and upload them through the same link from {bank}.'
          }
        </Translate>
      </p>
      <ul className={styles.outcomes}>
        <li>
          <Link to="/spend-insights/resources/link-file" className={styles.outcome}>
            <Translate id="startGuide.notListed.upload">Upload files instead</Translate>
          </Link>
        </li>
        <li>
          <Link
            to="/spend-insights/resources/customer-faqs#software-not-listed"
            className={styles.outcome}>
            <Translate id="startGuide.notListed.faq">
              Read what to do when your software is not listed
            </Translate>
          </Link>
        </li>
      </ul>
      <ContactYourBank />
      <BackToChoices />
    </section>
  );
}

/**
 * Questions 2 and 3: one block per software (anchor `start-<id>`), then the
 * block for software that is not in the list.
 */
export function StartGuideAnswers({software}: StartGuideProps): ReactNode {
  return (
    <div className={styles.answers}>
      {software.map((entry) => (
        <SoftwareAnswer key={entry.id} entry={entry} all={software} />
      ))}
      <NotListedAnswer />
    </div>
  );
}
