import {useCallback, useEffect, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {copyToClipboard} from '@site/src/utils/sharing';
import styles from './styles.module.css';

export interface CopyButtonProps {
  /** What to copy, computed when the button is pressed. */
  readonly getText: () => string;
  /** The button's visible text, or its accessible name when `iconOnly`. */
  readonly label: string;
  /** Shown and announced once the text is on the clipboard; "Link copied" by default. */
  readonly copiedMessage?: string;
  /** A small icon button, for headings. */
  readonly iconOnly?: boolean;
  /** The fallback shows a multi-line field for long texts. */
  readonly multiline?: boolean;
}

const CONFIRMATION_MS = 4000;

type State = {kind: 'idle'} | {kind: 'copied'} | {kind: 'manual'; text: string};

/** The two parts of a copy button, for a caller that places them apart. */
export interface CopyButtonParts {
  /** The button itself. */
  readonly button: ReactNode;
  /**
   * Its live region and, when the clipboard is refused, the selected text: a
   * block, which must not go inside a heading (a status region is not allowed
   * there in HTML).
   */
  readonly feedback: ReactNode;
}

/**
 * A copy button and its feedback, to render apart: the heading's button goes in
 * the heading and its feedback just after it.
 */
export function useCopyButton({
  getText,
  label,
  copiedMessage = translate({id: 'sharing.copyLink.copied', message: 'Link copied'}),
  iconOnly = false,
  multiline = false,
}: CopyButtonProps): CopyButtonParts {
  const [state, setState] = useState<State>({kind: 'idle'});
  // A ref callback runs in the commit that inserts the field, so the field is
  // never on screen unfocused, even for an instant, whatever the machine's load.
  const focusAndSelect = useCallback((field: HTMLInputElement | HTMLTextAreaElement | null) => {
    field?.focus();
    field?.select();
  }, []);

  useEffect(() => {
    if (state.kind !== 'copied') return undefined;
    const timer = window.setTimeout(() => setState({kind: 'idle'}), CONFIRMATION_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const text = getText();
    setState((await copyToClipboard(text)) ? {kind: 'copied'} : {kind: 'manual', text});
  };

  const manualHint = translate({
    id: 'sharing.copy.manualHint',
    message:
      'Copying was blocked by the browser. The text is selected: press Ctrl+C (⌘+C on a Mac) to copy it.',
  });
  const Field = multiline ? 'textarea' : 'input';

  const button = (
    <button
      type="button"
      className={clsx(
        iconOnly ? styles.iconButton : 'button button--secondary button--sm',
        styles.button,
      )}
      aria-label={iconOnly ? label : undefined}
      title={iconOnly ? label : undefined}
      data-copy-button=""
      onClick={copy}>
      <svg
        className={styles.icon}
        viewBox="0 0 24 24"
        width="16"
        height="16"
        aria-hidden="true"
        focusable="false">
        <path
          fill="currentColor"
          d="M16 1H4a2 2 0 0 0-2 2v14h2V3h12V1zm3 4H8a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2zm0 16H8V7h11v14z"
        />
      </svg>
      {!iconOnly && <span>{label}</span>}
    </button>
  );
  const feedback = (
    <>
      <span
        role="status"
        className={clsx(styles.status, state.kind === 'idle' && styles.statusIdle)}>
        {state.kind === 'copied' && copiedMessage}
        {state.kind === 'manual' && manualHint}
      </span>
      {state.kind === 'manual' && (
        <Field
          ref={focusAndSelect}
          className={styles.manualField}
          readOnly
          value={state.text}
          aria-label={label}
          onFocus={(event) => event.currentTarget.select()}
          {...(multiline ? {rows: 8} : {})}
        />
      )}
    </>
  );
  return {button, feedback};
}

/**
 * Copies a text and says so, visibly and to screen readers. When the browser
 * refuses the clipboard, the text is shown selected so it can be copied by hand.
 */
export default function CopyButton(props: CopyButtonProps): ReactNode {
  const {button, feedback} = useCopyButton(props);
  return (
    <span className={clsx(styles.wrapper, props.iconOnly && styles.iconOnlyWrapper)}>
      {button}
      {feedback}
    </span>
  );
}
