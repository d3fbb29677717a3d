/**
 * The parts of the accessibility statement that come from the audit file, as
 * the accessibility plugin published them in the page's locale: status, rate,
 * non-conformities, criteria not audited yet, derogations, exempt content,
 * date, test environment and sample pages. The statement's prose is the MDX
 * page's (docs/accessibility.mdx and its translation), which imports this
 * module as a namespace (`<Statement.ConformityStatus />`): each export is
 * tagged `@public` for knip, which does not follow MDX namespace imports.
 *
 * @module
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import statement from '@accessibility-data/statement.json';
import type {StatementCriterion} from '@site/src/data/accessibilityData';
import {formatRate, statusLabel} from './status';

/** "partially compliant". @public */
export function ConformityStatus(): ReactNode {
  return <strong>{statusLabel(statement.status)}</strong>;
}

/**
 * Why the site is not fully compliant, after its status: nothing when it is.
 * @public
 */
export function ConformityReason(): ReactNode {
  if (statement.status === 'full') return null;
  return (
    <Translate
      id="accessibility.status.reason"
      description="After the conformity status when the site is not fully compliant, with its leading comma">
      {', because of the non-conformities and the criteria not yet audited listed below'}
    </Translate>
  );
}

/** The rate and what it counts. @public */
export function ConformityRate(): ReactNode {
  const {i18n} = useDocusaurusContext();
  return (
    <Translate
      id="accessibility.rate"
      description="The RGAA rate in the accessibility statement; {rate} is a number"
      values={{
        rate: <strong>{formatRate(statement.rate, i18n.currentLocale)}</strong>,
        compliant: statement.compliant,
        applicable: statement.applicable,
        notApplicable: statement.notApplicable,
        total: statement.total,
      }}>
      {
        '{rate} % of the RGAA criteria are met: {compliant} of the {applicable} criteria that apply to the sample pages ({notApplicable} of the {total} criteria do not apply).'
      }
    </Translate>
  );
}

function CriteriaList({
  criteria,
  none,
}: {
  criteria: readonly StatementCriterion[];
  none: string;
}): ReactNode {
  if (criteria.length === 0) return <p>{none}</p>;
  return (
    <ul>
      {criteria.map((criterion) => (
        <li key={criterion.id}>
          <Translate
            id="accessibility.criterion"
            description="A criterion in the statement: its RGAA id, theme and title"
            values={{id: criterion.id, theme: criterion.theme, title: criterion.title}}>
            {'Criterion {id} ({theme}): {title}.'}
          </Translate>{' '}
          {criterion.finding}{' '}
          {criterion.pages.length === statement.samplePageCount ? (
            <Translate
              id="accessibility.criterion.allPages"
              description="A criterion in the statement is about every sample page">
              {'Pages: every page of the sample.'}
            </Translate>
          ) : (
            <Translate
              id="accessibility.criterion.pages"
              description="The sample pages a criterion is about; {pages} is a list of page titles"
              values={{pages: criterion.pages.join(', ')}}>
              {'Pages: {pages}.'}
            </Translate>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The criteria not met on the sample, with what fails and the plan. @public */
export function NonCompliantCriteria(): ReactNode {
  return (
    <CriteriaList
      criteria={statement.nonCompliant}
      none={translate({
        id: 'accessibility.nonCompliant.none',
        message: 'The audit found no criterion that is not met.',
        description: 'Shown when the audit has no non-compliant criterion',
      })}
    />
  );
}

/** The criteria the audit could not check yet (counted as not met). @public */
export function NotTestedCriteria(): ReactNode {
  return (
    <CriteriaList
      criteria={statement.notTested}
      none={translate({
        id: 'accessibility.notTested.none',
        message: 'Every criterion was audited.',
        description: 'Shown when the audit checked every criterion',
      })}
    />
  );
}

function TextList({items, none}: {items: readonly string[]; none: string}): ReactNode {
  if (items.length === 0) return <p>{none}</p>;
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** @public */
export function Derogations(): ReactNode {
  return (
    <TextList
      items={statement.derogations}
      none={translate({
        id: 'accessibility.derogations.none',
        message: 'No content is exempted on the grounds of disproportionate burden.',
        description: 'Shown when the audit lists no derogation',
      })}
    />
  );
}

/** @public */
export function ExemptContent(): ReactNode {
  return (
    <TextList
      items={statement.exempt}
      none={translate({
        id: 'accessibility.exempt.none',
        message: 'The site has no content outside the obligation.',
        description: 'Shown when the audit lists no exempt content',
      })}
    />
  );
}

/** The audit's date, written out in the page's language. @public */
export function AuditDate(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const date = new Date(`${statement.date}T00:00:00Z`);
  return (
    <time dateTime={statement.date}>
      {new Intl.DateTimeFormat(i18n.currentLocale, {dateStyle: 'long', timeZone: 'UTC'}).format(
        date,
      )}
    </time>
  );
}

/** Who audited, with which browsers, assistive technologies and tools. @public */
export function TestEnvironment(): ReactNode {
  return (
    <ul>
      <li>
        <Translate
          id="accessibility.environment.auditor"
          description="Who made the audit"
          values={{auditor: statement.auditor}}>
          {'Audit made by: {auditor}.'}
        </Translate>
      </li>
      <li>
        <Translate
          id="accessibility.environment.browsers"
          description="Browsers of the audit"
          values={{browsers: statement.browsers.join(', ')}}>
          {'Browsers: {browsers}.'}
        </Translate>
      </li>
      <li>
        {statement.assistiveTechnologies.length > 0 ? (
          <Translate
            id="accessibility.environment.assistive"
            description="Assistive technologies of the audit"
            values={{technologies: statement.assistiveTechnologies.join(', ')}}>
            {'Assistive technologies: {technologies}.'}
          </Translate>
        ) : (
          <Translate
            id="accessibility.environment.assistive.none"
            description="When the audit used no screen reader or other assistive technology">
            {
              'Assistive technologies: none. No screen reader was used: the scripted controls were checked in the accessibility tree of the browser, which screen readers read.'
            }
          </Translate>
        )}
      </li>
      {statement.tools.map((tool) => (
        <li key={tool.name}>
          <Translate
            id="accessibility.environment.tool"
            description="A tool of the audit: its name and version, then what it was used for"
            values={{
              tool: tool.version ? `${tool.name} ${tool.version}` : tool.name,
              use: tool.use,
            }}>
            {'{tool}: {use}'}
          </Translate>
        </li>
      ))}
    </ul>
  );
}

/** The pages of the sample, linked. @public */
export function SamplePages(): ReactNode {
  return (
    <ul>
      {statement.samplePages.map((page) => (
        <li key={page.path}>
          <Link to={page.path}>{page.title}</Link>
        </li>
      ))}
    </ul>
  );
}
