import {render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {MemoryRouter} from 'react-router-dom';
import {guideOf} from '@site/tests/registry';
import {setTestLocale} from '@site/tests/stubs/locale';
import IntegrationGuideHeader from '.';

// Modules are evaluated in French, as in the French bundle.
await vi.hoisted(async () => {
  const {setTestLocale: setLocale} = await import('@site/tests/stubs/locale');
  setLocale('fr');
});

beforeEach(() => setTestLocale('fr'));

describe('IntegrationGuideHeader in French', () => {
  it('shows the facts and copies a French message with the French link', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter initialEntries={['/fr/spend-insights/integrations/exact-online']}>
        <IntegrationGuideHeader guide={guideOf('exact-online', 'fr')} />
      </MemoryRouter>,
    );
    const facts = document.querySelector('dl')!;
    expect(facts).toHaveTextContent('Durée estimée');
    expect(facts).toHaveTextContent('Environ 5 min · Rapide');
    expect(facts).toHaveTextContent('Pays-Bas, Royaume-Uni');
    await user.click(screen.getByRole('button', {name: 'Envoyer au client'}));
    const message = await navigator.clipboard.readText();
    expect(message).toContain(
      'Voici le guide étape par étape pour connecter Exact Online : https://docs.example.test/fr/spend-insights/integrations/exact-online',
    );
    expect(message).toContain('Comptez environ 5 minutes.');
    expect(message).toContain('Ouvrez ensuite le lien de connexion que nous vous avons envoyé');
    expect(message).toMatch(/- Qui peut établir la connexion : .+/);
    expect(
      screen.getByText('Message copié : collez-le dans votre e-mail ou votre messagerie'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', {name: 'Imprimer'})).toBeInTheDocument();
  });
});
