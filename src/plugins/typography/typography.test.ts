import {ATOM, typograph, typographSegments} from './typography';
import {typographTree} from './remark';
import {typographyLocaleOfFile} from './locale';
import {typographTranslationFile} from './translations';
import {typographThemeText} from '.';

const NBSP = '\u00a0';
const NARROW = '\u202f';

describe('typograph in French', () => {
  it('puts a no-break space before : and a narrow one before ; ? !', () => {
    expect(typograph('Vérifiez : oui ; non ! Pourquoi ?', 'fr')).toBe(
      `Vérifiez${NBSP}: oui${NARROW}; non${NARROW}! Pourquoi${NARROW}?`,
    );
  });

  it('adds the space when the writer typed none, and spaces only the first of ?!', () => {
    expect(typograph('Note: voir ceci ?!', 'fr')).toBe(`Note${NBSP}: voir ceci${NARROW}?!`);
  });

  it('turns quotes into guillemets with narrow no-break spaces inside, and apostrophes into ’', () => {
    expect(typograph(`Cliquez sur « Autoriser » puis "Terminer" dans l'onglet.`, 'fr')).toBe(
      `Cliquez sur «${NARROW}Autoriser${NARROW}» puis «${NARROW}Terminer${NARROW}» dans l’onglet.`,
    );
  });

  it('leaves times, URLs, paths and words with a colon inside alone', () => {
    const text = "À 10:30, ouvrez https://example.com/a?b=c ou C:\\Users\\<nom d'utilisateur>";
    expect(typograph(text, 'fr')).toBe(
      'À 10:30, ouvrez https://example.com/a?b=c ou C:\\Users\\<nom d’utilisateur>',
    );
  });

  it('is idempotent', () => {
    const once = typograph(`Qui voit « mes données » ? C'est : la banque.`, 'fr');
    expect(typograph(once, 'fr')).toBe(once);
  });

  it('keeps leading and trailing spaces (text split around inline nodes)', () => {
    expect(typograph(' puis ', 'fr')).toBe(' puis ');
  });
});

describe('a number and its unit in French', () => {
  it('binds a number to its unit with a no-break space', () => {
    expect(typograph('Environ 30 min, de 19 h à 7 h, moins de 2 Go, 1,5 Mo.', 'fr')).toBe(
      `Environ 30${NBSP}min, de 19${NBSP}h à 7${NBSP}h, moins de 2${NBSP}Go, 1,5${NBSP}Mo.`,
    );
    expect(
      typograph('Sous 90 jours, 12 mois ou 1 an ; 10 à 20 minutes, 60 heures, 89 %.', 'fr'),
    ).toBe(
      `Sous 90${NBSP}jours, 12${NBSP}mois ou 1${NBSP}an${NARROW}; 10 à 20${NBSP}minutes, 60${NBSP}heures, 89${NBSP}%.`,
    );
  });

  it('binds a message placeholder to its unit, as in UI strings', () => {
    expect(typograph('Environ {minutes} min · {level}', 'fr')).toBe(
      `Environ {minutes}${NBSP}min · {level}`,
    );
  });

  it('leaves other words after a number, units inside words, lower-case symbols and English alone', () => {
    const text = 'Les 3 étapes, 2 rapports, Windows 10 home, 2 go, version 22 minimum, 5 hommes.';
    expect(typograph(text, 'fr')).toBe(text);
    expect(typograph('About 30 min', 'en')).toBe('About 30 min');
  });

  it('keeps the markers of a run where they are and is idempotent', () => {
    expect(
      typographSegments([{text: 'environ 30 '}, {text: 'min'}, {text: ' par jour'}], 'fr'),
    ).toEqual([`environ 30${NBSP}`, 'min', ' par jour']);
    const once = typograph('de 19 h à 7 h', 'fr');
    expect(typograph(once, 'fr')).toBe(once);
  });
});

describe('typograph in English', () => {
  it('curls quotes and apostrophes and adds no space before punctuation', () => {
    expect(typograph(`Select "Allow": it's done? Yes!`, 'en')).toBe(
      'Select “Allow”: it’s done? Yes!',
    );
  });
});

describe('typographSegments', () => {
  it('spaces punctuation that follows bold text or a link, in the next piece', () => {
    expect(
      typographSegments(
        [{text: 'Sélectionnez '}, {text: 'Allow access'}, {text: " (l'accès) :"}],
        'fr',
      ),
    ).toEqual(['Sélectionnez ', 'Allow access', ` (l’accès)${NBSP}:`]);
  });

  it('treats inline code as a word and leaves it out', () => {
    expect(
      typographSegments([{text: 'la commande '}, {atom: true}, {text: ' ; puis'}], 'fr'),
    ).toEqual(['la commande ', ATOM, `${NARROW}; puis`]);
  });
});

interface Node {
  type: string;
  value?: string;
  children?: Node[];
  data?: {hProperties?: {id?: string}};
  [key: string]: unknown;
}

const text = (value: string): Node => ({type: 'text', value});

describe('the remark step', () => {
  it('typographs text, keeps code, inline code, URLs and heading ids', () => {
    const tree: Node = {
      type: 'root',
      children: [
        {
          type: 'heading',
          depth: 2,
          children: [
            text('Qui peut se connecter ? '),
            {type: 'mdxTextExpression', value: '/* #who */'},
          ],
        },
        {type: 'heading', depth: 2, children: [text("Étape 4 : l'accès")]},
        {
          type: 'paragraph',
          children: [
            text('Lancez '),
            {type: 'inlineCode', value: "npm run a:b ; l'x"},
            text(' : voir '),
            {type: 'link', url: 'https://x.io/a?b', children: [text('https://x.io/a?b')]},
            text(' !'),
          ],
        },
        {type: 'code', value: "Étape : l'accès ?"},
        {
          type: 'mdxJsxFlowElement',
          name: 'JourneyStepper',
          attributes: [
            {type: 'mdxJsxAttribute', name: 'title', value: 'Parcours : étapes'},
            {type: 'mdxJsxAttribute', name: 'id', value: 'a:b'},
          ],
          children: [],
        },
      ],
    };
    typographTree(tree, 'fr');
    const [withId, withoutId, paragraph, code, element] = tree.children!;
    expect(withId!.children![0]!.value).toBe(`Qui peut se connecter${NARROW}? `);
    expect(withId!.data?.hProperties?.id).toBeUndefined();
    expect(withoutId!.children![0]!.value).toBe(`Étape 4${NBSP}: l’accès`);
    // The id Docusaurus would have given the untouched text.
    expect(withoutId!.data?.hProperties?.id).toBe('étape-4--laccès');
    expect(paragraph!.children!.map((node) => node.value ?? node.children?.[0]?.value)).toEqual([
      'Lancez ',
      "npm run a:b ; l'x",
      `${NBSP}: voir `,
      'https://x.io/a?b',
      `${NARROW}!`,
    ]);
    expect(code!.value).toBe("Étape : l'accès ?");
    expect(element!.attributes).toEqual([
      {type: 'mdxJsxAttribute', name: 'title', value: `Parcours${NBSP}: étapes`},
      {type: 'mdxJsxAttribute', name: 'id', value: 'a:b'},
    ]);
  });
});

describe('the remark step and other languages', () => {
  it('leaves an element marked lang="en" as written on a French page, and spaces the text around it', () => {
    const label = {
      type: 'mdxJsxTextElement',
      name: 'span',
      attributes: [{type: 'mdxJsxAttribute', name: 'lang', value: 'en'}],
      children: [
        {type: 'strong', children: [text("Yes, always; allow access even if it's 5 min")]},
      ],
    };
    const tree: Node = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [text('Choisissez '), label, text(" : c'est fait en 5 min.")],
        },
      ],
    };
    typographTree(tree, 'fr');
    const [paragraph] = tree.children!;
    expect(paragraph!.children![1]).toEqual(label);
    expect(label.children[0]!.children![0]!.value).toBe(
      "Yes, always; allow access even if it's 5 min",
    );
    expect(paragraph!.children![2]!.value).toBe(`${NBSP}: c’est fait en 5${NBSP}min.`);
  });

  it('leaves a block marked lang="en" as written, and typographs one marked lang="fr"', () => {
    const block = (lang: string): Node => ({
      type: 'mdxJsxFlowElement',
      name: 'div',
      attributes: [{type: 'mdxJsxAttribute', name: 'lang', value: lang}],
      children: [{type: 'paragraph', children: [text('Note: 30 min')]}],
    });
    const tree: Node = {type: 'root', children: [block('en-GB'), block('fr')]};
    typographTree(tree, 'fr');
    const [english, french] = tree.children!;
    expect(english!.children![0]!.children![0]!.value).toBe('Note: 30 min');
    expect(french!.children![0]!.children![0]!.value).toBe(`Note${NBSP}: 30${NBSP}min`);
  });
});

describe('the typography of translation files and theme config', () => {
  const site = {defaultLocale: 'en', locales: ['en', 'fr']};

  it('typographs the messages of a translation file, never its ids or descriptions', () => {
    const file = JSON.stringify({
      'link.item.label.Help Center': {message: "Centre d'aide", description: "Help's label"},
    });
    expect(JSON.parse(typographTranslationFile(file, 'fr'))).toEqual({
      'link.item.label.Help Center': {message: 'Centre d’aide', description: "Help's label"},
    });
    // A language without rules stays as written.
    expect(JSON.parse(typographTranslationFile(file, 'de'))).toEqual(JSON.parse(file));
  });

  it('typographs the reader texts of the navbar and footer, not their links', () => {
    expect(
      typographThemeText({title: "Writer's corner", items: [{label: "It's", to: "/a'b"}]}, 'en'),
    ).toEqual({title: 'Writer’s corner', items: [{label: 'It’s', to: "/a'b"}]});
  });

  it('tells a doc’s typography from its path, through the site’s paths', () => {
    const french = '/site/i18n/fr/docusaurus-plugin-content-docs/current/a/b.mdx';
    expect(typographyLocaleOfFile(french, site)).toBe('fr');
    expect(typographyLocaleOfFile('/site/docs/a/b.mdx', site)).toBe('en');
    expect(typographyLocaleOfFile('/site/src/pages/x.mdx', site)).toBe('en');
    expect(
      typographyLocaleOfFile(french.replace('/fr/', '/de/'), {...site, locales: ['en', 'de']}),
    ).toBeUndefined();
  });
});
