import type {ReactNode} from 'react';
import clsx from 'clsx';
import Layout from '@theme-original/Footer/Layout';
import type LayoutType from '@theme/Footer/Layout';
import type {WrapperProps} from '@docusaurus/types';
import Translate from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {BankContact, BankName} from '@site/src/components/Bank';
import {useBankProfile} from '@site/src/components/Bank/_utils';
import styles from './styles.module.css';

type Props = WrapperProps<typeof LayoutType>;

/** The bank that publishes the site and its customer support, under the footer's links. */
function BankFooter(): ReactNode {
  const profile = useBankProfile();
  const logo = useBaseUrl(profile.brand.logo);
  // The name follows the logo, so the logo itself is decorative.
  return (
    <div className={styles.bank}>
      <img className={styles.logo} src={logo} alt="" width={32} height={32} />
      <div>
        <p className={clsx('footer__title', styles.title)}>
          <Translate
            id="bank.footer.title"
            description="Footer heading; {bank} is the name of the bank that publishes the site"
            values={{bank: <BankName />}}>
            {'{bank} customer support'}
          </Translate>
        </p>
        <BankContact />
      </div>
    </div>
  );
}

/** The theme's footer with the bank's name and customer support channels. */
export default function FooterLayoutWrapper(props: Props): ReactNode {
  return (
    <Layout
      {...props}
      links={
        <>
          {props.links}
          <BankFooter />
        </>
      }
    />
  );
}
