import type {ReactNode} from 'react';
import {translate} from './Translate';

/** The theme's external-link icon: its label, which tells that a new tab opens. */
export default function IconExternalLink(): ReactNode {
  return (
    <svg
      aria-label={translate({
        id: 'theme.IconExternalLink.ariaLabel',
        message: '(opens in new tab)',
      })}
    />
  );
}
