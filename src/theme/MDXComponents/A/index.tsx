import type {ReactNode} from 'react';
import isInternalUrl from '@docusaurus/isInternalUrl';
import IconExternalLink from '@theme/Icon/ExternalLink';
import OriginalA from '@theme-original/MDXComponents/A';
import type {Props} from '@theme/MDXComponents/A';

/**
 * Body links that leave the site carry the theme's external-link icon, whose
 * translated label tells screen readers that a new tab opens. Link itself
 * adds target="_blank" and rel="noopener noreferrer".
 */
export default function MDXA(props: Props): ReactNode {
  const {href, children} = props;
  const leavesSite = href !== undefined && /^https?:\/\//.test(href) && !isInternalUrl(href);
  if (!leavesSite) {
    return <OriginalA {...props} />;
  }
  return (
    <OriginalA {...props}>
      {children}
      <IconExternalLink />
    </OriginalA>
  );
}
