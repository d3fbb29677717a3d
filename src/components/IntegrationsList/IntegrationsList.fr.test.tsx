import {screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {setTestLocale} from '@site/tests/stubs/locale';
import {renderCatalog, resultCount} from './testUtils';

// Docusaurus evaluates modules once per locale build; this file's modules are
// evaluated after switching to French, as in the French bundle.
await vi.hoisted(async () => {
  const {setTestLocale: setLocale} = await import('@site/tests/stubs/locale');
  setLocale('fr');
});

beforeEach(() => setTestLocale('fr'));

describe('IntegrationsList in French', () => {
  it('speaks French on the French site: labels, plural count, effort and country names', async () => {
    renderCatalog({method: 'direct'}, '/fr/spend-insights/resources/link-software?q=exact');
    expect(screen.getByRole('searchbox', {name: 'Recherchez votre logiciel'})).toBeInTheDocument();
    expect(screen.getByRole('checkbox', {name: 'Sur site'})).toBeInTheDocument();
    expect(screen.getByRole('checkbox', {name: 'Pays-Bas'})).toBeInTheDocument();
    expect(resultCount()).toHaveTextContent('1 logiciel affiché');
    const exact = screen.getByRole('link', {name: 'Exact Online'});
    expect(exact).toHaveAccessibleDescription('Environ 5 min · Rapide Pays-Bas, Royaume-Uni');
    await userEvent.clear(screen.getByRole('searchbox'));
    expect(resultCount()).toHaveTextContent('15 logiciels affichés');
    await userEvent.type(screen.getByRole('searchbox'), 'zzz');
    expect(screen.getByText('Aucun logiciel ne correspond à ces filtres.')).toBeInTheDocument();
    expect(screen.getByRole('button', {name: 'Effacer les filtres'})).toBeEnabled();
  });
});
