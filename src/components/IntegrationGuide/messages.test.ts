import {guideOf, published} from '@site/tests/registry';
import {administratorMessage, checklistLines, customerMessage, type MessageBank} from './_utils';

// A bank written for this test: the messages take whatever the profile says.
const bank: MessageBank = {
  name: 'Fixture Bank',
  service: 'Fixture Supplier View',
  contact: ['Email: help@fixture-bank.example', 'Phone: +44 20 7946 0999'],
};
const url = 'https://docs.example.test/spend-insights/integrations/xero';

describe('the messages people copy, signed with the bank of the profile', () => {
  it('names the bank, its service name and its channels in the administrator message', () => {
    const message = administratorMessage(guideOf('xero', 'en'), url, ['Who can connect: x'], bank);
    expect(message).toContain(
      'Our bank, Fixture Bank, asks us to connect Xero to Fixture Supplier View',
    );
    expect(message).toContain('the connection link (Link URL) Fixture Bank sent us');
    expect(message).toContain(
      'If you have a question for Fixture Bank:\n- Email: help@fixture-bank.example\n- Phone: +44 20 7946 0999',
    );
  });

  it("ends the customer message with the bank's channels and name", () => {
    const message = customerMessage(guideOf('xero', 'en'), url, [], bank);
    expect(message).toContain(
      'To reach us:\n- Email: help@fixture-bank.example\n- Phone: +44 20 7946 0999',
    );
    expect(message.endsWith('Kind regards\nFixture Bank')).toBe(true);
  });
});

describe('the checklist', () => {
  it('ends every line of every guide as a sentence, whether its text comes from a data file or a built-in label', () => {
    for (const locale of ['en', 'fr'] as const) {
      for (const {id} of published(locale).guides) {
        for (const line of checklistLines(guideOf(id, locale))) expect(line).toMatch(/[.!?…]$/u);
      }
    }
  });
});
