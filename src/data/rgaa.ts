/**
 * The RGAA 4.1 criteria (106, in 13 themes), with short titles written for
 * this site in each language: a reminder of what each criterion checks, not
 * the official wording (the RGAA's own text is the reference). No zod or
 * Docusaurus import: components load it.
 *
 * @module
 */

/** Text in each of the site's languages. */
export interface RgaaText {
  readonly en: string;
  readonly fr: string;
}

/** The 13 themes, numbered as in the RGAA. */
export const RGAA_THEMES: Readonly<Record<number, RgaaText>> = {
  1: {en: 'Images', fr: 'Images'},
  2: {en: 'Frames', fr: 'Cadres'},
  3: {en: 'Colours', fr: 'Couleurs'},
  4: {en: 'Multimedia', fr: 'Multimédia'},
  5: {en: 'Tables', fr: 'Tableaux'},
  6: {en: 'Links', fr: 'Liens'},
  7: {en: 'Scripts', fr: 'Scripts'},
  8: {en: 'Mandatory elements', fr: 'Éléments obligatoires'},
  9: {en: 'Structure of information', fr: 'Structuration de l’information'},
  10: {en: 'Presentation of information', fr: 'Présentation de l’information'},
  11: {en: 'Forms', fr: 'Formulaires'},
  12: {en: 'Navigation', fr: 'Navigation'},
  13: {en: 'Consultation', fr: 'Consultation'},
};

/** One criterion: its id (`<theme>.<number>`) and short titles. */
export interface RgaaCriterion extends RgaaText {
  readonly id: string;
  readonly theme: number;
}

const T = (id: string, en: string, fr: string): RgaaCriterion => ({
  id,
  theme: Number(id.split('.')[0]),
  en,
  fr,
});

/** The 106 criteria of RGAA 4.1, in order. */
export const RGAA_CRITERIA: readonly RgaaCriterion[] = [
  T(
    '1.1',
    'Informative images have a text alternative',
    'Les images porteuses d’information ont une alternative textuelle',
  ),
  T(
    '1.2',
    'Decorative images are ignored by assistive technologies',
    'Les images de décoration sont ignorées des technologies d’assistance',
  ),
  T(
    '1.3',
    'Text alternatives of informative images are relevant',
    'L’alternative des images porteuses d’information est pertinente',
  ),
  T(
    '1.4',
    'The alternative of a CAPTCHA or test image says what it is for',
    'L’alternative d’une image CAPTCHA ou de test en indique la nature',
  ),
  T(
    '1.5',
    'A CAPTCHA has another way to get through',
    'Un CAPTCHA propose une autre solution d’accès',
  ),
  T(
    '1.6',
    'Images that need a detailed description have one',
    'Les images qui le nécessitent ont une description détaillée',
  ),
  T('1.7', 'Detailed descriptions are relevant', 'Les descriptions détaillées sont pertinentes'),
  T(
    '1.8',
    'Images of text are replaced by styled text',
    'Les images texte sont remplacées par du texte stylé',
  ),
  T(
    '1.9',
    'Image captions are tied to their image',
    'Les légendes d’images sont reliées à leur image',
  ),
  T('2.1', 'Frames have a title', 'Les cadres ont un titre'),
  T('2.2', 'Frame titles are relevant', 'Le titre des cadres est pertinent'),
  T(
    '3.1',
    'Information is not given by colour alone',
    'L’information n’est pas donnée par la couleur seule',
  ),
  T(
    '3.2',
    'Text contrasts enough with its background',
    'Le contraste du texte avec son arrière-plan est suffisant',
  ),
  T(
    '3.3',
    'Controls and meaningful graphics contrast enough',
    'Le contraste des composants d’interface et des éléments graphiques est suffisant',
  ),
  T(
    '4.1',
    'Recorded media have a transcript or audio description',
    'Les médias préenregistrés ont une transcription ou une audiodescription',
  ),
  T(
    '4.2',
    'Transcripts and audio descriptions are relevant',
    'Les transcriptions et audiodescriptions sont pertinentes',
  ),
  T(
    '4.3',
    'Recorded media have synchronised captions',
    'Les médias préenregistrés ont des sous-titres synchronisés',
  ),
  T('4.4', 'Captions are relevant', 'Les sous-titres sont pertinents'),
  T(
    '4.5',
    'Recorded media have a synchronised audio description',
    'Les médias préenregistrés ont une audiodescription synchronisée',
  ),
  T(
    '4.6',
    'Synchronised audio descriptions are relevant',
    'Les audiodescriptions synchronisées sont pertinentes',
  ),
  T('4.7', 'Media can be identified', 'Les médias sont clairement identifiables'),
  T(
    '4.8',
    'Non-temporal media have an alternative',
    'Les médias non temporels ont une alternative',
  ),
  T(
    '4.9',
    'Alternatives of non-temporal media are relevant',
    'L’alternative des médias non temporels est pertinente',
  ),
  T(
    '4.10',
    'Sound that plays by itself can be controlled',
    'Le son déclenché automatiquement est contrôlable',
  ),
  T(
    '4.11',
    'Media can be controlled by keyboard and pointer',
    'Les médias sont contrôlables au clavier et au pointeur',
  ),
  T(
    '4.12',
    'Non-temporal media can be browsed by keyboard and pointer',
    'La navigation dans les médias non temporels est possible au clavier et au pointeur',
  ),
  T(
    '4.13',
    'Media work with assistive technologies',
    'Les médias sont compatibles avec les technologies d’assistance',
  ),
  T('5.1', 'Complex data tables have a summary', 'Les tableaux de données complexes ont un résumé'),
  T(
    '5.2',
    'Summaries of complex tables are relevant',
    'Le résumé des tableaux complexes est pertinent',
  ),
  T(
    '5.3',
    'Layout tables read in a sensible order',
    'Les tableaux de mise en forme restent compréhensibles une fois linéarisés',
  ),
  T(
    '5.4',
    'Data tables are tied to their title',
    'Le titre des tableaux de données leur est correctement associé',
  ),
  T('5.5', 'Data table titles are relevant', 'Le titre des tableaux de données est pertinent'),
  T(
    '5.6',
    'Header cells of data tables are declared',
    'Les en-têtes des tableaux de données sont déclarés',
  ),
  T('5.7', 'Data cells are tied to their headers', 'Les cellules sont associées à leurs en-têtes'),
  T(
    '5.8',
    'Layout tables use no data-table markup',
    'Les tableaux de mise en forme n’utilisent pas de balisage de tableau de données',
  ),
  T('6.1', 'Links say where they lead', 'Les liens sont explicites'),
  T('6.2', 'Every link has a name', 'Chaque lien a un intitulé'),
  T(
    '7.1',
    'Scripts work with assistive technologies',
    'Les scripts sont compatibles avec les technologies d’assistance',
  ),
  T('7.2', 'Script alternatives are relevant', 'L’alternative à un script est pertinente'),
  T(
    '7.3',
    'Scripts can be controlled by keyboard and pointer',
    'Les scripts sont contrôlables au clavier et au pointeur',
  ),
  T(
    '7.4',
    'Scripted context changes are announced or user-triggered',
    'Les changements de contexte par script sont annoncés ou contrôlés',
  ),
  T(
    '7.5',
    'Status messages reach assistive technologies',
    'Les messages de statut sont restitués par les technologies d’assistance',
  ),
  T('8.1', 'Pages have a document type', 'Les pages ont un type de document'),
  T(
    '8.2',
    'Source code is valid for its document type',
    'Le code source est valide selon le type de document',
  ),
  T('8.3', 'Pages declare their language', 'La langue par défaut est indiquée'),
  T('8.4', 'The declared language is right', 'La langue par défaut est pertinente'),
  T('8.5', 'Pages have a title', 'Les pages ont un titre'),
  T('8.6', 'Page titles are relevant', 'Le titre des pages est pertinent'),
  T('8.7', 'Changes of language are marked', 'Les changements de langue sont indiqués'),
  T(
    '8.8',
    'Language changes are valid and right',
    'Les changements de langue sont valides et pertinents',
  ),
  T(
    '8.9',
    'Tags are not used for presentation only',
    'Les balises ne servent pas uniquement à la présentation',
  ),
  T(
    '8.10',
    'Changes of reading direction are marked',
    'Les changements de sens de lecture sont indiqués',
  ),
  T('9.1', 'Information is structured by headings', 'L’information est structurée par des titres'),
  T('9.2', 'The page outline uses the right landmarks', 'La structure du document est cohérente'),
  T('9.3', 'Lists are marked up as lists', 'Les listes sont correctement structurées'),
  T('9.4', 'Quotations are marked up', 'Les citations sont correctement indiquées'),
  T(
    '10.1',
    'Presentation is done with style sheets',
    'La présentation est assurée par des feuilles de styles',
  ),
  T(
    '10.2',
    'Content stays present without style sheets',
    'Le contenu reste présent sans feuilles de styles',
  ),
  T(
    '10.3',
    'Content stays understandable without style sheets',
    'L’information reste compréhensible sans feuilles de styles',
  ),
  T('10.4', 'Text stays readable at 200 % zoom', 'Le texte reste lisible avec un zoom de 200 %'),
  T(
    '10.5',
    'Text and background colours are declared together',
    'Les couleurs de texte et d’arrière-plan sont déclarées ensemble',
  ),
  T(
    '10.6',
    'Links stand out from the text around them',
    'Les liens se distinguent du texte qui les entoure',
  ),
  T('10.7', 'Keyboard focus is visible', 'La prise de focus est visible'),
  T(
    '10.8',
    'Hidden content is hidden from assistive technologies',
    'Le contenu caché est ignoré des technologies d’assistance',
  ),
  T(
    '10.9',
    'Information is not given by shape, size or position alone',
    'L’information n’est pas donnée par la forme, la taille ou la position seules',
  ),
  T('10.10', 'Same, in the way it is implemented', 'Idem, dans sa mise en œuvre'),
  T(
    '10.11',
    'Content reflows at 320 px without horizontal scrolling',
    'Le contenu s’adapte à 320 px sans défilement horizontal',
  ),
  T(
    '10.12',
    'Text spacing can be increased without loss',
    'L’espacement du texte peut être augmenté sans perte',
  ),
  T(
    '10.13',
    'Content shown on hover or focus can be controlled',
    'Le contenu additionnel au survol ou au focus est contrôlable',
  ),
  T(
    '10.14',
    'Content shown by style sheets also appears by keyboard',
    'Le contenu affiché par les styles est aussi accessible au clavier',
  ),
  T('11.1', 'Form fields have a label', 'Les champs de formulaire ont une étiquette'),
  T('11.2', 'Field labels are relevant', 'Les étiquettes des champs sont pertinentes'),
  T(
    '11.3',
    'Fields with the same function have consistent labels',
    'Les étiquettes des champs de même fonction sont cohérentes',
  ),
  T('11.4', 'Labels sit next to their fields', 'Les étiquettes sont accolées à leur champ'),
  T('11.5', 'Related fields are grouped', 'Les champs de même nature sont regroupés'),
  T('11.6', 'Field groups have a legend', 'Les regroupements de champs ont une légende'),
  T('11.7', 'Group legends are relevant', 'La légende des regroupements est pertinente'),
  T(
    '11.8',
    'Options of selection lists are structured',
    'Les éléments des listes de choix sont structurés',
  ),
  T('11.9', 'Button names are relevant', 'L’intitulé des boutons est pertinent'),
  T(
    '11.10',
    'Input checks are used properly',
    'Le contrôle de saisie est utilisé de manière pertinente',
  ),
  T(
    '11.11',
    'Input errors come with suggestions',
    'Le contrôle de saisie propose des suggestions de correction',
  ),
  T(
    '11.12',
    'Financial or legal data can be changed, confirmed or cancelled',
    'Les données financières ou juridiques peuvent être modifiées, confirmées ou annulées',
  ),
  T(
    '11.13',
    'Fields about the user say what they are for',
    'La finalité des champs sur l’utilisateur peut être déduite',
  ),
  T(
    '12.1',
    'There are at least two ways to find a page',
    'Le site propose au moins deux systèmes de navigation',
  ),
  T(
    '12.2',
    'Menus and navigation bars stay in the same place',
    'Les menus et barres de navigation restent au même endroit',
  ),
  T('12.3', 'The site map is relevant', 'Le plan du site est pertinent'),
  T(
    '12.4',
    'The site map is reached the same way everywhere',
    'Le plan du site est accessible de la même façon partout',
  ),
  T(
    '12.5',
    'The search is reached the same way everywhere',
    'Le moteur de recherche est accessible de la même façon partout',
  ),
  T(
    '12.6',
    'Page regions can be reached or skipped',
    'Les zones de regroupement de contenus peuvent être atteintes ou évitées',
  ),
  T(
    '12.7',
    'A skip link leads to the main content',
    'Un lien d’évitement mène au contenu principal',
  ),
  T('12.8', 'The tab order is consistent', 'L’ordre de tabulation est cohérent'),
  T('12.9', 'Navigation has no keyboard trap', 'La navigation ne contient pas de piège au clavier'),
  T(
    '12.10',
    'Single-key shortcuts can be controlled',
    'Les raccourcis d’une seule touche sont contrôlables',
  ),
  T(
    '12.11',
    'Extra content can be reached by keyboard',
    'Les contenus additionnels sont atteignables au clavier',
  ),
  T('13.1', 'Users control time limits', 'L’utilisateur contrôle les limites de temps'),
  T(
    '13.2',
    'No new window opens without the user acting',
    'Aucune nouvelle fenêtre ne s’ouvre sans action de l’utilisateur',
  ),
  T(
    '13.3',
    'Office documents to download have an accessible version',
    'Les documents bureautiques en téléchargement ont une version accessible',
  ),
  T(
    '13.4',
    'Accessible versions give the same information',
    'La version accessible donne la même information',
  ),
  T('13.5', 'Cryptic content has an alternative', 'Les contenus cryptiques ont une alternative'),
  T(
    '13.6',
    'Alternatives to cryptic content are relevant',
    'L’alternative aux contenus cryptiques est pertinente',
  ),
  T(
    '13.7',
    'Flashes and sudden changes of brightness are safe',
    'Les flashs et changements brusques de luminosité sont correctement utilisés',
  ),
  T(
    '13.8',
    'Moving or blinking content can be controlled',
    'Les contenus en mouvement ou clignotants sont contrôlables',
  ),
  T(
    '13.9',
    'Content works in any screen orientation',
    'Le contenu est consultable quelle que soit l’orientation de l’écran',
  ),
  T(
    '13.10',
    'Complex gestures have a simple alternative',
    'Les gestes complexes ont une alternative simple',
  ),
  T('13.11', 'Pointer actions can be cancelled', 'Les actions au pointeur peuvent être annulées'),
  T(
    '13.12',
    'Motion-triggered features have another way',
    'Les fonctionnalités déclenchées par le mouvement ont une alternative',
  ),
];
