import type {ComponentProps, ReactNode} from 'react';
import Home from '@theme-original/Icon/Home';

/**
 * The theme's home icon (breadcrumbs) with a size of its own: CSS sizes it, but
 * without style sheets an SVG without one fills the page width (RGAA 10.3).
 */
export default function IconHome(props: ComponentProps<typeof Home>): ReactNode {
  return <Home width={16} height={16} {...props} />;
}
