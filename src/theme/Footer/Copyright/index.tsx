/**
 * The theme's footer copyright, preceded by the links every page must carry:
 * the accessibility statement with the site's RGAA status (« Accessibilité :
 * partiellement conforme », computed by src/plugins/accessibility from the
 * audit), the legal notice and the privacy notice.
 *
 * @module
 */
import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {usePluginData} from '@docusaurus/useGlobalData';
import Copyright from '@theme-original/Footer/Copyright';
import type {Props} from '@theme/Footer/Copyright';
import type {AccessibilityGlobalData} from '@site/src/data/accessibilityData';
import {statusLabel} from '@site/src/components/AccessibilityStatement/status';
import styles from './styles.module.css';

export default function CopyrightWithStatement(props: Props): ReactNode {
  const {status} = usePluginData('spend-insights-accessibility') as AccessibilityGlobalData;
  return (
    <>
      <nav
        className={styles.legal}
        aria-label={translate({
          id: 'footer.legal.label',
          message: 'Accessibility and legal information',
          description:
            'Name of the footer navigation with the accessibility statement and legal pages',
        })}>
        <ul>
          <li>
            <Link
              className="footer__link-item"
              to="/accessibility"
              data-accessibility-status={status}>
              {translate(
                {
                  id: 'footer.accessibility',
                  message: 'Accessibility: {status}',
                  description:
                    'Footer link to the accessibility statement; {status} is the RGAA status',
                },
                {status: statusLabel(status)},
              )}
            </Link>
          </li>
          <li>
            <Link className="footer__link-item" to="/legal-notice">
              {translate({
                id: 'footer.legalNotice',
                message: 'Legal notice',
                description: 'Footer link to the legal notice (Mentions légales)',
              })}
            </Link>
          </li>
          <li>
            <Link className="footer__link-item" to="/privacy">
              {translate({
                id: 'footer.privacy',
                message: 'Privacy',
                description: 'Footer link to the privacy notice',
              })}
            </Link>
          </li>
        </ul>
      </nav>
      <Copyright {...props} />
    </>
  );
}
