import {isValidElement, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {useAnchorTargetClassName} from '@docusaurus/theme-common';
import type {Props} from '@theme/Heading';
import CopyButton from '@site/src/components/CopyButton';
import {useShareableUrl} from '@site/src/utils/sharing';

/** Keeps the empty "#" link from collapsing; its symbol comes from CSS. */
const ZERO_WIDTH_SPACE = '\u200B';

/** The text a heading shows, through inline elements (code, quotes, emphasis). */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{children?: ReactNode}>(node)) return textOf(node.props.children);
  return '';
}

/** Section headings that staff link to: h2 (a part of a guide) and h3 (a step). */
const SHAREABLE_LEVELS: ReadonlySet<string> = new Set(['h2', 'h3']);

function HeadingCopyLink({id, headingText}: {id: string; headingText: string}): ReactNode {
  const shareableUrl = useShareableUrl();
  return (
    <CopyButton
      iconOnly
      getText={() => shareableUrl({hash: id})}
      label={translate(
        {id: 'sharing.copyHeadingLink.label', message: 'Copy link to "{heading}"'},
        {heading: headingText},
      )}
    />
  );
}

/**
 * The theme's heading (anchor target, "#" link, broken-anchor bookkeeping) with
 * a copy-link button on shareable sections.
 */
export default function Heading({as: As, id, ...props}: Props): ReactNode {
  const brokenLinks = useBrokenLinks();
  const anchorTargetClassName = useAnchorTargetClassName(id);
  if (As === 'h1' || !id) {
    return <As {...props} id={undefined} />;
  }
  brokenLinks.collectAnchor(id);
  const headingText = textOf(props.children).trim() || id;
  const directLinkTitle = translate(
    {
      id: 'theme.common.headingLinkTitle',
      message: 'Direct link to {heading}',
      description: 'Title for link to heading',
    },
    {heading: headingText},
  );
  return (
    <As {...props} id={id} className={clsx('anchor', anchorTargetClassName, props.className)}>
      {props.children}
      <Link
        className="hash-link"
        to={`#${id}`}
        aria-label={directLinkTitle}
        title={directLinkTitle}
        translate="no">
        {ZERO_WIDTH_SPACE}
      </Link>
      {SHAREABLE_LEVELS.has(As) && <HeadingCopyLink id={id} headingText={headingText} />}
    </As>
  );
}
