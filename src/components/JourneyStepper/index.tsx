import {useId, type ReactNode} from 'react';
import styles from './styles.module.css';

export interface JourneyStepperProps {
  /** Caption read before the steps, for example "The connection journey". */
  readonly title: string;
  /** A Markdown ordered list: one item per step. */
  readonly children: ReactNode;
}

/**
 * Numbered stepper drawn with CSS around a real ordered list, so it is in the
 * static HTML and screen readers announce "list, 5 items".
 */
export default function JourneyStepper({title, children}: JourneyStepperProps): ReactNode {
  const captionId = useId();
  return (
    <figure className={styles.stepper} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.caption}>
        {title}
      </figcaption>
      {children}
    </figure>
  );
}
