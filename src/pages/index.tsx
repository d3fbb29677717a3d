import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import EntryPoints from '@site/src/components/EntryPoints';
import styles from './index.module.css';

export default function Home(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  return (
    <Layout
      title={translate({id: 'home.meta.title', message: 'Connect accounting software'})}
      description={translate({
        id: 'home.meta.description',
        message:
          'How business customers connect their accounting software to Spend Insights, and how support staff help them.',
      })}>
      <main className={styles.main}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            {siteConfig.title}
          </Heading>
          <p className={styles.lead}>
            <Translate id="home.lead">
              Spend Insights lets your bank read a business customer&apos;s accounts-payable data:
              suppliers, bills and payments. Once the customer connects its accounting software, the
              data stays up to date without any file to send.
            </Translate>
          </p>
          <EntryPoints />
        </div>
      </main>
    </Layout>
  );
}
