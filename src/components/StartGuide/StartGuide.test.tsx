import {render, screen, within} from '@testing-library/react';
import {hasGuide} from '@site/src/data/paths';
import {bankProfile, published} from '@site/tests/registry';
import {isOffered} from '@site/src/components/Bank/_utils';
import {CHOICES_ANCHOR, NOT_LISTED_ANCHOR, StartGuideAnswers, StartGuideChoices} from './Questions';

const integrations = published('en').catalog;
const software = integrations.filter(hasGuide);

/** Renders the three-question guide as the start page does: question 1, then the answers. */
function renderStartGuide(): void {
  render(
    <>
      <StartGuideChoices software={software} />
      <StartGuideAnswers software={software} />
    </>,
  );
}

/** The answer block of a software, found by its heading. */
function answerBlock(name: string): HTMLElement {
  const block = screen.getByRole('heading', {level: 3, name}).closest('section');
  if (!block) throw new Error(`No answer block for ${name}`);
  return block;
}

/** Question 1: the list of choices. */
function choices(): HTMLElement {
  const list = document.getElementById(CHOICES_ANCHOR);
  if (!list) throw new Error('No list of software on the page');
  return list;
}

describe('StartGuide', () => {
  it('lists every direct-connection software in question 1, then "not in the list"', () => {
    renderStartGuide();
    const direct = integrations.filter(hasGuide);
    const links = within(choices()).getAllByRole('link');
    expect(links).toHaveLength(direct.length + 1);
    expect(links.slice(0, 3).map((link) => link.textContent)).toEqual([
      'Exact Online',
      'FreeAgent',
      'FreshBooks',
    ]);
    expect(within(choices()).getByRole('link', {name: 'Xero'})).toHaveAttribute(
      'href',
      '#start-xero',
    );
    expect(links.at(-1)).toHaveTextContent('My software is not in the list');
    expect(links.at(-1)).toHaveAttribute('href', `#${NOT_LISTED_ANCHOR}`);
  });

  it('has an answer block on the page for every choice, with a heading to land on', () => {
    renderStartGuide();
    for (const link of within(choices()).getAllByRole('link')) {
      const id = link.getAttribute('href')!.slice(1);
      const target = document.getElementById(id);
      expect(target, id).not.toBeNull();
      expect(target!.tagName).toBe('H3');
      expect(target).toHaveTextContent(link.textContent!);
    }
  });

  it('says installed software is set up at its Windows computer, and leads to the guide', () => {
    renderStartGuide();
    const block = answerBlock('QuickBooks Desktop');
    expect(within(block).getByRole('heading', {level: 4, name: /Online, or installed/})).toBe(
      within(block).getAllByRole('heading', {level: 4})[0],
    );
    expect(block).toHaveTextContent(
      'QuickBooks Desktop is installed on a computer: do the set-up at the computer where you use it, not on a phone. It must be a Windows computer.',
    );
    expect(block).toHaveTextContent('Effort: Involved.');
    expect(within(block).getByRole('link', {name: 'QuickBooks Online'})).toHaveAttribute(
      'href',
      '#start-quickbooks-online',
    );
    expect(
      within(block).getByRole('link', {name: 'Yes, I am: connect QuickBooks Desktop step by step'}),
    ).toHaveAttribute('href', '/spend-insights/integrations/quickbooks-desktop#steps');
    expect(
      within(block).getByRole('link', {
        name: 'No, or I am not sure: check who can connect QuickBooks Desktop and copy a message for them',
      }),
    ).toHaveAttribute('href', '/spend-insights/integrations/quickbooks-desktop#before-you-start');
    expect(within(block).getByRole('link', {name: 'Back to the list of software'})).toHaveAttribute(
      'href',
      `#${CHOICES_ANCHOR}`,
    );
  });

  it('says online software is connected in the browser, and names who can connect', () => {
    renderStartGuide();
    const block = answerBlock('Xero');
    expect(block).toHaveTextContent(
      'Xero runs online: you connect it by signing in to it in your web browser.',
    );
    expect(block).not.toHaveTextContent('installed on a computer:');
    expect(block).toHaveTextContent(
      'Who can connect: a user with the Standard or Adviser role in the organisation.',
    );
    expect(within(block).getByRole('link', {name: /^Yes, I am/})).toHaveAttribute(
      'href',
      '/spend-insights/integrations/xero#steps',
    );
  });

  it('points a Sage user who picked the wrong kind of Sage to the other ones', () => {
    renderStartGuide();
    const sage50 = answerBlock('Sage 50 Accounts');
    expect(sage50).toHaveTextContent(
      'Do you sign in to Sage in a web browser instead? Then go to Sage 200 Standard, Sage Accounting, or Sage Intacct.',
    );
    const online = answerBlock('Sage Accounting');
    expect(online).toHaveTextContent(
      'Do you start Sage from an icon on your computer instead? Then go to Sage 50 Accounts.',
    );
    expect(within(online).getByRole('link', {name: 'Sage 50 Accounts'})).toHaveAttribute(
      'href',
      '#start-sage-50-accounts',
    );
    expect(answerBlock('Xero')).not.toHaveTextContent('instead?');
  });

  it('sends software that is not in the list to the file upload and the FAQ', () => {
    renderStartGuide();
    const block = answerBlock('My software is not in the list');
    expect(within(block).getByRole('link', {name: 'Upload files instead'})).toHaveAttribute(
      'href',
      '/spend-insights/resources/link-file',
    );
    expect(
      within(block).getByRole('link', {name: 'Read what to do when your software is not listed'}),
    ).toHaveAttribute('href', '/spend-insights/resources/customer-faqs#software-not-listed');
  });

  it('answers with plain links to anchors and pages, with no buttons or form fields', () => {
    renderStartGuide();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    for (const link of screen.getAllByRole('link')) {
      // The bank's channels are mail, phone and help-centre addresses.
      if (link.closest('[data-bank-contact]')) {
        expect(link.getAttribute('href')).toMatch(/^(mailto:|tel:\+|https:\/\/)/);
        continue;
      }
      expect(link.getAttribute('href')).toMatch(
        /^(#start-[a-z0-9-]+|\/spend-insights\/[^#]+(#[a-z-]+)?)$/,
      );
    }
  });

  it("names the bank, gives its customer channels and marks software outside the bank's offer", () => {
    renderStartGuide();
    const notListed = answerBlock('My software is not in the list');
    expect(notListed).toHaveTextContent(`the same link from ${bankProfile.name.en}`);
    const contact = notListed.querySelector('[data-bank-contact="customer"]')!;
    const {email, phone} = bankProfile.customerSupport;
    if (email)
      expect(within(contact as HTMLElement).getByRole('link', {name: email})).toBeInTheDocument();
    if (phone) expect(contact).toHaveTextContent(phone);
    const outside = software.filter((entry) => !isOffered(bankProfile, entry));
    const inside = software.filter((entry) => isOffered(bankProfile, entry));
    expect(inside.length).toBeGreaterThan(0);
    for (const entry of outside) {
      const block = answerBlock(entry.name);
      expect(block).toHaveTextContent(`Not part of the ${bankProfile.name.en} offer.`);
      if (entry.methods.includes('file-upload')) {
        expect(within(block).getByRole('link', {name: 'upload them'})).toHaveAttribute(
          'href',
          '/spend-insights/resources/link-file',
        );
      } else {
        // The provider reads no files from it: no upload is promised.
        expect(block).toHaveTextContent(`Ask ${bankProfile.name.en} what it can offer`);
        expect(within(block).queryByRole('link', {name: 'upload them'})).toBeNull();
      }
    }
    for (const entry of inside) {
      expect(answerBlock(entry.name).querySelector('[data-not-in-offer]')).toBeNull();
    }
  });
});
