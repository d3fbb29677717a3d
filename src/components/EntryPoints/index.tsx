import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

interface EntryPoint {
  readonly to: string;
  readonly audience: ReactNode;
  readonly title: ReactNode;
  readonly summary: ReactNode;
}

const entryPoints: readonly EntryPoint[] = [
  {
    to: '/spend-insights/connect',
    audience: <Translate id="home.entry.customers.audience">For customers</Translate>,
    title: <Translate id="home.entry.customers.title">Connect your software</Translate>,
    summary: (
      <Translate id="home.entry.customers.summary">
        Find your accounting software and follow its step-by-step guide.
      </Translate>
    ),
  },
  {
    to: '/spend-insights/guides/onboard-customer',
    audience: <Translate id="home.entry.support.audience">For support staff</Translate>,
    title: <Translate id="home.entry.support.title">Help a customer connect</Translate>,
    summary: (
      <Translate id="home.entry.support.summary">
        Share the Link URL, send the right guide and answer common questions.
      </Translate>
    ),
  },
  {
    to: '/contributing',
    audience: <Translate id="home.entry.writers.audience">For writers</Translate>,
    title: <Translate id="home.entry.writers.title">Contribute a guide</Translate>,
    summary: (
      <Translate id="home.entry.writers.summary">
        Add a software to the catalog and write its guide in English and French.
      </Translate>
    ),
  },
];

export default function EntryPoints(): ReactNode {
  return (
    <ul className={styles.grid}>
      {entryPoints.map((entry) => (
        <li key={entry.to} className={styles.card}>
          <Link to={entry.to} className={styles.link}>
            <span className={styles.audience}>{entry.audience}</span>
            <Heading as="h2" className={styles.title}>
              {entry.title}
            </Heading>
            <span className={styles.summary}>{entry.summary}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
