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
