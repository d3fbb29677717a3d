import {screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {setTestLocale} from '@site/tests/stubs/locale';

import {published} from '@site/tests/registry';
import {renderCatalog, resultCount} from './testUtils';

// Docusaurus evaluates modules once per locale build; this file's modules are
// evaluated after switching to French, as in the French bundle.
await vi.hoisted(async () => {
  const {setTestLocale: setLocale} = await import('@site/tests/stubs/locale');
  setLocale('fr');
});

beforeEach(() => setTestLocale('fr'));

/** The software with a guide: the catalog page of direct connections lists them all. */
const direct = published('fr').catalog.filter((entry) => entry.methods.includes('direct')).length;

describe('IntegrationsList in French', () => {
  it('speaks French on the French site: labels, plural count, effort and country names', async () => {
    renderCatalog({method: 'direct'}, '/fr/spend-insights/resources/link-software?q=exact');
    expect(screen.getByRole('searchbox', {name: 'Recherchez votre logiciel'})).toBeInTheDocument();
    expect(screen.getByRole('checkbox', {name: 'Sur site'})).toBeInTheDocument();
    expect(screen.getByRole('checkbox', {name: 'Pays-Bas'})).toBeInTheDocument();
    expect(screen.getByRole('checkbox', {name: 'Non indiqué'})).toBeInTheDocument();
    expect(resultCount()).toHaveTextContent('1 logiciel affiché');
    expect(
      screen.getByRole('link', {
        name: /^Exact Online Rapide\s+Pays-Bas, Royaume-Uni$/,
      }),
    ).toHaveAttribute('href', '/spend-insights/integrations/exact-online');
    await userEvent.clear(screen.getByRole('searchbox'));
    expect(resultCount()).toHaveTextContent(`${direct} logiciels affichés`);
    await userEvent.type(screen.getByRole('searchbox'), 'zzz');
    // French uses the singular for 0, but an empty list reads better as « Aucun ».
    expect(resultCount()).toHaveTextContent('Aucun logiciel affiché');
    expect(screen.getByText('Aucun logiciel ne correspond à ces filtres.')).toBeInTheDocument();
    expect(screen.getByRole('button', {name: 'Effacer les filtres'})).toBeEnabled();
  });
});
