import type {Integration, Source} from './schema';

/** The connection provider's list of software it supports for file upload, with their reports. */
const FILE_UPLOAD_LIST: Source = {
  title: 'Codat docs: Intelligent file upload',
  url: 'https://docs.codat.io/spend-insights/resources/link-file',
};

/**
 * Every software in the catalog, in any order (the catalog sorts by name).
 * `src/plugins/integrations` checks each entry whenever the site starts or
 * builds, and stops with the entry id and field of anything wrong.
 */
export const integrations: readonly Integration[] = [
  {
    id: 'dynamics-365-business-central',
    name: 'Microsoft Dynamics 365 Business Central',
    aliases: ['Business Central', 'Dynamics', 'Dynamics 365', 'D365 BC', 'Navision'],
    methods: ['direct', 'file-upload'],
    tags: ['premium'],
    countries: [],
    effort: {
      minutes: 25,
      level: 'involved',
    },
    connectAs: {
      en: 'a Business Central user allowed to install apps (EXTEN. MGT. - ADMIN permission set, or the D365 Extension Mgt. user group)',
      fr: "un utilisateur Business Central autorisé à installer des applications (ensemble d'autorisations EXTEN. MGT. - ADMIN, ou groupe d'utilisateurs D365 Extension Mgt.)",
    },
    editions: {
      supported: {
        en: 'Business Central version 22 or later (April 2023 onwards), in the web or desktop app',
        fr: "Business Central version 22 ou ultérieure (à partir d'avril 2023), dans l'application web ou de bureau",
      },
      unsupported: {
        en: 'Business Central versions earlier than 22 (released before April 2023)',
        fr: 'Les versions de Business Central antérieures à la version 22 (publiées avant avril 2023)',
      },
    },
    prerequisites: ['install-vendor-app', 'entra-admin-consent', 'computer-recommended'],
    verified: {
      date: '2026-11-28',
      sources: [
        {
          title:
            'Codat docs: Dynamics 365 Business Central (version support: versions 22 and later, released after April 2023)',
          url: 'https://docs.codat.io/integrations/accounting/dynamics365businesscentral/accounting-dynamics365businesscentral',
        },
        {
          title:
            'Codat docs: Set up the Dynamics 365 Business Central integration (delegated permissions; App Link extension installed during linking, 10-20 minutes)',
          url: 'https://docs.codat.io/integrations/accounting/dynamics365businesscentral/accounting-dynamics365businesscentral-setup',
        },
        {
          title:
            'Codat docs: Test your Dynamics 365 Business Central integration (admin approval, environment shown with each company, Cronus demo company)',
          url: 'https://docs.codat.io/integrations/accounting/dynamics365businesscentral/test-your-dynamics-365-business-central-integration',
        },
        {
          title:
            'Codat docs: Link overview, supported integrations (Business Central requires a desktop package)',
          url: 'https://docs.codat.io/auth-flow/overview',
        },
        {
          title:
            'Microsoft Learn: Consent experience for applications in Microsoft Entra ID (users blocked from consenting, admin approval request, myapps.microsoft.com)',
          url: 'https://learn.microsoft.com/en-us/entra/identity-platform/application-consent-experience',
        },
        {
          title:
            'Microsoft Learn: Grant tenant-wide admin consent to an application (roles that can grant consent)',
          url: 'https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/grant-admin-consent',
        },
        {
          title:
            'Microsoft Learn: Requesting permissions that require administrative consent (user consents by selecting Accept)',
          url: 'https://learn.microsoft.com/en-ca/security/zero-trust/develop/permissions-require-admin-consent',
        },
        {
          title:
            'Microsoft Learn: Customizing Business Central online with apps (EXTEN. MGT. - ADMIN, Extension Management page, uninstalling)',
          url: 'https://learn.microsoft.com/en-us/dynamics365/business-central/ui-extensions',
        },
        {
          title:
            "Microsoft Learn (fr-fr): Personnalisation de Business Central à l'aide d'extensions (page Gestion des extensions)",
          url: 'https://learn.microsoft.com/fr-fr/dynamics365/business-central/ui-extensions',
        },
      ],
    },
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'dynamics-365-finance-operations',
    name: 'Microsoft Dynamics 365 Finance & Operations',
    aliases: ['Finance and Operations', 'Dynamics', 'Dynamics 365', 'D365 F&O', 'Dynamics AX'],
    methods: ['direct', 'file-upload'],
    tags: ['premium'],
    countries: [],
    effort: {
      minutes: 20,
      level: 'involved',
    },
    connectAs: {
      en: 'a Dynamics 365 Finance & Operations administrator, or a user with equivalent access',
      fr: "un administrateur Dynamics 365 Finance & Operations, ou un utilisateur disposant d'un accès équivalent",
    },
    prerequisites: ['limited-release'],
    verified: {
      date: '2026-11-28',
      sources: [
        {
          title: 'Codat docs: Dynamics 365 Finance & Operations',
          url: 'https://docs.codat.io/integrations/accounting/dynamics365financeoperations/overview',
        },
        {
          title:
            'Codat docs: Spend Insights data streaming (connection journey and customer checklist)',
          url: 'https://docs.codat.io/spend-insights/resources/link-software',
        },
        {
          title: 'Codat docs: Spend Insights customer questions and concerns',
          url: 'https://docs.codat.io/spend-insights/resources/customer-faqs',
        },
      ],
    },
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'exact-online',
    name: 'Exact Online',
    aliases: ['Exact'],
    methods: ['direct', 'file-upload'],
    tags: [],
    countries: ['NL', 'GB'],
    effort: {
      minutes: 5,
      level: 'quick',
    },
    connectAs: {
      en: 'an Exact Online user with administrator rights who can open the administration to connect',
      fr: "un utilisateur Exact Online disposant de droits d'administrateur et ayant accès à l'administration à connecter",
    },
    editions: {
      supported: {
        en: 'Exact Online for the Netherlands and for the United Kingdom',
        fr: 'Exact Online pour les Pays-Bas et pour le Royaume-Uni',
      },
      unsupported: {
        en: 'Exact Online for other countries, and Exact products other than Exact Online',
        fr: "Exact Online pour les autres pays, et les produits Exact autres qu'Exact Online",
      },
    },
    prerequisites: [],
    verified: {
      date: '2026-11-28',
      sources: [
        {
          title:
            'Codat docs: Exact Online (NL and UK) integration (Netherlands and United Kingdom only; Exact Online platform only)',
          url: 'https://docs.codat.io/integrations/accounting/exact-online/accounting-exact-online',
        },
        {
          title:
            'Codat docs: Set up the Exact Online integration (separate NL and UK credentials, app name shown to users, permission needed from Exact, recommended scopes)',
          url: 'https://docs.codat.io/integrations/accounting/exact-online/accounting-exact-setup',
        },
        {
          title:
            'Codat docs: Accounting integrations overview (platforms Exact (Netherlands) and Exact (UK))',
          url: 'https://docs.codat.io/integrations/accounting/overview',
        },
        {
          title:
            'Codat docs: Spend Insights continuous data streaming (customer checklist: administrator access or equivalent)',
          url: 'https://docs.codat.io/spend-insights/resources/link-software',
        },
        {
          title:
            'Invantive forum: Hoe trek ik de app rechten in voor Exact Online? (third-party; consent after sign-in with choice of administrations; revoke in Beveiligingscentrum)',
          url: 'https://forums.invantive.com/t/hoe-trek-ik-de-app-rechten-in-voor-exact-online/1123',
        },
        {
          title:
            'Klippa help: How to re-connect with Exact Online? (third-party; My Exact Online > Security centre > App permissions > Revoke; Manage License role)',
          url: 'https://help.klippa.com/en/article/how-to-re-connect-with-exact-online-fdvjfj/',
        },
      ],
    },
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'freeagent',
    name: 'FreeAgent',
    aliases: ['Free Agent'],
    methods: ['direct', 'file-upload'],
    tags: [],
    countries: ['GB'],
    effort: {
      minutes: 5,
      level: 'quick',
    },
    connectAs: {
      en: 'a user with Full access (level 8), the highest access level',
      fr: "un utilisateur disposant de l'accès Full access (niveau 8), le plus élevé",
    },
    prerequisites: ['multi-factor-sign-in'],
    verified: {
      date: '2026-11-28',
      sources: [
        {
          title: 'Codat docs: Set up the FreeAgent integration',
          url: 'https://docs.codat.io/integrations/accounting/freeagent/accounting-freeagent-setup',
        },
        {
          title: 'FreeAgent API docs: Introduction (access levels)',
          url: 'https://dev.freeagent.com/docs/introduction',
        },
        {
          title: 'FreeAgent API docs: OAuth 2.0',
          url: 'https://dev.freeagent.com/docs/oauth',
        },
        {
          title: 'FreeAgent Support: User access levels in FreeAgent',
          url: 'https://support.freeagent.com/hc/en-us/articles/115001223444-User-access-levels-in-FreeAgent',
        },
        {
          title: 'FreeAgent Support: Enable and use two-factor authentication (2FA)',
          url: 'https://support.freeagent.com/hc/en-gb/articles/115001223424-How-to-enable-2-Step-Verification-in-your-FreeAgent-account',
        },
        {
          title:
            'FreeAgent Support: Log in to your FreeAgent account on a new device when new login check is enabled',
          url: 'https://support.freeagent.com/hc/en-us/articles/31161195269522-Log-in-to-your-FreeAgent-account-on-a-new-device-when-new-login-check-is-enabled',
        },
        {
          title: "FreeAgent Support: View and manage FreeAgent's browser sessions",
          url: 'https://support.freeagent.com/hc/en-us/articles/115001544144-View-and-manage-FreeAgent-s-browser-sessions',
        },
        {
          title: 'Codat docs: Customer questions and concerns (Spend Insights)',
          url: 'https://docs.codat.io/spend-insights/resources/customer-faqs',
        },
      ],
    },
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'freshbooks',
    name: 'FreshBooks',
    aliases: ['Fresh Books'],
    methods: ['direct', 'file-upload'],
    tags: [],
    countries: [],
    effort: {
      minutes: 5,
      level: 'quick',
    },
    connectAs: {
      en: 'the account owner (Business Owner) of the FreshBooks business',
      fr: "le propriétaire du compte (Business Owner) de l'entreprise FreshBooks",
    },
    editions: {
      unsupported: {
        en: 'FreshBooks Classic, the legacy version of FreshBooks',
        fr: "FreshBooks Classic, l'ancienne version de FreshBooks",
      },
    },
    prerequisites: ['multi-factor-sign-in'],
    verified: {
      date: '2026-11-28',
      sources: [
        {
          title: 'Codat docs: FreshBooks',
          url: 'https://docs.codat.io/integrations/accounting/freshbooks/accounting-freshbooks',
        },
        {
          title: 'FreshBooks Support: What permissions can I assign to my team member?',
          url: 'https://support.freshbooks.com/hc/en-us/articles/115002261367-What-permissions-can-I-assign-to-my-team-member-',
        },
        {
          title: 'FreshBooks Support: How do I set up two-factor authentication for my login?',
          url: 'https://support.freshbooks.com/hc/en-us/articles/37113134654733-How-do-I-set-up-two-factor-authentication-for-my-login',
        },
        {
          title: 'FreshBooks Support: How do I log in?',
          url: 'https://www.freshbooks.com/support/how-do-i-change-my-subdomain',
        },
        {
          title: 'Codat docs: Customer questions and concerns (Spend Insights)',
          url: 'https://docs.codat.io/spend-insights/resources/customer-faqs',
        },
      ],
    },
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'myob-business',
    name: 'MYOB Business',
    aliases: ['MYOB', 'AccountRight', 'MYOB AccountRight', 'MYOB Essentials'],
    methods: ['direct'],
    tags: [],
    countries: ['AU', 'NZ'],
    effort: {
      minutes: 10,
      level: 'moderate',
    },
    connectAs: {
      en: 'a user with the Administrator role in the MYOB company file',
      fr: 'un utilisateur ayant le rôle Administrator dans le fichier de société MYOB',
    },
    editions: {
      supported: {
        en: 'MYOB Business, MYOB AccountRight (Standard, Plus and Premier) and the migrated MYOB Essentials, with the company file stored online',
        fr: 'MYOB Business, MYOB AccountRight (Standard, Plus et Premier) et MYOB Essentials migré, avec un fichier de société stocké en ligne',
      },
      unsupported: {
        en: 'Company files stored only on a computer, and the old, non-migrated MYOB Essentials',
        fr: "Les fichiers de société stockés uniquement sur un ordinateur, et l'ancienne version non migrée de MYOB Essentials",
      },
    },
    prerequisites: ['multi-factor-sign-in', 'credentials-in-journey', 'periodic-reauthorisation'],
    verified: {
      date: '2026-11-28',
      sources: [
        {
          title:
            'Codat docs: MYOB Business integration (MYOB Business, AccountRight, Essentials; cloud storage; Standard, Plus, Premier)',
          url: 'https://docs.codat.io/integrations/accounting/myob/accounting-myob',
        },
        {
          title:
            "Codat docs: Set up the MYOB integration (legacy Essentials not supported; linking asks for the data file, then the file's user name and password)",
          url: 'https://docs.codat.io/integrations/accounting/myob/accounting-myob-setup',
        },
        {
          title:
            'Codat docs: MYOB troubleshooting and integration reference (online storage, Online list in AccountRight, one file per connection, 2GB performance)',
          url: 'https://docs.codat.io/integrations/accounting/myob/myob-integration-reference',
        },
        {
          title:
            'MYOB help: Managing third-party app connections (Administrator role, 12-month consent, Renew, Disconnect)',
          url: 'https://www.myob.com/nz/support/myob-business/product-account/managing-third-party-app-connections',
        },
        {
          title:
            "MYOB help: Can't sign in to your company file (User ID is never an email; Administrator with blank password; password reset by an administrator)",
          url: 'https://help.myob.com/wiki/pages/viewpage.action?pageId=17281559',
        },
        {
          title:
            'MYOB help: Work on an online company file (MYOB account sign-in, two-factor verification code, company file User ID and password)',
          url: 'https://www.myob.com/au/support/myob-business/product-account/working-online/work-on-an-online-company-file',
        },
      ],
    },
  },
  {
    id: 'oracle-netsuite',
    name: 'Oracle NetSuite',
    aliases: ['NetSuite', 'Net Suite', 'Oracle'],
    methods: ['direct', 'file-upload'],
    tags: ['premium'],
    countries: [],
    effort: {
      minutes: 30,
      level: 'involved',
    },
    connectAs: {
      en: 'a user with the Administrator role',
      fr: 'un utilisateur ayant le rôle Administrateur (Administrator)',
    },
    editions: {
      supported: {
        en: 'NetSuite, including NetSuite OneWorld (each subsidiary is shared as a separate company; elimination subsidiaries are not shared)',
        fr: "NetSuite, y compris NetSuite OneWorld (chaque filiale est partagée comme une société distincte ; les filiales d'élimination ne sont pas partagées)",
      },
    },
    prerequisites: ['install-vendor-app', 'enable-features', 'multi-factor-sign-in'],
    verified: {
      date: '2026-11-28',
      sources: [
        {
          title: 'Codat docs: Oracle NetSuite company linking journey',
          url: 'https://docs.codat.io/integrations/accounting/netsuite/company-linking-journey',
        },
        {
          title: 'Codat docs: Set up the Oracle NetSuite integration',
          url: 'https://docs.codat.io/integrations/accounting/netsuite/accounting-netsuite-setup',
        },
        {
          title: 'Codat docs: Oracle NetSuite FAQ',
          url: 'https://docs.codat.io/integrations/accounting/netsuite/oracle-netsuite-faq',
        },
        {
          title: 'Codat docs: Oracle NetSuite (syncing very large data volumes)',
          url: 'https://docs.codat.io/integrations/accounting/netsuite/accounting-netsuite',
        },
        {
          title: 'Codat docs: Customize Link (multi-entity support)',
          url: 'https://docs.codat.io/auth-flow/customize/customize-link',
        },
        {
          title: 'Codat Help Hub: Understand NetSuite bundles (archived in codat-docs, April 2025)',
          url: 'https://github.com/codatio/codat-docs/blob/e752edc4171cfdaa1dba733bde555ed2517a5b9a/docs/smb-help-hub/integrations/netsuite/bundles.md',
        },
        {
          title: 'Codat Help Hub: Configure SuiteCloud (archived in codat-docs, April 2025)',
          url: 'https://github.com/codatio/codat-docs/blob/e752edc4171cfdaa1dba733bde555ed2517a5b9a/docs/smb-help-hub/integrations/netsuite/suitecloud.md',
        },
        {
          title: 'Codat Help Hub: NetSuite troubleshooting (archived in codat-docs, April 2025)',
          url: 'https://github.com/codatio/codat-docs/blob/e752edc4171cfdaa1dba733bde555ed2517a5b9a/docs/smb-help-hub/integrations/netsuite/troubleshooting.md',
        },
        {
          title: 'Oracle NetSuite Help: Step Two Authorize the Request Token',
          url: 'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_156536698849.html',
        },
        {
          title: 'Oracle NetSuite Help: The Three-Step TBA Authorization Flow',
          url: 'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_156337186044.html',
        },
        {
          title: 'Oracle NetSuite Help: Viewing, Editing, Creating, and Revoking TBA Tokens',
          url: 'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/bridgehead_4249078810.html',
        },
        {
          title: 'Oracle NetSuite Help: Access Token Management - Create and Assign a TBA Token',
          url: 'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/bridgehead_4254081947.html',
        },
        {
          title: 'Oracle NetSuite Help: Error Messages for the TBA Authorization Flow',
          url: 'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/subsect_156934879823.html',
        },
      ],
    },
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'quickbooks-desktop',
    name: 'QuickBooks Desktop',
    aliases: [
      'QBD',
      'QuickBooks',
      'QuickBooks Pro',
      'QuickBooks Premier',
      'QuickBooks Enterprise',
      'QuickBooks Accountant',
      'Rightworks',
      'Intuit',
    ],
    methods: ['direct'],
    tags: ['premium', 'on-premise'],
    countries: ['US', 'CA'],
    effort: {
      minutes: 30,
      level: 'involved',
    },
    connectAs: {
      en: 'the QuickBooks administrator of the company file, signed in to QuickBooks Desktop on the computer where it is used',
      fr: "l'administrateur QuickBooks du fichier d'entreprise, identifié dans QuickBooks Desktop sur l'ordinateur où il est utilisé",
    },
    editions: {
      supported: {
        en: 'QuickBooks Desktop for Windows (US and Canada), the three latest versions: Accountant, Pro, Pro Plus, Premier, Premier Plus and Enterprise, including the Contractor, Manufacturing and Wholesale, Accountant, Professional Services and Nonprofit editions. Windows 10 or 11. Hosting by Rightworks or QuickBooks Enterprise Cloud also works.',
        fr: "QuickBooks Desktop pour Windows (États-Unis et Canada), dans ses trois dernières versions : Accountant, Pro, Pro Plus, Premier, Premier Plus et Enterprise, y compris les éditions Contractor, Manufacturing and Wholesale, Accountant, Professional Services et Nonprofit. Windows 10 ou 11. L'hébergement chez Rightworks ou dans QuickBooks Enterprise Cloud fonctionne aussi.",
      },
      unsupported: {
        en: 'QuickBooks for Mac, and versions older than the three latest. Other hosted or shared set-ups are not guaranteed to work.',
        fr: "QuickBooks pour Mac, et les versions antérieures aux trois dernières. Le fonctionnement n'est pas garanti sur les autres installations hébergées ou partagées.",
      },
    },
    prerequisites: [
      'windows-only',
      'windows-admin-rights',
      'install-connector',
      'computer-on-to-sync',
    ],
    verified: {
      date: '2026-11-28',
      sources: [
        {
          title: 'Codat docs: Install the QuickBooks Desktop connector',
          url: 'https://docs.codat.io/integrations/accounting/quickbooksdesktop/installing-the-quickbooks-connector',
        },
        {
          title: 'Codat docs: QuickBooks Desktop requirements',
          url: 'https://docs.codat.io/integrations/accounting/quickbooksdesktop/software-and-hardware-requirements',
        },
        {
          title: 'Codat docs: QuickBooks Desktop FAQs',
          url: 'https://docs.codat.io/integrations/accounting/quickbooksdesktop/quickbooks-desktop-faq',
        },
        {
          title: 'Codat docs: QuickBooks Desktop troubleshooting',
          url: 'https://docs.codat.io/integrations/accounting/quickbooksdesktop/quickbooks-desktop-troubleshooting',
        },
        {
          title: 'Codat docs: QuickBooks Desktop (on-premise)',
          url: 'https://docs.codat.io/integrations/accounting/quickbooksdesktop/accounting-quickbooksdesktop',
        },
        {
          title: 'Codat updates: Expiry of QuickBooks Desktop connector certificates (2023)',
          url: 'https://docs.codat.io/updates/230731-deprecation-qbd-certificate-update',
        },
        {
          title:
            'Intuit QuickBooks help: Manage permissions for apps to access a QuickBooks company file',
          url: 'https://quickbooks.intuit.com/learn-support/en-us/help-article/security-access/block-applications-accessing-quickbooks-company/L7JM4Ms8o_US_en_US',
        },
      ],
    },
  },
  {
    id: 'quickbooks-online',
    name: 'QuickBooks Online',
    aliases: ['QBO', 'QuickBooks', 'Intuit'],
    methods: ['direct'],
    tags: [],
    countries: [],
    effort: {
      minutes: 5,
      level: 'quick',
    },
    connectAs: {
      en: 'a user with the Primary admin or Company admin role',
      fr: "un utilisateur ayant le rôle Primary admin (administrateur principal) ou Company admin (administrateur de l'entreprise)",
    },
    editions: {
      supported: {
        en: 'Live QuickBooks Online companies, including free trials',
        fr: "Entreprises QuickBooks Online réelles, y compris en période d'essai gratuite",
      },
      unsupported: {
        en: 'QuickBooks Online France (closed by Intuit after 31 December 2023) and QuickBooks Self-Employed',
        fr: 'QuickBooks Online France (fermé par Intuit après le 31 décembre 2023) et QuickBooks Self-Employed',
      },
    },
    prerequisites: ['multi-factor-sign-in'],
    verified: {
      date: '2026-11-28',
      sources: [
        {
          title: 'Codat docs: QuickBooks Online FAQ',
          url: 'https://docs.codat.io/integrations/accounting/quickbooksonline/faq-quickbooks-online',
        },
        {
          title: 'Codat docs: Set up the QuickBooks Online integration',
          url: 'https://docs.codat.io/integrations/accounting/quickbooksonline/accounting-quickbooksonline-new-setup',
        },
        {
          title: 'Codat docs: Platform selection',
          url: 'https://docs.codat.io/auth-flow/optimize/platform-selection',
        },
        {
          title: 'QuickBooks Help: User roles and access rights in QuickBooks Online',
          url: 'https://quickbooks.intuit.com/learn-support/en-uk/help-article/access-permissions/user-roles-access-rights-quickbooks-online/L66POfRrI_GB_en_GB',
        },
        {
          title:
            'QuickBooks Help: Disconnect an app in QuickBooks Online and QuickBooks Online Accountant',
          url: 'https://quickbooks.intuit.com/learn-support/en-ca/help-article/accountant-access/disconnect-app-change-subscription/L5y72TDf3_CA_en_CA',
        },
        {
          title:
            'QuickBooks Help: Transfer app ownership or disconnect apps in QuickBooks Online and Accountant',
          url: 'https://quickbooks.intuit.com/learn-support/en-ie/help-article/manage-users/transfer-app-ownership-disconnect-apps/L73ZAy899_IE_en_IE',
        },
        {
          title:
            'QuickBooks Help: Secure your Intuit Account and prevent lockout with extra verification methods',
          url: 'https://quickbooks.intuit.com/learn-support/en-ie/help-article/security-risk/verify-account-multi-factor-authentication/L2Xp0GNiT_IE_en_IE',
        },
        {
          title:
            'QuickBooks Help: Use one user ID to access multiple companies in QuickBooks Online',
          url: 'https://quickbooks.intuit.com/learn-support/en-us/help-article/intuit-billing-updates/sign-multiple-quickbooks-online-companies-one-user/L87xB05iC_US_en_US',
        },
        {
          title: 'Codat docs: Customer questions and concerns (Spend Insights)',
          url: 'https://docs.codat.io/spend-insights/resources/customer-faqs',
        },
      ],
    },
  },
  {
    id: 'sage-200-standard',
    name: 'Sage 200 Standard',
    aliases: ['Sage 200', 'Sage 200 Standard Online'],
    methods: ['direct', 'file-upload'],
    tags: [],
    countries: ['GB', 'IE'],
    effort: {
      minutes: 10,
      level: 'moderate',
    },
    connectAs: {
      en: 'a Sage 200 user enabled for API access, signing in with their Sage ID, who can open the company to connect',
      fr: "un utilisateur Sage 200 autorisé à l'accès API (API access), qui s'identifie avec son Sage ID et a accès à la société à connecter",
    },
    editions: {
      supported: {
        en: 'Sage 200 Standard (online)',
        fr: 'Sage 200 Standard (en ligne)',
      },
      unsupported: {
        en: 'Sage 200 Professional (desktop)',
        fr: 'Sage 200 Professional (bureau)',
      },
    },
    prerequisites: ['periodic-reauthorisation', 'api-access-user', 'computer-recommended'],
    verified: {
      date: '2026-11-28',
      sources: [
        {
          title:
            'Codat docs: Sage 200 Standard (supported versions: Standard online only, Professional not supported)',
          url: 'https://docs.codat.io/integrations/accounting/sage200/accounting-sage200',
        },
        {
          title:
            'Codat docs: Set up the Sage 200 Standard integration (refresh token expiry of 90 days at most; linking steps)',
          url: 'https://docs.codat.io/integrations/accounting/sage200/accounting-sage200-setup',
        },
        {
          title:
            'Codat docs: Link overview, supported integrations (Sage 200 Standard uses non mobile-optimized websites)',
          url: 'https://docs.codat.io/auth-flow/overview',
        },
        {
          title: 'Codat docs: Accounting integrations overview (platform listed as Sage 200 Cloud)',
          url: 'https://docs.codat.io/integrations/accounting/overview',
        },
        {
          title:
            'Sage Knowledgebase: Sage 200 API common queries and FAQ (Standard: API on by default, users must be enabled for API access)',
          url: 'https://gb-kb.sage.com/portal/app/portlets/results/viewsolution.jsp?solutionid=200427112454709',
        },
        {
          title:
            'Zynk docs: Connecting to Sage 200 Online (third-party; Sage ID sign-in, token expires 3 months after sign-in, companies listed by access)',
          url: 'https://docs.zynk.com/workflow/documentation/sage-200-online/connection.html',
        },
      ],
    },
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'sage-50-accounts',
    name: 'Sage 50 Accounts',
    aliases: ['Sage 50', 'Sage 50cloud', 'Sage 50c', 'Sage 50 Accounts Cloud', 'Sage Line 50'],
    methods: ['direct', 'file-upload'],
    tags: ['premium', 'on-premise'],
    countries: ['GB', 'IE'],
    effort: {
      minutes: 30,
      level: 'involved',
    },
    connectAs: {
      en: 'the MANAGER logon, or another Sage 50 user with full access to the company data (the Administrator user type in v27 and above)',
      fr: "l'identifiant MANAGER, ou un autre utilisateur Sage 50 ayant un accès complet aux données de la société (type d'utilisateur Administrator à partir de la v27)",
    },
    editions: {
      supported: {
        en: 'Sage 50 Accounts and Sage 50 Accounts Cloud (Sage 50c) sold in the UK and Ireland, Standard and Professional plans, in the three most recent versions, on Windows 10 or 11.',
        fr: 'Sage 50 Accounts et Sage 50 Accounts Cloud (Sage 50c) vendus au Royaume-Uni et en Irlande, offres Standard et Professional, dans leurs trois versions les plus récentes, sous Windows 10 ou 11.',
      },
      unsupported: {
        en: 'Any Sage 50 outside the UK and Ireland, such as Sage 50 France or Sage 50 Canada. Also Construction for Sage 50, Sage 50 Accounts HR, Sage Instant Accounts and Abila Fundraising 50, and hosted set-ups such as Online50.',
        fr: 'Toute édition de Sage 50 hors Royaume-Uni et Irlande, dont Sage 50 France et Sage 50 Canada. Également Construction for Sage 50, Sage 50 Accounts HR, Sage Instant Accounts et Abila Fundraising 50, ainsi que les installations hébergées comme Online50.',
      },
    },
    prerequisites: [
      'windows-only',
      'windows-admin-rights',
      'install-connector',
      'computer-on-to-sync',
    ],
    verified: {
      date: '2026-11-28',
      sources: [
        {
          title: 'Codat docs: Install the Sage 50 connector',
          url: 'https://docs.codat.io/integrations/accounting/sage50/installing-the-sage-50-connector',
        },
        {
          title: 'Codat docs: Sage 50 Accounts requirements',
          url: 'https://docs.codat.io/integrations/accounting/sage50/sage-50-requirements',
        },
        {
          title: 'Codat docs: Sage 50 troubleshooting',
          url: 'https://docs.codat.io/integrations/accounting/sage50/sage50-troubleshooting',
        },
        {
          title: 'Codat docs: Restart the Sage 50 Accounts Connector',
          url: 'https://docs.codat.io/integrations/accounting/sage50/restart-the-sage-50-connector',
        },
        {
          title: 'Codat docs: Uninstall the Sage 50 Accounts Connector',
          url: 'https://docs.codat.io/integrations/accounting/sage50/uninstalling-the-sage-50-connector',
        },
        {
          title: 'Codat docs: Multi-company mode for Sage 50 Accounts (UK & Ireland)',
          url: 'https://docs.codat.io/integrations/accounting/sage50/sage50-multi-company-mode',
        },
        {
          title: 'Codat docs: Sage 50 Accounts (UK & Ireland) (on-premise)',
          url: 'https://docs.codat.io/integrations/accounting/sage50/accounting-sage50',
        },
        {
          title:
            'Sage 50 Accounts (UK) help: Administrator user - Create a user with full access to company data',
          url: 'https://gb-kb.sage.com/portal/app/portlets/results/viewsolution.jsp?solutionid=210416114452220',
        },
        {
          title:
            'Sage 50 Accounts (UK) help: Set up access rights, logon names and passwords for additional users',
          url: 'https://gb-kb.sage.com/portal/app/portlets/results/viewsolution.jsp?solutionid=200427112156600',
        },
        {
          title:
            'Sage 50 Accounts (UK) help: where documents and company data are stored (Help > About, Data Directory)',
          url: 'https://gb-kb.sage.com/portal/app/portlets/results/view2.jsp?k2dockey=200427112401136',
        },
        {
          title: 'Sage 50 Accounts (UK) help: fixing errors found by Check Data',
          url: 'https://gb-kb.sage.com/portal/app/portlets/results/viewsolution.jsp?solutionid=200427112547072',
        },
      ],
    },
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'sage-accounting',
    name: 'Sage Accounting',
    aliases: ['Sage Business Cloud Accounting', 'Sage One'],
    methods: ['direct', 'file-upload'],
    tags: [],
    countries: ['GB', 'US', 'IE', 'CA', 'FR', 'DE', 'ES'],
    effort: {
      minutes: 5,
      level: 'quick',
    },
    connectAs: {
      en: 'the business owner, or a user with Full Access to the business',
      fr: "le propriétaire de l'entreprise (business owner), ou un utilisateur disposant de l'accès Full Access (accès complet) à l'entreprise",
    },
    editions: {
      supported: {
        en: 'Sage Accounting for the UK, Ireland, Germany, Spain, Portugal, France, the USA, Canada and the UAE',
        fr: "Sage Accounting pour le Royaume-Uni, l'Irlande, l'Allemagne, l'Espagne, le Portugal, la France, les États-Unis, le Canada et les Émirats arabes unis",
      },
      unsupported: {
        en: 'Sage Accounting for Australia, New Zealand and South Africa, and the Asian edition (Hong Kong, Singapore, Malaysia)',
        fr: "Sage Accounting pour l'Australie, la Nouvelle-Zélande et l'Afrique du Sud, ainsi que l'édition asiatique (Hong Kong, Singapour, Malaisie)",
      },
    },
    prerequisites: [],
    verified: {
      date: '2026-11-28',
      sources: [
        {
          title:
            'Codat docs: Set up the Sage Accounting integration (supported versions and geographies)',
          url: 'https://docs.codat.io/integrations/accounting/sagebusinesscloud/accounting-sagebusinesscloud-setup',
        },
        {
          title:
            'Codat docs: Platform selection (show full names, e.g. Sage Accounting vs Sage Intacct)',
          url: 'https://docs.codat.io/auth-flow/optimize/platform-selection',
        },
        {
          title:
            'Codat docs: Spend Insights continuous data streaming (customer checklist: administrator access or equivalent)',
          url: 'https://docs.codat.io/spend-insights/resources/link-software',
        },
        {
          title:
            'Sage Developer: Improvements in the authentication process (country selection page)',
          url: 'https://developer.sage.com/accounting/announcements/2020-03-25',
        },
        {
          title:
            'Sage Developer: Sage Accounting API authentication (users authorise apps without sharing login details; access to one or more businesses)',
          url: 'https://developer.sage.com/accounting/guides/authenticating/authentication',
        },
        {
          title: 'Sage Accounting help: Manage users (business owner, Full Access and other roles)',
          url: 'https://help.accounting.sage.com/en-gb/accounting/manage-your-subscription/user-management.html',
        },
      ],
    },
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'sage-intacct',
    name: 'Sage Intacct',
    aliases: ['Intacct'],
    methods: ['direct', 'file-upload'],
    tags: ['premium'],
    countries: [],
    effort: {
      minutes: 20,
      level: 'involved',
    },
    connectAs: {
      en: 'a Sage Intacct user with full admin privileges (Admin privileges: Full)',
      fr: "un utilisateur Sage Intacct disposant des privilèges d'administrateur complets (Admin privileges : Full)",
    },
    prerequisites: [
      'enable-features',
      'credentials-in-journey',
      'no-trial-company',
      'create-integration-user',
      'top-level-access',
      'email-inbox',
    ],
    verified: {
      date: '2026-11-28',
      sources: [
        {
          title: 'Codat docs: Set up the Sage Intacct integration',
          url: 'https://docs.codat.io/integrations/accounting/sage-intacct/accounting-sage-intacct-setup',
        },
        {
          title: 'Codat Help: Sage Intacct overview',
          url: 'https://business-hub.codat.io/integrations/sage-intacct/overview',
        },
        {
          title: 'Codat Help: Create a Web Services user (Sage Intacct)',
          url: 'https://help.codat.io/integrations/sage-intacct/web-services-user',
        },
        {
          title: 'Codat Help: Top-level entity access in Sage Intacct',
          url: 'https://help.codat.io/integrations/sage-intacct/top-level-entity-access',
        },
        {
          title:
            'Codat Help Hub: Enable the Web Services subscription (archived in codat-docs, April 2025)',
          url: 'https://github.com/codatio/codat-docs/blob/e752edc4171cfdaa1dba733bde555ed2517a5b9a/docs/smb-help-hub/integrations/sage-intacct/web-services-subscription.md',
        },
        {
          title:
            'Codat Help Hub: Create a Web Services user, user-based permissions (archived in codat-docs, April 2025)',
          url: 'https://github.com/codatio/codat-docs/blob/e752edc4171cfdaa1dba733bde555ed2517a5b9a/docs/smb-help-hub/integrations/sage-intacct/web-services-user.md',
        },
        {
          title: 'Codat Help Hub: Sage Intacct error messages (archived in codat-docs, April 2025)',
          url: 'https://github.com/codatio/codat-docs/blob/e752edc4171cfdaa1dba733bde555ed2517a5b9a/docs/smb-help-hub/integrations/sage-intacct/error-messages.md',
        },
        {
          title: 'Sage Intacct Help: Web Services users',
          url: 'https://www.intacct.com/ia/docs/en_US/help_action/Administration/Users/web-services-only-users.htm',
        },
        {
          title: 'Sage Intacct Help: Web Services authorizations',
          url: 'https://www.intacct.com/ia/docs/en_US/help_action/Company/Company_setup/Company_Information/Security/company-web-services-authorizations.htm',
        },
        {
          title: 'Sage Intacct Help: Field descriptions, Instance Setup Wizard (company ID)',
          url: 'https://www.intacct.com/ia/docs/en_AU/help_action/More/Consoles/Instances/fd-instance-setup.htm',
        },
      ],
    },
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'workday',
    name: 'Workday',
    aliases: ['Workday Financial Management', 'Workday Financials'],
    methods: ['direct', 'file-upload'],
    tags: [],
    countries: [],
    effort: {
      minutes: 30,
      level: 'involved',
    },
    connectAs: {
      en: 'a Workday administrator, or a user with equivalent access',
      fr: "un administrateur Workday, ou un utilisateur disposant d'un accès équivalent",
    },
    prerequisites: [],
    verified: {
      date: '2026-11-28',
      sources: [
        {
          title: 'Codat docs: Workday',
          url: 'https://docs.codat.io/integrations/accounting/workday/overview',
        },
        {
          title:
            'Codat docs: Spend Insights data streaming (connection journey and customer checklist)',
          url: 'https://docs.codat.io/spend-insights/resources/link-software',
        },
        {
          title: 'Codat docs: Spend Insights customer questions and concerns',
          url: 'https://docs.codat.io/spend-insights/resources/customer-faqs',
        },
      ],
    },
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'xero',
    name: 'Xero',
    aliases: [],
    methods: ['direct', 'file-upload'],
    tags: [],
    countries: [],
    effort: {
      minutes: 5,
      level: 'quick',
    },
    connectAs: {
      en: 'a user with the Standard or Adviser role in the organisation',
      fr: "un utilisateur ayant le rôle Standard ou Adviser dans l'organisation",
    },
    prerequisites: ['multi-factor-sign-in'],
    verified: {
      date: '2026-11-28',
      sources: [
        {
          title: 'Codat docs: Set up the Xero integration',
          url: 'https://docs.codat.io/integrations/accounting/xero/accounting-xero-setup',
        },
        {
          title: 'Codat docs: Test your Xero integration',
          url: 'https://docs.codat.io/integrations/accounting/xero/accounting-xero-test',
        },
        {
          title: 'Codat docs: Xero scopes by use case',
          url: 'https://docs.codat.io/integrations/accounting/xero/partner-certification/scopes',
        },
        {
          title: 'Xero Developer: Permissions FAQ',
          url: 'https://developer.xero.com/faq/permissions',
        },
        {
          title: 'Xero Central: User roles and their access to settings in Xero',
          url: 'https://help.xero.com/us/Settings_UsersRoles-Settings',
        },
        {
          title: 'Xero Central: Disconnect a connected app in Xero',
          url: 'https://help.xero.com/au/ConnectedApps-Disconnect',
        },
        {
          title: 'Xero: Multi-factor authentication FAQs',
          url: 'https://www.xero.com/sg/security/multi-factor-authentication/faq/',
        },
        {
          title: 'Codat docs: Customer questions and concerns (Spend Insights)',
          url: 'https://docs.codat.io/spend-insights/resources/customer-faqs',
        },
      ],
    },
    reports: ['suppliers', 'bills', 'payments'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'acumatica',
    name: 'Acumatica',
    aliases: ['Acumatica Cloud ERP'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'deltek-ajera',
    name: 'Deltek Ajera',
    aliases: ['Ajera', 'Deltek'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'epicor',
    name: 'Epicor',
    aliases: ['Epicor Kinetic', 'Epicor ERP'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'foundation',
    name: 'Foundation',
    aliases: ['Foundation Software'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'infor-lawson',
    name: 'Infor Lawson',
    aliases: ['Lawson', 'Infor'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'meditech',
    name: 'MEDITECH',
    aliases: ['MEDITECH Expanse', 'Medical Information Technology'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'microsoft-dynamics-sl',
    name: 'Microsoft Dynamics SL',
    aliases: ['Dynamics SL', 'Solomon', 'Dynamics'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'microsoft-dynamics-gp',
    name: 'Microsoft Dynamics GP',
    aliases: ['Dynamics GP', 'Dynamics Great Plains', 'Great Plains', 'Dynamics'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'oracle-peoplesoft',
    name: 'Oracle PeopleSoft',
    aliases: ['PeopleSoft', 'PeopleSoft Financials', 'Oracle'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'oracle-fusion-cloud-erp',
    name: 'Oracle Fusion Cloud ERP',
    aliases: [
      'Oracle Cloud ERP',
      'Cloud ERP',
      'Oracle Fusion',
      'Fusion',
      'Oracle ERP Cloud',
      'Oracle',
    ],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'oracle-e-business-suite',
    name: 'Oracle E-Business Suite',
    aliases: ['Oracle EBS', 'EBS', 'EBS R12', 'Oracle EBS R12', 'Oracle'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'jd-edwards-enterpriseone',
    name: 'JD Edwards EnterpriseOne',
    aliases: ['JDE', 'JDE E1', 'E1', 'EnterpriseOne', 'JD Edwards', 'Oracle JD Edwards', 'Oracle'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'jd-edwards-world',
    name: 'JD Edwards World',
    aliases: ['JDE', 'JDE World', 'JD Edwards', 'Oracle JD Edwards', 'Oracle'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'sage-100',
    name: 'Sage 100',
    aliases: ['Sage 100cloud', 'Sage MAS 90', 'Sage'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'sage-200-professional',
    name: 'Sage 200 Professional',
    aliases: ['Sage 200', 'Sage 200cloud Professional', 'Sage'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'sage-300',
    name: 'Sage 300',
    aliases: ['Sage 300cloud', 'Sage Accpac', 'Accpac', 'Sage'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'sage-x3',
    name: 'Sage X3',
    aliases: ['Sage Enterprise Management', 'Sage'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'sap-business-bydesign',
    name: 'SAP Business ByDesign',
    aliases: ['SAP ByD', 'ByDesign', 'SAP'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'sap-business-one',
    name: 'SAP Business One',
    aliases: ['SAP B1', 'SAP'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'sap-ecc',
    name: 'SAP ERP Central Component',
    aliases: ['SAP ECC', 'ECC', 'SAP ERP', 'SAP'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'sap-netweaver',
    name: 'SAP NetWeaver',
    aliases: ['NetWeaver', 'SAP'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'sap-s4hana-cloud-public-edition',
    name: 'SAP S/4HANA Cloud Public Edition',
    aliases: ['S/4HANA', 'S4HANA', 'S4 HANA', 'SAP S/4HANA Cloud', 'SAP'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'sap-s4hana-cloud-private-edition',
    name: 'SAP S/4HANA Cloud Private Edition',
    aliases: [
      'SAP S/4HANA Cloud Extended Edition',
      'S/4HANA',
      'S4HANA',
      'S4 HANA',
      'RISE with SAP',
      'SAP',
    ],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'sap-s4hana-on-premise',
    name: 'SAP S/4HANA On-Premise',
    aliases: ['SAP S/4HANA', 'S/4HANA On-Premises', 'S/4HANA', 'S4HANA', 'S4 HANA', 'SAP'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'tyler-eden',
    name: 'Tyler Eden',
    aliases: ['Eden', 'Tyler Technologies'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'tyler-incode',
    name: 'Tyler Incode',
    aliases: ['Incode', 'Tyler Technologies'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'tyler-erp-pro',
    name: 'Tyler ERP Pro',
    aliases: ['ERP Pro', 'Tyler Technologies'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'tyler-energov',
    name: 'Tyler EnerGov',
    aliases: ['EnerGov', 'Tyler Technologies'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'sisfin',
    name: 'SISFin',
    aliases: ['Tyler Technologies'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'yardi-breeze',
    name: 'Yardi Breeze',
    aliases: ['Breeze', 'Yardi'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'yardi-kube',
    name: 'Yardi Kube',
    aliases: ['Kube', 'Yardi'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'munis',
    name: 'Munis',
    aliases: ['Yardi Munis', 'Tyler Munis', 'Tyler Technologies'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'yardi-voyager',
    name: 'Yardi Voyager',
    aliases: ['Voyager', 'Yardi'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments', 'direct-costs'],
    source: FILE_UPLOAD_LIST,
  },
  {
    id: 'zoho-books',
    name: 'Zoho Books',
    aliases: ['Zoho'],
    methods: ['file-upload'],
    tags: [],
    countries: [],
    reports: ['suppliers', 'bills', 'payments'],
    source: FILE_UPLOAD_LIST,
  },
];
