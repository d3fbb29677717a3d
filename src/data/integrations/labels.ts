import {translate} from '@docusaurus/Translate';
import type {EffortLevel, FileReport, IntegrationTag} from './model';

/** A label with the sentence that explains it (shown as the badge's tooltip and filter hint). */
export interface Label {
  readonly label: string;
  readonly description: string;
}

export const TAG_LABELS: Readonly<Record<IntegrationTag, Label>> = {
  premium: {
    label: translate({id: 'integrations.tag.premium.label', message: 'Premium'}),
    description: translate({
      id: 'integrations.tag.premium.description',
      message:
        'A premium integration: check with your bank that it is included before the customer starts.',
    }),
  },
  'on-premise': {
    label: translate({id: 'integrations.tag.onPremise.label', message: 'On-premise'}),
    description: translate({
      id: 'integrations.tag.onPremise.description',
      message:
        "Runs on the customer's own computer or server: a connector is installed on that machine, so a computer is needed.",
    }),
  },
};

export const EFFORT_LABELS: Readonly<Record<EffortLevel, Label>> = {
  quick: {
    label: translate({id: 'integrations.effort.quick.label', message: 'Quick'}),
    description: translate({
      id: 'integrations.effort.quick.description',
      message: 'Sign in and approve.',
    }),
  },
  moderate: {
    label: translate({id: 'integrations.effort.moderate.label', message: 'Moderate'}),
    description: translate({
      id: 'integrations.effort.moderate.description',
      message: 'One extra step, such as choosing a company or an administrator approval.',
    }),
  },
  involved: {
    label: translate({id: 'integrations.effort.involved.label', message: 'Involved'}),
    description: translate({
      id: 'integrations.effort.involved.description',
      message: 'Set-up by an administrator or an installation before the connection.',
    }),
  },
};

export const REPORT_LABELS: Readonly<Record<FileReport, Label>> = {
  suppliers: {
    label: translate({id: 'integrations.report.suppliers.label', message: 'Suppliers'}),
    description: translate({
      id: 'integrations.report.suppliers.description',
      message: 'The list of suppliers.',
    }),
  },
  bills: {
    label: translate({id: 'integrations.report.bills.label', message: 'Bills'}),
    description: translate({
      id: 'integrations.report.bills.description',
      message: 'Bills received from suppliers, with amounts, dates and status.',
    }),
  },
  payments: {
    label: translate({id: 'integrations.report.payments.label', message: 'Payments'}),
    description: translate({
      id: 'integrations.report.payments.description',
      message: 'Payments made to suppliers.',
    }),
  },
  'direct-costs': {
    label: translate({id: 'integrations.report.directCosts.label', message: 'Direct costs'}),
    description: translate({
      id: 'integrations.report.directCosts.description',
      message: 'Spending recorded without a bill.',
    }),
  },
};
