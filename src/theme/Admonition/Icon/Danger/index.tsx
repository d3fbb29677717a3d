import type {ReactNode} from 'react';
import type {Props} from '@theme/Admonition/Icon/Danger';
import Original from '@theme-original/Admonition/Icon/Danger';

/**
 * The theme's "danger" icon, sized in its attributes (CSS sizes it, but without style
 * sheets an SVG without a size fills the page's width: RGAA 10.3) and hidden from
 * assistive technologies (the admonition's title says what it is: RGAA 1.2).
 */
export default function AdmonitionIconDanger(props: Props): ReactNode {
  return <Original width={12} height={16} aria-hidden="true" {...props} />;
}
