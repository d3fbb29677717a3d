import {render, screen, within} from '@testing-library/react';
import {BrowserRouter} from 'react-router-dom';
import {getTestLocale} from '@site/tests/stubs/locale';
import {published} from '@site/tests/registry';
import {IntegrationsList, type IntegrationsListProps} from './IntegrationsList';

/**
 * Renders the catalog at `url` inside the real browser router, over jsdom's
 * address bar, which the catalog writes to as it does in a browser.
 */
export function renderCatalog(
  props: IntegrationsListProps = {method: 'direct'},
  url = '/spend-insights/resources/link-software',
): void {
  window.history.replaceState(null, '', url);
  render(
    <BrowserRouter>
      <IntegrationsList catalog={published(getTestLocale()).catalog} {...props} />
    </BrowserRouter>,
  );
}

/** The address bar's query string. */
export function currentSearch(): string {
  return window.location.search;
}

/** Names of the tiles the filters leave visible, in order. */
export function visibleTileNames(): string[] {
  const catalog = screen.getByRole('region');
  return within(catalog)
    .queryAllByRole('listitem')
    .filter((item) => !item.hidden)
    .map((item) => item.querySelector('[class*="name"]')?.textContent ?? '');
}

/** The live region that counts the visible tiles (the copy button has its own). */
export function resultCount(): HTMLElement {
  const count = screen
    .getAllByRole('status')
    .find((region) => /software shown|logiciels? affichés?/i.test(region.textContent ?? ''));
  if (!count) throw new Error('No result count on the page');
  return count;
}
