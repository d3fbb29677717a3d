import type {ReactNode} from 'react';
import type {Props} from '@theme/Admonition/Icon/Warning';
import Original from '@theme-original/Admonition/Icon/Warning';

/**
 * The theme's "warning" icon, sized in its attributes (CSS sizes it, but without style
 * sheets an SVG without a size fills the page's width: RGAA 10.3) and hidden from
 * assistive technologies (the admonition's title says what it is: RGAA 1.2).
 */
export default function AdmonitionIconWarning(props: Props): ReactNode {
  return <Original width={16} height={16} aria-hidden="true" {...props} />;
}
