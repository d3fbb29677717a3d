import {render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {MemoryRouter} from 'react-router-dom';
import {guideOf} from '@site/tests/registry';
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
    expect(facts).toHaveTextContent('Estimated time');
    expect(facts).toHaveTextContent('About 30 min · Involved');
    expect(facts).toHaveTextContent('Premium');
    expect(facts).toHaveTextContent('On-premise');
    expect(facts).toHaveTextContent('United Kingdom, Ireland');
  });

  it('copies the absolute guide link', async () => {
    const user = userEvent.setup();
    renderGuide('xero');
    await user.click(screen.getByRole('button', {name: 'Copy link'}));
    expect(await navigator.clipboard.readText()).toBe(
      'https://docs.example.test/spend-insights/integrations/xero',
    );
  });

  it('copies a ready-to-send message with the link, the time and the checklist', async () => {
    const user = userEvent.setup();
    renderGuide('quickbooks-online');
    await user.click(screen.getByRole('button', {name: 'Send to customer'}));
    const message = await navigator.clipboard.readText();
    expect(message).toContain(
      'Here is the step-by-step guide to connect QuickBooks Online: https://docs.example.test/spend-insights/integrations/quickbooks-online',
    );
    expect(message).toContain('It takes about 5 minutes.');
    expect(message).toContain('Open the Link URL we sent you');
    // The "Before you start" checklist of the registry travels with the message.
    expect(message).toMatch(/- Who can connect: .+/);
    expect(message).toContain(
      '- Your phone or authenticator app: Signing in to the software may ask for a verification code.',
    );
    expect(message).toContain('share your screen');
    expect(
      screen.getByText('Message copied: paste it into your email or chat'),
    ).toBeInTheDocument();
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
