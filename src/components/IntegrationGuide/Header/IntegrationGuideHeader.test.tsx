import {cleanup, render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {MemoryRouter} from 'react-router-dom';
import {bankProfile, guideOf, registry} from '@site/tests/registry';
import {hasGuide} from '@site/src/data/paths';
import {PREREQUISITE_LABELS} from '@site/src/data/labels';
import {isOffered} from '@site/src/components/Bank/_utils';
import IntegrationGuideHeader from '.';

function renderGuide(id: string, path = `/spend-insights/integrations/${id}`) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <IntegrationGuideHeader guide={guideOf(id, 'en')} />
    </MemoryRouter>,
  );
}

describe('IntegrationGuideHeader', () => {
  it('shows effort, tags and countries from the registry', () => {
    renderGuide('sage-50-accounts');
    const facts = document.querySelector('dl')!;
    expect(facts).toHaveTextContent('Effort');
    expect(facts).toHaveTextContent('Involved');
    expect(facts).toHaveTextContent('Premium');
    expect(facts).toHaveTextContent('On-premise');
    expect(facts).toHaveTextContent('United Kingdom, Ireland');
  });

  it('says nothing about countries when no source states them', () => {
    renderGuide('freeagent');
    const facts = document.querySelector('dl')!;
    expect(facts).toHaveTextContent('Effort');
    expect(facts).not.toHaveTextContent('Countries');
    expect(facts).not.toHaveTextContent('Worldwide');
  });

  it('copies the absolute guide link', async () => {
    const user = userEvent.setup();
    renderGuide('xero');
    await user.click(screen.getByRole('button', {name: 'Copy link'}));
    expect(await navigator.clipboard.readText()).toBe(
      'https://docs.example.test/spend-insights/integrations/xero',
    );
  });

  it('copies a ready-to-send message with the link and the checklist', async () => {
    const user = userEvent.setup();
    renderGuide('quickbooks-online');
    await user.click(screen.getByRole('button', {name: 'Send to customer'}));
    const message = await navigator.clipboard.readText();
    expect(message).toContain(
      'Here is the step-by-step guide to connect QuickBooks Online: https://docs.example.test/spend-insights/integrations/quickbooks-online',
    );
    expect(message).toContain('Open the Link URL we sent you');
    // The "Before you start" checklist of the registry travels with the message.
    expect(message).toMatch(/- Who can connect: .+/);
    const mfa = PREREQUISITE_LABELS['multi-factor-sign-in'];
    expect(message).toContain(`- ${mfa.label}: ${mfa.description}`);
    expect(message).toContain('share your screen');
    // Signed by the bank, with its customer channels.
    expect(message.trimEnd().endsWith(`Kind regards\n${bankProfile.name.en}`)).toBe(true);
    const {email, phone} = bankProfile.customerSupport;
    if (email) expect(message).toContain(`- Email: ${email}`);
    if (phone) expect(message).toContain(phone);
    expect(
      await screen.findByText('Message copied: paste it into your email or chat'),
    ).toBeInTheDocument();
  });

  it("says when the software is not part of the bank's offer, and points to file upload", () => {
    const premium = registry.integrations.filter(
      (entry) => hasGuide(entry) && entry.tags.includes('premium'),
    );
    const outside = premium.find(
      (entry) => !isOffered(bankProfile, entry) && entry.methods.includes('file-upload'),
    );
    const inside = premium.find((entry) => isOffered(bankProfile, entry));
    if (outside) {
      renderGuide(outside.id);
      expect(document.querySelector(`[data-not-in-offer="${outside.id}"]`)).toHaveTextContent(
        `Not part of the ${bankProfile.name.en} offer.`,
      );
      expect(screen.getByRole('link', {name: 'upload them'})).toHaveAttribute(
        'href',
        '/spend-insights/resources/link-file',
      );
      cleanup();
    }
    if (inside) {
      renderGuide(inside.id);
      expect(document.querySelector('[data-not-in-offer]')).toBeNull();
    }
    expect(outside ?? inside).toBeDefined();
  });

  it('promises no file upload for software outside the offer that the provider reads no files from', () => {
    const noUpload = registry.integrations.find(
      (entry) =>
        hasGuide(entry) && !isOffered(bankProfile, entry) && !entry.methods.includes('file-upload'),
    );
    if (noUpload) {
      renderGuide(noUpload.id);
      const notice = document.querySelector(`[data-not-in-offer="${noUpload.id}"]`)!;
      expect(notice).toHaveTextContent(`Ask ${bankProfile.name.en} what it can offer`);
      expect(notice.querySelector('a')).toBeNull();
    }
  });

  it('prints the page URL', () => {
    renderGuide('xero');
    expect(
      screen.getByText(
        'Online version: https://docs.example.test/spend-insights/integrations/xero',
      ),
    ).toBeInTheDocument();
  });
});
