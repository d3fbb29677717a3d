import {screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {published} from '@site/tests/registry';
import {DISPLAY_LIMIT} from './IntegrationsList';

const integrations = published('en').catalog;
/** The software with a guide: the catalog page of direct connections lists them all. */
const direct = integrations.filter((entry) => entry.methods.includes('direct')).length;
import {currentSearch, renderCatalog, resultCount, visibleTileNames} from './testUtils';

describe('IntegrationsList', () => {
  it('renders one linked tile per direct-connection software, named after it', () => {
    renderCatalog();
    const links = screen
      .getAllByRole('link', {name: /.+/})
      .filter((link) => link.getAttribute('href')?.includes('/integrations/'));
    expect(links).toHaveLength(direct);
    // Label in Name (WCAG 2.5.3): the link's name is everything the tile shows.
    const xero = screen.getByRole('link', {name: /^Xero Quick\s*$/});
    expect(xero).toHaveAttribute('href', '/spend-insights/integrations/xero');
    expect(within(xero).getByRole('presentation', {hidden: true})).toHaveAttribute('alt', '');
    expect(resultCount()).toHaveTextContent(`${direct} software shown`);
  });

  it('shows file-upload software as cards that do not link anywhere, with their reports', () => {
    renderCatalog({method: 'file-upload'}, '/spend-insights/resources/link-file');
    const uploadOnly = new Set(
      integrations.filter((entry) => entry.methods.join() === 'file-upload').map(({id}) => id),
    );
    const items = within(screen.getByRole('region')).getAllByRole('listitem', {hidden: true});
    expect(items.length).toBeGreaterThanOrEqual(45);
    for (const item of items) {
      const link = within(item).queryByRole('link', {hidden: true});
      if (uploadOnly.has(item.dataset.integration!)) expect(link).toBeNull();
      else
        expect(link).toHaveAttribute(
          'href',
          `/spend-insights/integrations/${item.dataset.integration}`,
        );
    }
    for (const item of items) expect(item).toHaveTextContent(/Reports: Suppliers, Bills/);
  });

  it('lists software of both methods when no method is given', () => {
    renderCatalog({});
    expect(screen.getAllByRole('listitem', {hidden: true})).toHaveLength(integrations.length);
  });

  it('finds software by alias, ignoring case and accents', async () => {
    renderCatalog();
    const search = screen.getByRole('searchbox', {name: 'Search for your software'});
    await userEvent.type(search, 'qbo');
    expect(visibleTileNames()).toEqual(['QuickBooks Online']);
    await userEvent.clear(search);
    await userEvent.type(search, 'NÉTSUÏTE');
    expect(visibleTileNames()).toEqual(['Oracle NetSuite']);
    await userEvent.clear(search);
    await userEvent.type(search, 'business central');
    expect(visibleTileNames()).toEqual(['Microsoft Dynamics 365 Business Central']);
    expect(resultCount()).toHaveTextContent('1 software shown');
  });

  it('filters by tag and by country, listing software whose countries no source states only under "Not stated"', async () => {
    const guided = integrations.filter((entry) => entry.methods.includes('direct'));
    const names = (keep: (entry: (typeof guided)[number]) => boolean) =>
      guided.filter(keep).map((entry) => entry.name);
    renderCatalog();
    await userEvent.click(screen.getByRole('checkbox', {name: 'On-premise'}));
    expect(visibleTileNames()).toEqual(names((entry) => entry.tags.includes('on-premise')));
    await userEvent.click(screen.getByRole('checkbox', {name: 'On-premise'}));
    await userEvent.click(screen.getByRole('checkbox', {name: 'Netherlands'}));
    const inNetherlands = (entry: (typeof guided)[number]) =>
      entry.countries !== undefined &&
      (entry.countries.length === 0 || entry.countries.includes('NL'));
    expect(visibleTileNames()).toEqual(names(inNetherlands));
    // The data lists some software by country, not only worldwide: the check above is not vacuous.
    expect(names((entry) => entry.countries?.includes('NL') ?? false)).not.toEqual([]);
    await userEvent.click(screen.getByRole('checkbox', {name: 'Not stated'}));
    expect(visibleTileNames()).toEqual(
      names((entry) => inNetherlands(entry) || entry.countries === undefined),
    );
    expect(currentSearch()).toBe('?countries=NL,not-stated');
  });

  it('keeps the filters in the URL and reads them back from a shared link', async () => {
    renderCatalog();
    await userEvent.type(screen.getByRole('searchbox'), 'sage');
    await userEvent.click(screen.getByRole('checkbox', {name: 'Premium'}));
    expect(currentSearch()).toBe('?q=sage&tags=premium');
    const sharedUrl = `${window.location.pathname}${window.location.search}`;
    const shownBefore = visibleTileNames();
    expect(shownBefore).toEqual(['Sage 50 Accounts', 'Sage Intacct']);

    document.body.innerHTML = '';
    renderCatalog({method: 'direct'}, sharedUrl);
    expect(visibleTileNames()).toEqual(shownBefore);
    expect(screen.getByRole('searchbox')).toHaveValue('sage');
    expect(screen.getByRole('checkbox', {name: 'Premium'})).toBeChecked();
  });

  it('shows exactly the Sage software for ?q=sage', () => {
    renderCatalog({method: 'direct'}, '/spend-insights/resources/link-software?q=sage');
    expect(visibleTileNames()).toEqual([
      'Sage 50 Accounts',
      'Sage 200 Standard',
      'Sage Accounting',
      'Sage Intacct',
    ]);
  });

  it('ignores unknown tags and malformed countries in a hand-edited URL', () => {
    renderCatalog({method: 'direct'}, '/x?tags=cloud,premium&countries=gb,France');
    expect(screen.getByRole('checkbox', {name: 'Premium'})).toBeChecked();
    expect(screen.getByRole('checkbox', {name: 'United Kingdom'})).toBeChecked();
  });

  it('explains what to do when nothing matches, and clears the filters', async () => {
    renderCatalog();
    await userEvent.type(screen.getByRole('searchbox'), 'no such software');
    expect(resultCount()).toHaveTextContent('No software shown');
    expect(screen.getByText('No software matches these filters.')).toBeInTheDocument();
    expect(screen.getByRole('link', {name: 'upload two reports instead'})).toHaveAttribute(
      'href',
      '/spend-insights/resources/link-file',
    );
    expect(
      screen.getByRole('link', {name: 'what to do when the software is not listed'}),
    ).toHaveAttribute('href', '/spend-insights/resources/customer-faqs#software-not-listed');
    await userEvent.click(screen.getByRole('button', {name: 'Clear filters'}));
    expect(currentSearch()).toBe('');
    expect(visibleTileNames()).toHaveLength(direct);
    expect(screen.getByRole('button', {name: 'Clear filters'})).toBeDisabled();
  });
});

describe('IntegrationsList with more software than it lays out at once', () => {
  it('shows the first tiles, says how many match, and shows the rest on request', async () => {
    const total = integrations.length;
    expect(total).toBeGreaterThan(DISPLAY_LIMIT);
    renderCatalog({});
    expect(visibleTileNames()).toHaveLength(DISPLAY_LIMIT);
    expect(resultCount()).toHaveTextContent(`${DISPLAY_LIMIT} of ${total} software shown`);
    await userEvent.type(screen.getByRole('searchbox'), 'sage');
    const sage = integrations.filter((entry) =>
      /sage/i.test([entry.name, ...entry.aliases].join(' ')),
    );
    expect(visibleTileNames()).toHaveLength(sage.length);
    expect(resultCount()).toHaveTextContent(`${sage.length} software shown`);
    await userEvent.clear(screen.getByRole('searchbox'));
    await userEvent.click(screen.getByRole('button', {name: `Show all ${total} software`}));
    expect(visibleTileNames()).toHaveLength(total);
    expect(screen.queryByRole('button', {name: /Show all/})).toBeNull();
  });
});
