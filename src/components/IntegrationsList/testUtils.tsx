import {render, screen, within} from '@testing-library/react';
import {MemoryRouter, Route} from 'react-router-dom';
import type {Location} from 'history';
import IntegrationsList, {type IntegrationsListProps} from '.';

/** Renders the catalog inside the real router at `url`; `seen.location` follows navigation. */
export function renderCatalog(
  props: IntegrationsListProps = {method: 'direct'},
  url = '/spend-insights/resources/link-software',
) {
  const seen: {location?: Location} = {};
  render(
    <MemoryRouter initialEntries={[url]}>
      <IntegrationsList {...props} />
      <Route
        path="*"
        render={({location}) => {
          seen.location = location;
          return null;
        }}
      />
    </MemoryRouter>,
  );
  return seen;
}

/** Names of the tiles the filters leave visible, in order. */
export function visibleTileNames(): string[] {
  const catalog = screen.getByRole('region');
  return within(catalog)
    .queryAllByRole('listitem')
    .filter((item) => !item.hidden)
    .map((item) => item.querySelector('[id]')?.textContent ?? '');
}

/** The live region that counts the visible tiles (the copy button has its own). */
export function resultCount(): HTMLElement {
  const count = screen
    .getAllByRole('status')
    .find((region) => /software shown|logiciels? affichés?/.test(region.textContent ?? ''));
  if (!count) throw new Error('No result count on the page');
  return count;
}
