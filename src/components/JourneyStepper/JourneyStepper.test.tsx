import {render, screen, within} from '@testing-library/react';
import JourneyStepper from '.';

describe('JourneyStepper', () => {
  it('keeps the steps as an ordered list captioned by its title', () => {
    render(
      <JourneyStepper title="The connection journey">
        <ol>
          <li>Open the Link URL</li>
          <li>Select the software</li>
          <li>Approve</li>
        </ol>
      </JourneyStepper>,
    );
    const figure = screen.getByRole('figure', {name: 'The connection journey'});
    const list = within(figure).getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Open the Link URL', 'Select the software', 'Approve']);
  });
});
