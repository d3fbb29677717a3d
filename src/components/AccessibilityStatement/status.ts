/**
 * The RGAA conformity status and rate as every page words them, in the page's
 * language: the footer's mention and the statement.
 *
 * @module
 */
import {translate} from '@docusaurus/Translate';
import type {ConformityStatusId} from '@site/src/data/accessibilityData';

/** "partially compliant", « partiellement conforme »… */
export function statusLabel(status: ConformityStatusId): string {
  switch (status) {
    case 'full':
      return translate({
        id: 'accessibility.status.full',
        message: 'fully compliant',
        description: 'RGAA conformity status: every applicable criterion is met',
      });
    case 'partial':
      return translate({
        id: 'accessibility.status.partial',
        message: 'partially compliant',
        description: 'RGAA conformity status: at least half of the applicable criteria are met',
      });
    case 'none':
      return translate({
        id: 'accessibility.status.none',
        message: 'not compliant',
        description: 'RGAA conformity status: less than half of the applicable criteria are met',
      });
  }
}

/** A rate in percent as the locale writes numbers (72.5, 72,5). */
export function formatRate(rate: number, locale: string): string {
  return new Intl.NumberFormat(locale, {maximumFractionDigits: 2}).format(rate);
}
