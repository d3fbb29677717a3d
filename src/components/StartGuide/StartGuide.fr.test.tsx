import {render, screen, within} from '@testing-library/react';
import {setTestLocale} from '@site/tests/stubs/locale';
import {typograph} from '@site/src/plugins/typography/typography';

/** A French text with the typography the build gives it (accessible names keep their no-break spaces). */
const fr = (text: string) => typograph(text, 'fr');
/** The same, with spaces normalized as toHaveTextContent reads an element's text. */
const frText = (text: string) => fr(text).replace(/\s+/g, ' ');
import {hasGuide} from '@site/src/data/paths';
import {bankProfile, published} from '@site/tests/registry';
import {CHOICES_ANCHOR, StartGuideAnswers, StartGuideChoices} from './Questions';

const software = published('fr').catalog.filter(hasGuide);

// Docusaurus evaluates modules once per locale build; this file's modules are
// evaluated after switching to French, as in the French bundle.
await vi.hoisted(async () => {
  const {setTestLocale: setLocale} = await import('@site/tests/stubs/locale');
  setLocale('fr');
});

beforeEach(() => setTestLocale('fr'));

function answerBlock(name: string): HTMLElement {
  const block = screen.getByRole('heading', {level: 3, name}).closest('section');
  if (!block) throw new Error(`No answer block for ${name}`);
  return block;
}

function renderStartGuide(): void {
  render(
    <>
      <StartGuideChoices software={software} />
      <StartGuideAnswers software={software} />
    </>,
  );
}

describe('StartGuide in French', () => {
  it('asks the three questions in French, with vouvoiement, and leads to the guide', () => {
    renderStartGuide();
    const list = document.getElementById(CHOICES_ANCHOR)!;
    expect(
      within(list).getByRole('link', {name: fr("Mon logiciel n'est pas dans la liste")}),
    ).toHaveAttribute('href', '#start-not-listed');

    const block = answerBlock('QuickBooks Desktop');
    expect(
      within(block).getByRole('heading', {
        level: 4,
        name: fr('2. En ligne, ou installé sur un ordinateur ?'),
      }),
    ).toBeInTheDocument();
    expect(block).toHaveTextContent(
      frText(
        "QuickBooks Desktop est installé sur un ordinateur : effectuez la configuration sur l'ordinateur où vous l'utilisez, et non sur un téléphone. Il doit s'agir d'un ordinateur Windows.",
      ),
    );
    expect(block).toHaveTextContent(frText("Niveau d'effort : Exigeant."));
    const quickBooksDesktop = software.find((entry) => entry.id === 'quickbooks-desktop')!;
    expect(block).toHaveTextContent(
      `Qui peut établir la connexion : ${quickBooksDesktop.connectAs}`,
    );
    expect(
      within(block).getByRole('heading', {
        level: 4,
        name: fr("3. En êtes-vous l'administrateur ?"),
      }),
    ).toBeInTheDocument();
    expect(
      within(block).getByRole('link', {
        name: fr('Oui : connecter QuickBooks Desktop étape par étape'),
      }),
    ).toHaveAttribute('href', '/spend-insights/integrations/quickbooks-desktop#steps');
    expect(
      within(block).getByRole('link', {
        name: fr(
          'Non, ou je ne sais pas : voir qui peut connecter QuickBooks Desktop et copier un message pour cette personne',
        ),
      }),
    ).toHaveAttribute('href', '/spend-insights/integrations/quickbooks-desktop#before-you-start');
    expect(
      within(block).getByRole('link', {name: 'Retour à la liste des logiciels'}),
    ).toHaveAttribute('href', `#${CHOICES_ANCHOR}`);
  });

  it('joins the other software of a brand with « ou », and says online software runs in the browser', () => {
    renderStartGuide();
    expect(answerBlock('Sage 50 Accounts')).toHaveTextContent(
      frText(
        'Vous ouvrez plutôt Sage dans un navigateur web ? Consultez alors Sage 200 Standard, Sage Accounting ou Sage Intacct.',
      ),
    );
    expect(answerBlock('Xero')).toHaveTextContent(
      frText(
        'Xero fonctionne en ligne : vous le connectez en vous identifiant dans votre navigateur web.',
      ),
    );
  });

  it('offers file upload and the FAQ when the software is not in the list', () => {
    renderStartGuide();
    const block = answerBlock(fr("Mon logiciel n'est pas dans la liste"));
    expect(block).toHaveTextContent(
      frText(`téléversez-les depuis le même lien envoyé par ${bankProfile.name.fr}`),
    );
    expect(within(block).getByRole('link', {name: 'Téléverser des fichiers'})).toHaveAttribute(
      'href',
      '/spend-insights/resources/link-file',
    );
    expect(
      within(block).getByRole('link', {
        name: fr("Voir que faire si votre logiciel n'est pas dans la liste"),
      }),
    ).toHaveAttribute('href', '/spend-insights/resources/customer-faqs#software-not-listed');
  });
});
