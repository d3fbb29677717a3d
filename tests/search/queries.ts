/**
 * What customers and support staff type into the site search, in English and
 * French, each with the page (and, where it matters, the section) that should
 * come first. `tests/e2e/search-queries.test.ts` fails when fewer than 90 % of
 * a language's queries have their page in the top 3 results, and when a
 * software name or alias misses; `npm run bench:search` records the rates in
 * bench/RESULTS.md.
 *
 * Paths are written without the `/fr` prefix: the French query expects the
 * French page. A query may accept several targets when the words are truly
 * ambiguous ("Sage 200" is two products).
 *
 * @module
 */

/** What the reader typed, so rates can be read per kind. */
export const QUERY_KINDS = [
  'name',
  'alias',
  'accent-free',
  'misspelled',
  'question',
  'task',
  'error',
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** A page, and the heading id the result should open at when it matters. */
export interface SearchTarget {
  readonly path: string;
  readonly section?: string;
}

export interface SearchQuery {
  readonly locale: 'en' | 'fr';
  readonly query: string;
  readonly kind: QueryKind;
  /** Acceptable targets; the first is the one the query was written for. */
  readonly expect: readonly SearchTarget[];
}

const guide = (id: string, section?: string): SearchTarget => ({
  path: `/spend-insights/integrations/${id}`,
  section,
});
const faq = (section: string): SearchTarget => ({
  path: '/spend-insights/resources/customer-faqs',
  section,
});
const onboard = (section: string): SearchTarget => ({
  path: '/spend-insights/guides/onboard-customer',
  section,
});
const keyTerms = (section?: string): SearchTarget => ({
  path: '/spend-insights/guides/key-terms',
  section,
});
/** The file-upload catalog, where software without a guide is listed. */
const fileUpload: SearchTarget = {
  path: '/spend-insights/resources/link-file',
  section: 'file-upload-software',
};
/** A troubleshooting entry: on the error messages page, or in its software's guide. */
const error = (entryId: string, softwareId: string): SearchTarget[] => [
  {path: '/spend-insights/resources/error-messages', section: entryId},
  guide(softwareId, entryId),
];

/** The guides that show the journey's own error entries after their own. */
const DIRECT_GUIDES = [
  'dynamics-365-business-central',
  'dynamics-365-finance-operations',
  'exact-online',
  'freeagent',
  'freshbooks',
  'myob-business',
  'oracle-netsuite',
  'quickbooks-desktop',
  'quickbooks-online',
  'sage-200-standard',
  'sage-50-accounts',
  'sage-accounting',
  'sage-intacct',
  'workday',
  'xero',
];
/** An entry of src/data/journey.yml: on the error messages page, and on every guide. */
const journeyError = (entryId: string): SearchTarget[] => [
  {path: '/spend-insights/resources/error-messages', section: entryId},
  ...DIRECT_GUIDES.map((id) => guide(id, entryId)),
];
const errorMessages: SearchTarget = {path: '/spend-insights/resources/error-messages'};
const whatItReads: SearchTarget = {path: '/spend-insights/overview', section: 'what-it-reads'};
/** The « What data is shared » section that every guide has. */
const dataShared = DIRECT_GUIDES.map((id) => guide(id, 'data-shared'));

const q = (
  locale: SearchQuery['locale'],
  kind: QueryKind,
  query: string,
  ...expect: SearchTarget[]
): SearchQuery => ({locale, query, kind, expect});
const en = (kind: QueryKind, query: string, ...expect: SearchTarget[]) =>
  q('en', kind, query, ...expect);
const fr = (kind: QueryKind, query: string, ...expect: SearchTarget[]) =>
  q('fr', kind, query, ...expect);

export const SEARCH_QUERIES: readonly SearchQuery[] = [
  // English: software names and the other names people use.
  en('alias', 'QBO', guide('quickbooks-online')),
  en('alias', 'QBD', guide('quickbooks-desktop')),
  en('alias', 'AccountRight', guide('myob-business')),
  en('alias', 'Intacct', guide('sage-intacct')),
  en('alias', 'D365 BC', guide('dynamics-365-business-central')),
  en('alias', 'Sage One', guide('sage-accounting')),
  en('alias', 'Sage Line 50', guide('sage-50-accounts')),
  en('alias', 'Great Plains', fileUpload),
  en('alias', 'JDE', fileUpload),
  en('name', 'Xero', guide('xero')),
  en('name', 'NetSuite', guide('oracle-netsuite')),
  en('name', 'FreeAgent', guide('freeagent')),
  en('name', 'SAP Business One', fileUpload),
  // English: typos.
  en('misspelled', 'quickbook online', guide('quickbooks-online')),
  en('misspelled', 'netsuit', guide('oracle-netsuite')),
  en('misspelled', 'freshbook', guide('freshbooks')),
  en('misspelled', 'onbaord a customer', onboard('create-customer'), onboard('onboard-customer')),
  // English: questions.
  en('question', 'do you see my password', faq('credentials')),
  en('question', 'how long does it take', faq('how-long')),
  en('question', 'does the link expire', onboard('link-expiry')),
  en('question', 'who can see my data', faq('who-sees-data')),
  en('question', 'why do I need admin access', faq('admin-access')),
  en('question', 'what is a data source', keyTerms('data-source')),
  en('question', 'my software is not listed', faq('software-not-listed')),
  // English: tasks.
  en('task', 'send the link to a customer', onboard('onboard-customer')),
  en('task', 'resend the link', onboard('resend-link'), onboard('send-again')),
  en('task', 'stop sharing my data', faq('revoke-access')),
  en('task', 'upload files instead', {path: '/spend-insights/resources/link-file'}),
  en('task', 'reconnect a customer', onboard('reconnect')),
  en('task', 'email template for the link', onboard('email-template')),
  en('task', 'add a software to the catalog', {
    path: '/contributing',
    section: 'add-software',
  }),
  // English: error messages as pasted from the software or the journey.
  en(
    'error',
    'Too many access tokens',
    ...error('oracle-netsuite-too-many-tokens', 'oracle-netsuite'),
  ),
  en(
    'error',
    'Timed out attempting to communicate with QBD.',
    ...error('quickbooks-desktop-timed-out', 'quickbooks-desktop'),
  ),
  en(
    'error',
    'Unable to connect to Intacct',
    ...error('sage-intacct-unable-to-connect', 'sage-intacct'),
  ),
  en(
    'error',
    'SuiteCloud not configured correctly',
    ...error('oracle-netsuite-suitecloud-not-configured', 'oracle-netsuite'),
  ),
  en(
    'error',
    'Waiting for asynchronous response from third party',
    ...error('quickbooks-desktop-web-connector-stopped', 'quickbooks-desktop'),
  ),
  en(
    'error',
    'an administrator must approve the app',
    ...error('dynamics-365-business-central-admin-approval', 'dynamics-365-business-central'),
  ),
  en(
    'error',
    'company named CRONUS in the list',
    ...error('dynamics-365-business-central-cronus', 'dynamics-365-business-central'),
  ),
  en(
    'error',
    'antivirus blocks the connector',
    ...error('sage-50-accounts-antivirus', 'sage-50-accounts'),
  ),
  // English: the journey's own problems, pasted or described, and its life cycle.
  en(
    'error',
    'link has expired',
    ...journeyError('journey-link-expired-or-used'),
    onboard('link-expiry'),
  ),
  en(
    'error',
    'The link has expired or was already used',
    ...journeyError('journey-link-expired-or-used'),
    onboard('link-expiry'),
  ),
  en('error', 'I selected the wrong software', ...journeyError('journey-wrong-software-selected')),
  en('error', 'closed the tab before the end', ...journeyError('journey-tab-closed-before-end')),
  en(
    'error',
    'my connection is still pending',
    ...journeyError('journey-tab-closed-before-end'),
    onboard('connection-statuses'),
  ),
  en('question', 'how long is the link valid', onboard('link-expiry')),
  en('question', 'what data is shared', faq('read-only'), whatItReads, ...dataShared),
  en('alias', 'Sage Business Cloud Accounting', guide('sage-accounting')),
  en('task', 'error messages', errorMessages),
  en('error', 'Missing permissions', ...error('sage-intacct-missing-permissions', 'sage-intacct')),

  // French: software names and the other names people use.
  fr('alias', 'QBO', guide('quickbooks-online')),
  fr('alias', 'MYOB Essentials', guide('myob-business')),
  fr('alias', 'Sage 50cloud', guide('sage-50-accounts')),
  fr('alias', 'Sage 200', guide('sage-200-standard'), fileUpload),
  fr('alias', 'Solomon', fileUpload),
  fr('alias', 'Exact', guide('exact-online')),
  fr('name', 'Business Central', guide('dynamics-365-business-central')),
  fr('name', 'Workday', guide('workday')),
  fr('name', 'Sage Accounting', guide('sage-accounting')),
  fr('name', 'Sage X3', fileUpload),
  // French: typed without accents.
  fr('accent-free', 'televerser des fichiers', {path: '/spend-insights/resources/link-file'}),
  fr(
    'accent-free',
    'telecharger le connecteur sage',
    guide('sage-50-accounts', 'download-connector'),
  ),
  fr('accent-free', 'cle de licence', ...error('sage-50-accounts-licence-key', 'sage-50-accounts')),
  fr(
    'accent-free',
    'societe d essai intacct',
    ...error('sage-intacct-trial-company', 'sage-intacct'),
  ),
  fr('accent-free', 'premieres donnees', onboard('first-data')),
  fr('accent-free', 'termes cles', keyTerms()),
  fr('accent-free', 'depense', keyTerms('expense')),
  // French: typos and English spellings.
  fr('misspelled', 'connection quickbooks online', guide('quickbooks-online')),
  fr('misspelled', 'mot de pass', faq('credentials')),
  fr('misspelled', 'fournisseur', keyTerms('supplier')),
  // French: questions.
  fr('question', 'combien de temps', faq('how-long')),
  fr('question', 'voyez-vous mon mot de passe', faq('credentials')),
  fr('question', 'qui voit mes données', faq('who-sees-data')),
  fr('question', 'le lien expire-t-il', onboard('link-expiry')),
  fr('question', 'pourquoi un accès administrateur', faq('admin-access')),
  // French: tasks.
  fr('task', 'arrêter le partage', faq('revoke-access')),
  fr('task', 'envoyer le lien au client', onboard('onboard-customer')),
  fr('task', 'renvoyer le lien', onboard('resend-link'), onboard('send-again')),
  fr('task', 'reconnecter un client', onboard('reconnect')),
  fr('task', "modèle d'e-mail", onboard('email-template')),
  fr('task', 'ajouter un logiciel au catalogue', {path: '/contributing', section: 'add-software'}),
  // French: error messages, as the software shows them (often in English) or as described.
  fr(
    'error',
    'Too many access tokens',
    ...error('oracle-netsuite-too-many-tokens', 'oracle-netsuite'),
  ),
  fr(
    'error',
    'Timed out attempting to communicate with QBD',
    ...error('quickbooks-desktop-timed-out', 'quickbooks-desktop'),
  ),
  fr(
    'error',
    "la page s'actualise sans cesse",
    ...error('dynamics-365-business-central-slow-install', 'dynamics-365-business-central'),
  ),
  fr(
    'error',
    "le code de vérification n'est pas arrivé",
    ...error('freeagent-email-code-missing', 'freeagent'),
  ),
  fr(
    'error',
    'une société nommée CRONUS',
    ...error('dynamics-365-business-central-cronus', 'dynamics-365-business-central'),
  ),
  fr(
    'error',
    'Waiting for asynchronous response from third party',
    ...error('quickbooks-desktop-web-connector-stopped', 'quickbooks-desktop'),
  ),
  fr(
    'error',
    "l'antivirus bloque le connecteur",
    ...error('sage-50-accounts-antivirus', 'sage-50-accounts'),
  ),
  // French: the journey's own problems, pasted or described, and its life cycle.
  fr(
    'error',
    'le lien a expiré',
    ...journeyError('journey-link-expired-or-used'),
    onboard('link-expiry'),
  ),
  fr(
    'error',
    'Le lien a expiré ou a déjà été utilisé',
    ...journeyError('journey-link-expired-or-used'),
    onboard('link-expiry'),
  ),
  fr('accent-free', 'lien expire deja utilise', ...journeyError('journey-link-expired-or-used')),
  fr(
    'error',
    "j'ai choisi le mauvais logiciel",
    ...journeyError('journey-wrong-software-selected'),
  ),
  fr('error', "j'ai fermé l'onglet avant la fin", ...journeyError('journey-tab-closed-before-end')),
  fr('accent-free', 'onglet ferme avant la fin', ...journeyError('journey-tab-closed-before-end')),
  fr(
    'error',
    'ma connexion est toujours en attente',
    ...journeyError('journey-tab-closed-before-end'),
    onboard('connection-statuses'),
  ),
  fr('question', 'durée de validité du lien', onboard('link-expiry')),
  fr('question', 'quelles données sont partagées', faq('read-only'), whatItReads, ...dataShared),
  // French: French product names and page titles typed without accents or apostrophes.
  fr('name', 'Sage Comptabilité', guide('sage-accounting')),
  fr('accent-free', 'messages d erreur', errorMessages),
  fr('accent-free', 'le lien ne s ouvre plus', ...journeyError('journey-link-expired-or-used')),
  fr('accent-free', 'termes cles entreprise', keyTerms('company')),
  fr(
    'error',
    'Unable to connect to Intacct',
    ...error('sage-intacct-unable-to-connect', 'sage-intacct'),
  ),
];

/** The site path of a target in a locale, with its section. */
export function targetUrl(locale: SearchQuery['locale'], target: SearchTarget): string {
  const path = `${locale === 'en' ? '' : `/${locale}`}${target.path}`;
  return target.section ? `${path}#${target.section}` : path;
}

/**
 * Whether a result URL (path, optional query, optional hash) reaches a
 * target: the same page, and the same section when the target names one.
 */
export function reaches(
  locale: SearchQuery['locale'],
  resultUrl: string,
  target: SearchTarget,
  {section}: {section: boolean},
): boolean {
  const url = new URL(resultUrl, 'http://site.invalid');
  const expected = new URL(targetUrl(locale, target), 'http://site.invalid');
  if (url.pathname.replace(/\/$/, '') !== expected.pathname.replace(/\/$/, '')) return false;
  return !section || !target.section || url.hash === expected.hash;
}
