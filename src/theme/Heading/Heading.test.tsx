import {render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {MemoryRouter} from 'react-router-dom';
import Heading from '.';

function renderAt(url: string, heading: React.ReactNode) {
  render(<MemoryRouter initialEntries={[url]}>{heading}</MemoryRouter>);
}

describe('Heading', () => {
  it('gives a step heading a button that copies the absolute link to that step', async () => {
    const user = userEvent.setup();
    renderAt(
      '/fr/spend-insights/integrations/xero',
      <Heading as="h3" id="sign-in-approve">
        Sign in and approve
      </Heading>,
    );
    const heading = screen.getByRole('heading', {level: 3});
    expect(heading).toHaveAttribute('id', 'sign-in-approve');
    expect(screen.getByRole('link', {name: 'Direct link to Sign in and approve'})).toHaveAttribute(
      'href',
      '#sign-in-approve',
    );
    await user.click(screen.getByRole('button', {name: 'Copy link to "Sign in and approve"'}));
    expect(await navigator.clipboard.readText()).toBe(
      'https://docs.example.test/fr/spend-insights/integrations/xero#sign-in-approve',
    );
    expect(await screen.findByText('Link copied')).toHaveAttribute('role', 'status');
    // HTML allows no live region inside a heading (RGAA 8.2): it follows the heading.
    expect(heading).not.toContainElement(screen.getByRole('status'));
  });

  it('adds no button to page titles, headings without id, or minor headings', () => {
    renderAt(
      '/page',
      <>
        <Heading as="h1">Title</Heading>
        <Heading as="h2">No id</Heading>
        <Heading as="h4" id="detail">
          Detail
        </Heading>
      </>,
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('heading', {level: 1})).not.toHaveAttribute('id');
  });

  it('names its links after the text it shows, through quotes and inline code', () => {
    renderAt(
      '/spend-insights/resources/error-messages',
      <Heading as="h2" id="qbd-timeout">
        <q lang="en">Timed out attempting to communicate with QBD.</q>
      </Heading>,
    );
    expect(
      screen.getByRole('link', {
        name: 'Direct link to Timed out attempting to communicate with QBD.',
      }),
    ).toHaveAttribute('href', '#qbd-timeout');
    expect(
      screen.getByRole('button', {
        name: 'Copy link to "Timed out attempting to communicate with QBD."',
      }),
    ).toBeInTheDocument();
  });
});
