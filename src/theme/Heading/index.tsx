import {isValidElement, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {useAnchorTargetClassName} from '@docusaurus/theme-common';
import type {Props} from '@theme/Heading';
import {useCopyButton} from '@site/src/components/CopyButton';
import copyStyles from '@site/src/components/CopyButton/styles.module.css';
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

/** The copy-link button of a heading, and its feedback, which HTML does not allow inside it. */
function useHeadingCopyLink(id: string, headingText: string) {
  const shareableUrl = useShareableUrl();
  return useCopyButton({
    iconOnly: true,
    getText: () => shareableUrl({hash: id}),
    label: translate(
      {id: 'sharing.copyHeadingLink.label', message: 'Copy link to "{heading}"'},
      {heading: headingText},
    ),
  });
}

function ShareableHeading({
  as: As,
  id,
  headingText,
  children,
  ...props
}: Props & {as: 'h2' | 'h3'; id: string; headingText: string}): ReactNode {
  const {button, feedback} = useHeadingCopyLink(id, headingText);
  return (
    <>
      <As {...props} id={id}>
        {children}
        <span className={copyStyles.iconOnlyWrapper}>{button}</span>
      </As>
      <div className={copyStyles.headingFeedback}>{feedback}</div>
    </>
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
  const className = clsx('anchor', anchorTargetClassName, props.className);
  const children = (
    <>
      {props.children}
      <Link
        className="hash-link"
        to={`#${id}`}
        aria-label={directLinkTitle}
        title={directLinkTitle}
        translate="no">
        {ZERO_WIDTH_SPACE}
      </Link>
    </>
  );
  if (As === 'h2' || As === 'h3') {
    return (
      <ShareableHeading {...props} as={As} id={id} headingText={headingText} className={className}>
        {children}
      </ShareableHeading>
    );
  }
  return (
    <As {...props} id={id} className={className}>
      {children}
    </As>
  );
}
