import {render, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {MemoryRouter} from 'react-router-dom';
import {guideOf} from '@site/tests/registry';
import {setTestLocale} from '@site/tests/stubs/locale';
import {typograph} from '@site/src/plugins/typography/typography';

/** A French text with the typography the build gives it (accessible names keep their no-break spaces). */
const fr = (text: string) => typograph(text, 'fr');
/** The same, with spaces normalized as toHaveTextContent reads an element's text. */
const frText = (text: string) => fr(text).replace(/\s+/g, ' ');
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
    expect(facts).toHaveTextContent(frText("Niveau d'effort"));
    expect(facts).toHaveTextContent('Rapide');
    expect(facts).toHaveTextContent('Pays-Bas, Royaume-Uni');
    await user.click(screen.getByRole('button', {name: 'Envoyer au client'}));
    const message = await navigator.clipboard.readText();
    expect(message).toContain(
      fr(
        'Voici le guide étape par étape pour connecter Exact Online : https://docs.example.test/fr/spend-insights/integrations/exact-online',
      ),
    );
    expect(message).toContain('Ouvrez ensuite le lien de connexion que nous vous avons envoyé');
    expect(message).toMatch(/- Qui peut établir la connexion\s: .+/);
    expect(
      await screen.findByText(
        frText('Message copié : collez-le dans votre e-mail ou votre messagerie'),
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', {name: 'Imprimer'})).toBeInTheDocument();
  });
});
