import type {ReactNode} from 'react';
import Admonition from '@theme/Admonition';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

export interface StaleTranslationNoticeProps {
  /** The source page's path in the default locale, as served. */
  readonly sourcePath: string;
  /** When the source page last changed, `YYYY-MM-DD`. */
  readonly changed: string;
}

/**
 * Put at the top of a translated page whose source changed since it was
 * translated (by `src/plugins/staleTranslations/remark.ts`), in the page's own
 * language: each locale translates it like any other UI string.
 */
export default function StaleTranslationNotice({
  sourcePath,
  changed,
}: StaleTranslationNoticeProps): ReactNode {
  const {i18n} = useDocusaurusContext();
  const date = new Intl.DateTimeFormat(i18n.currentLocale, {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${changed}T00:00:00Z`));
  return (
    <Admonition
      type="warning"
      title={translate({
        id: 'staleTranslation.title',
        message: 'Translation to update',
        description: 'Title of the notice on a translated page whose source page changed since',
      })}>
      <p>
        <Translate
          id="staleTranslation.text"
          values={{
            date: <time dateTime={changed}>{date}</time>,
            link: (
              // pathname:// keeps the source path as it is, outside this locale's base URL.
              <Link
                to={`pathname://${sourcePath}`}
                hrefLang={i18n.localeConfigs[i18n.defaultLocale]?.htmlLang}>
                <Translate id="staleTranslation.link">read the original page</Translate>
              </Link>
            ),
          }}>
          {
            'The original page changed on {date}, after this translation. Some information may be missing here or out of date: {link}.'
          }
        </Translate>
      </p>
    </Admonition>
  );
}
