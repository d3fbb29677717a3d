import {translate} from '@docusaurus/Translate';
import type {GuideData} from '@site/src/data/pageData';
import {PREREQUISITE_LABELS} from '@site/src/data/labels';

/**
 * A checklist text as a sentence. Data files hold fragments ("a user with the
 * Company admin role") and the built-in labels hold sentences: every line ends
 * the same way.
 */
function withFinalStop(text: string): string {
  return /[.!?…]$/u.test(text) ? text : `${text}.`;
}

/** The label and text of each "Before you start" item, from the registry. */
export function checklistItems(guide: GuideData): {label: string; text: string}[] {
  return collectChecklistItems(guide).map(({label, text}) => ({label, text: withFinalStop(text)}));
}

function collectChecklistItems(guide: GuideData): {label: string; text: string}[] {
  const items: {label: string; text: string}[] = [];
  items.push({
    label: translate({id: 'guide.checklist.connectAs.label', message: 'Who can connect'}),
    text: guide.connectAs,
  });
  if (guide.editions?.supported) {
    items.push({
      label: translate({id: 'guide.checklist.supported.label', message: 'Supported'}),
      text: guide.editions.supported,
    });
  }
  if (guide.editions?.unsupported) {
    items.push({
      label: translate({id: 'guide.checklist.unsupported.label', message: 'Not supported'}),
      text: guide.editions.unsupported,
    });
  }
  for (const prerequisite of guide.prerequisites) {
    const {label, description} = PREREQUISITE_LABELS[prerequisite];
    items.push({label, text: description});
  }
  return items;
}

/** The checklist as plain lines, for the messages people copy. */
export function checklistLines(guide: GuideData): string[] {
  return checklistItems(guide).map(({label, text}) =>
    translate(
      {id: 'guide.checklist.item', message: '{label}: {description}'},
      {label, description: text},
    ),
  );
}

/** The bank that sends a message: its name and its customer support channels as plain lines. */
export interface MessageBank {
  readonly name: string;
  /** The name under which the bank sells the service (Spend Insights unless its profile says otherwise). */
  readonly service: string;
  readonly contact: readonly string[];
}

/** A short message, in the page's language, that support staff paste into an email or chat. */
export function customerMessage(
  guide: GuideData,
  guideUrl: string,
  checklist: readonly string[],
  bank: MessageBank,
): string {
  return translate(
    {
      id: 'sharing.customerMessage',
      description: 'Message copied by "Send to customer"; keep the line breaks',
      message: `Hello,

Here is the step-by-step guide to connect {name}: {url}

Before you start, check this list:
{checklist}

Open the Link URL we sent you to start. If you call us for help, be ready to share your screen. To reach us:
{contact}

Kind regards
{bank}`,
    },
    {
      name: guide.name,
      url: guideUrl,
      checklist: checklist.map((line) => `- ${line}`).join('\n'),
      contact: bank.contact.map((line) => `- ${line}`).join('\n'),
      bank: bank.name,
    },
  );
}

/** The message a customer forwards to the colleague who holds the role the connection needs. */
export function administratorMessage(
  guide: GuideData,
  guideUrl: string,
  checklist: readonly string[],
  bank: MessageBank,
): string {
  return translate(
    {
      id: 'guide.adminMessage.text',
      description:
        'Message a customer forwards to the person who can connect; keep the line breaks',
      message: `Hello,

Our bank, {bank}, asks us to connect {name} to {service} so that it can read our supplier data. I cannot do it myself: it needs someone who matches this list:
{checklist}

The step-by-step guide: {url}

I will forward you the connection link (Link URL) {bank} sent us. Could you open it and follow the guide, or give me the access it needs? If you have a question for {bank}:
{contact}

Thank you`,
    },
    {
      name: guide.name,
      url: guideUrl,
      checklist: checklist.map((line) => `- ${line}`).join('\n'),
      contact: bank.contact.map((line) => `- ${line}`).join('\n'),
      bank: bank.name,
      service: bank.service,
    },
  );
}
