import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {
  findIntegration,
  integrationIdOfDoc,
  type Integration,
  type LocalizedText,
} from '@site/src/data/integrations';
import {PREREQUISITE_LABELS} from '@site/src/data/integrations/labels';

/** The software a guide page is about, from the page's doc id. */
export function useGuideIntegration(): Integration {
  const {metadata} = useDoc();
  const id = integrationIdOfDoc(metadata.id);
  const integration = id === undefined ? undefined : findIntegration(id);
  if (!integration) {
    throw new Error(`The doc "${metadata.id}" is not the guide of a software in the registry`);
  }
  return integration;
}

/** Picks the reader's language from a registry text. */
export function useLocalized(): (text: LocalizedText) => string {
  const {i18n} = useDocusaurusContext();
  return (text) => (i18n.currentLocale === 'fr' ? text.fr : text.en);
}

/** The label and text of each "Before you start" item, from the registry. */
export function checklistItems(
  integration: Integration,
  localized: (text: LocalizedText) => string,
): {label: string; text: string}[] {
  const items: {label: string; text: string}[] = [];
  if (integration.connectAs) {
    items.push({
      label: translate({id: 'guide.checklist.connectAs.label', message: 'Who can connect'}),
      text: localized(integration.connectAs),
    });
  }
  if (integration.editions?.supported) {
    items.push({
      label: translate({id: 'guide.checklist.supported.label', message: 'Supported'}),
      text: localized(integration.editions.supported),
    });
  }
  if (integration.editions?.unsupported) {
    items.push({
      label: translate({id: 'guide.checklist.unsupported.label', message: 'Not supported'}),
      text: localized(integration.editions.unsupported),
    });
  }
  for (const prerequisite of integration.prerequisites ?? []) {
    const {label, description} = PREREQUISITE_LABELS[prerequisite];
    items.push({label, text: description});
  }
  return items;
}

/** The checklist as plain lines, for the messages people copy. */
export function checklistLines(
  integration: Integration,
  localized: (text: LocalizedText) => string,
): string[] {
  return checklistItems(integration, localized).map(({label, text}) =>
    translate(
      {id: 'guide.checklist.item', message: '{label}: {description}'},
      {label, description: text},
    ),
  );
}

/** A short message, in the page's language, that support staff paste into an email or chat. */
export function customerMessage(
  integration: Integration,
  guideUrl: string,
  checklist: readonly string[],
): string {
  return translate(
    {
      id: 'sharing.customerMessage',
      description: 'Message copied by "Send to customer"; keep the line breaks',
      message: `Hello,

Here is the step-by-step guide to connect {name}: {url}

It takes about {minutes} minutes. Before you start, check this list:
{checklist}

Open the Link URL we sent you to start. If you call us for help, be ready to share your screen.

Kind regards`,
    },
    {
      name: integration.name,
      url: guideUrl,
      minutes: integration.effort?.minutes ?? 0,
      checklist: checklist.map((line) => `- ${line}`).join('\n'),
    },
  );
}

/** The message a customer forwards to the colleague who holds the role the connection needs. */
export function administratorMessage(
  integration: Integration,
  guideUrl: string,
  checklist: readonly string[],
): string {
  return translate(
    {
      id: 'guide.adminMessage.text',
      description:
        'Message a customer forwards to the person who can connect; keep the line breaks',
      message: `Hello,

Our bank asks us to connect {name} to Spend Insights so that it can read our supplier data. I cannot do it myself: it needs someone who matches this list:
{checklist}

The step-by-step guide: {url}

I will forward you the connection link (Link URL) the bank sent us. Could you open it and follow the guide, or give me the access it needs?

Thank you`,
    },
    {
      name: integration.name,
      url: guideUrl,
      checklist: checklist.map((line) => `- ${line}`).join('\n'),
    },
  );
}
