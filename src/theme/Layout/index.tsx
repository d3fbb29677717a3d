import type {ReactNode} from 'react';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import OriginalLayout from '@theme-original/Layout';
import type {Props} from '@theme/Layout';

/**
 * The offline search plugin's results page puts its content straight into the
 * layout, without a main landmark; screen-reader users jump to it like any
 * other page's content.
 */
export default function Layout(props: Props): ReactNode {
  const searchPagePath = useBaseUrl('/search');
  const {pathname} = useLocation();
  if (pathname !== searchPagePath) return <OriginalLayout {...props} />;
  return (
    <OriginalLayout {...props}>
      <main>{props.children}</main>
    </OriginalLayout>
  );
}
