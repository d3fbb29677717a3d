import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {GuideData, PublishedSource} from '@site/src/data/pageData';
import styles from './styles.module.css';

/** The id of the guide's Sources heading, which the header's verification line points to. */
export const SOURCES_HEADING_ID = 'sources';

/** "(in French)" after a source whose page is not in the reader's language. */
function LanguageMark({language}: {language: string}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const name = new Intl.DisplayNames([i18n.currentLocale], {type: 'language'}).of(language);
  return (
    <span className={styles.language}>
      {' '}
      {translate(
        {
          id: 'sources.language',
          description: 'After a source link whose page is in another language, e.g. "(in English)"',
          message: '(in {language})',
        },
        {language: name ?? language},
      )}
    </span>
  );
}

/** A source as customers see it: its publisher and page title, and its language when it differs. */
export function SourceLink({source}: {source: PublishedSource}): ReactNode {
  return (
    <>
      <Link href={source.url} hrefLang={source.language}>
        <span lang={source.language}>{source.label}</span>
      </Link>
      {source.language && <LanguageMark language={source.language} />}
    </>
  );
}

/** Sources inline, joined with commas: under an error entry or a known issue. */
export function SourceLinks({sources}: {sources: readonly PublishedSource[]}): ReactNode {
  return sources.map((source, index) => (
    <span key={source.url}>
      {index > 0 && ', '}
      <SourceLink source={source} />
    </span>
  ));
}

/** The pages a guide was checked against, listed at its end. */
export default function GuideSources({guide}: {guide: GuideData}): ReactNode {
  return (
    <ul className={styles.sources}>
      {guide.verified.sources.map((source) => (
        <li key={source.url}>
          <SourceLink source={source} />
        </li>
      ))}
    </ul>
  );
}
