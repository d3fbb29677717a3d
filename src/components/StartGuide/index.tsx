import type {ReactNode} from 'react';
import catalog from '@integrations-data/catalog.json';
import {hasGuide} from '@site/src/data/paths';
import {StartGuideAnswers as Answers, StartGuideChoices as Choices} from './Questions';

/** Every software with a guide, from the plugin's catalog module in the page's language. */
const software = catalog.filter(hasGuide);

/** Question 1 of the start page: which software. */
export function StartGuideChoices(): ReactNode {
  return <Choices software={software} />;
}

/** Questions 2 and 3 of the start page, for every software, then for software not listed. */
export function StartGuideAnswers(): ReactNode {
  return <Answers software={software} />;
}
