import {translate} from '@docusaurus/Translate';
import type {EffortLevel, FileReport, IntegrationTag, Prerequisite} from './model';

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
        "A premium integration: available only when the bank's offer includes it; its guide says when it does not.",
    }),
  },
  'on-premise': {
    label: translate({id: 'integrations.tag.onPremise.label', message: 'On-premise'}),
    description: translate({
      id: 'integrations.tag.onPremise.description',
      message:
        "Installed on the customer's own computer or server: a connector is installed there, so a computer is needed.",
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

export const PREREQUISITE_LABELS: Readonly<Record<Prerequisite, Label>> = {
  'windows-only': {
    label: translate({
      id: 'integrations.prerequisite.windowsOnly.label',
      message: 'A Windows computer',
    }),
    description: translate({
      id: 'integrations.prerequisite.windowsOnly.description',
      message: 'The connector runs on Windows only: it cannot be installed on a Mac.',
    }),
  },
  'windows-admin-rights': {
    label: translate({
      id: 'integrations.prerequisite.windowsAdminRights.label',
      message: 'Administrator rights on that computer',
    }),
    description: translate({
      id: 'integrations.prerequisite.windowsAdminRights.description',
      message: 'Installing the connector needs a Windows account allowed to install programs.',
    }),
  },
  'install-connector': {
    label: translate({
      id: 'integrations.prerequisite.installConnector.label',
      message: 'An installation on your computer',
    }),
    description: translate({
      id: 'integrations.prerequisite.installConnector.description',
      message: 'You install a connector on the computer where the software is installed and used.',
    }),
  },
  'computer-on-to-sync': {
    label: translate({
      id: 'integrations.prerequisite.computerOnToSync.label',
      message: 'A computer that stays on',
    }),
    description: translate({
      id: 'integrations.prerequisite.computerOnToSync.description',
      message: 'Data is only shared while that computer is on.',
    }),
  },
  'multi-factor-sign-in': {
    label: translate({
      id: 'integrations.prerequisite.multiFactorSignIn.label',
      message: 'A way to receive a verification code',
    }),
    description: translate({
      id: 'integrations.prerequisite.multiFactorSignIn.description',
      message:
        'Signing in to the software may ask for a verification code. Depending on the software and your settings, it comes by text message, email or phone call, or from an authenticator app.',
    }),
  },
  'enable-features': {
    label: translate({
      id: 'integrations.prerequisite.enableFeatures.label',
      message: 'Features turned on by an administrator',
    }),
    description: translate({
      id: 'integrations.prerequisite.enableFeatures.description',
      message: 'An administrator turns on some features of the software before the connection.',
    }),
  },
  'install-vendor-app': {
    label: translate({
      id: 'integrations.prerequisite.installVendorApp.label',
      message: 'An app installed in the software',
    }),
    description: translate({
      id: 'integrations.prerequisite.installVendorApp.description',
      message: "The connection provider's app is installed in the software.",
    }),
  },
  'credentials-in-journey': {
    label: translate({
      id: 'integrations.prerequisite.credentialsInJourney.label',
      message: 'Sign-in details typed in the journey',
    }),
    description: translate({
      id: 'integrations.prerequisite.credentialsInJourney.description',
      message:
        "You type the software's sign-in details in the connection journey itself, not on the software's own page.",
    }),
  },
  'no-trial-company': {
    label: translate({
      id: 'integrations.prerequisite.noTrialCompany.label',
      message: 'A live company',
    }),
    description: translate({
      id: 'integrations.prerequisite.noTrialCompany.description',
      message: 'Trial companies cannot be connected.',
    }),
  },
  'periodic-reauthorisation': {
    label: translate({
      id: 'integrations.prerequisite.periodicReauthorisation.label',
      message: 'A renewal from time to time',
    }),
    description: translate({
      id: 'integrations.prerequisite.periodicReauthorisation.description',
      message:
        'The authorisation can expire after a while: your bank will tell you if you need to approve access again.',
    }),
  },
  'limited-release': {
    label: translate({
      id: 'integrations.prerequisite.limitedRelease.label',
      message: 'Limited release: your bank turns it on first',
    }),
    description: translate({
      id: 'integrations.prerequisite.limitedRelease.description',
      message:
        'This connection is not available by default. Your bank asks the connection provider to turn it on before you can use it.',
    }),
  },
  'api-access-user': {
    label: translate({
      id: 'integrations.prerequisite.apiAccessUser.label',
      message: 'Your user has API access',
    }),
    description: translate({
      id: 'integrations.prerequisite.apiAccessUser.description',
      message:
        'In Sage 200 Standard the API is on by default, but each user must be enabled for API access. Ask your Sage 200 administrator if you are unsure.',
    }),
  },
  'computer-recommended': {
    label: translate({
      id: 'integrations.prerequisite.computerRecommended.label',
      message: 'A computer rather than a phone',
    }),
    description: translate({
      id: 'integrations.prerequisite.computerRecommended.description',
      message: 'Part of the journey is not designed for phones: do it on a computer.',
    }),
  },
  'create-integration-user': {
    label: translate({
      id: 'integrations.prerequisite.createIntegrationUser.label',
      message: 'An administrator creates a dedicated integration user',
    }),
    description: translate({
      id: 'integrations.prerequisite.createIntegrationUser.description',
      message:
        'The connection uses a user created for it in the software, with the permissions it needs, not your own account.',
    }),
  },
  'top-level-access': {
    label: translate({
      id: 'integrations.prerequisite.topLevelAccess.label',
      message: 'Several entities: access to the top level',
    }),
    description: translate({
      id: 'integrations.prerequisite.topLevelAccess.description',
      message:
        'If your company has several entities, the administrator must reach the top level, and Multi-Entity Management must not restrict access to the top level only.',
    }),
  },
  'email-inbox': {
    label: translate({
      id: 'integrations.prerequisite.emailInbox.label',
      message: 'Access to an email inbox during the connection',
    }),
    description: translate({
      id: 'integrations.prerequisite.emailInbox.description',
      message:
        'The software emails the password of the new integration user. You need it to finish the journey.',
    }),
  },
  'entra-admin-consent': {
    label: translate({
      id: 'integrations.prerequisite.entraAdminConsent.label',
      message: 'App approval in Microsoft Entra',
    }),
    description: translate({
      id: 'integrations.prerequisite.entraAdminConsent.description',
      message:
        "If your organisation doesn't let users approve apps, a Microsoft Entra administrator (Cloud Application Administrator, Application Administrator or Privileged Role Administrator) must approve the app first.",
    }),
  },
};
