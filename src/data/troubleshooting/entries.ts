import type {TroubleshootingEntry} from './schema';

/**
 * Error messages and problems customers meet while connecting, each with its
 * cause and fix in English and French. `message` stays exactly as the software
 * shows it. `src/plugins/integrations` validates every entry at build time.
 */
export const troubleshooting: readonly TroubleshootingEntry[] = [
  {
    id: 'dynamics-365-business-central-admin-approval',
    software: 'dynamics-365-business-central',
    message: null,
    symptom: {
      en: "Microsoft says an administrator must approve the app, and you can't accept the permissions.",
      fr: "Microsoft indique qu'un administrateur doit approuver l'application, et vous ne pouvez pas accepter les autorisations.",
    },
    cause: {
      en: 'Your organisation only lets administrators approve apps that access company data.',
      fr: "Votre organisation réserve aux administrateurs l'approbation des applications qui accèdent aux données de l'entreprise.",
    },
    fix: {
      en: 'If the page offers it, send a request for approval. Otherwise ask a Microsoft Entra administrator (Cloud Application Administrator, Application Administrator or Privileged Role Administrator) to approve the app. Then start again from the Link URL.',
      fr: "Si la page le propose, envoyez une demande d'approbation. Sinon, demandez à un administrateur Microsoft Entra (administrateur d'applications cloud, administrateur d'applications ou administrateur de rôle privilégié) d'approuver l'application. Recommencez ensuite depuis le lien de connexion.",
    },
    step: 'sign-in-microsoft',
    sources: [
      {
        title:
          'Codat docs: Test your Dynamics 365 Business Central integration (admin approval, environment shown with each company, Cronus demo company)',
        url: 'https://docs.codat.io/integrations/accounting/dynamics365businesscentral/test-your-dynamics-365-business-central-integration',
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
    ],
  },
  {
    id: 'dynamics-365-business-central-slow-install',
    software: 'dynamics-365-business-central',
    message: null,
    symptom: {
      en: 'The page keeps refreshing and the journey seems stuck.',
      fr: "La page s'actualise sans cesse et le parcours de connexion semble bloqué.",
    },
    cause: {
      en: 'The App Link extension is being installed in your environment. This can take 10 to 20 minutes, and the page may refresh repeatedly meanwhile.',
      fr: "L'extension App Link est en cours d'installation dans votre environnement. Cela peut durer de 10 à 20 minutes, et la page peut s'actualiser plusieurs fois pendant ce temps.",
    },
    fix: {
      en: 'Keep the tab open and wait for the message that confirms the installation.',
      fr: "Gardez l'onglet ouvert et attendez le message qui confirme l'installation.",
    },
    step: 'install-extension',
    sources: [
      {
        title:
          'Codat docs: Set up the Dynamics 365 Business Central integration (delegated permissions; App Link extension installed during linking, 10-20 minutes)',
        url: 'https://docs.codat.io/integrations/accounting/dynamics365businesscentral/accounting-dynamics365businesscentral-setup',
      },
    ],
  },
  {
    id: 'dynamics-365-business-central-extension-removed',
    software: 'dynamics-365-business-central',
    message: null,
    symptom: {
      en: 'Your bank reports that some data is missing, after App Link was uninstalled or removed.',
      fr: "Votre banque signale des données manquantes, après la désinstallation ou la suppression d'App Link.",
    },
    cause: {
      en: "Without the latest version of the App Link extension, the connection can't read all the data it needs.",
      fr: "Sans la dernière version de l'extension App Link, la connexion ne peut pas lire toutes les données nécessaires.",
    },
    fix: {
      en: 'Leave App Link installed while you share data. If it was removed, tell your bank and ask how to restore the connection.',
      fr: 'Laissez App Link installée tant que vous partagez vos données. Si elle a été supprimée, prévenez votre banque et demandez-lui comment rétablir la connexion.',
    },
    step: 'install-extension',
    sources: [
      {
        title:
          'Codat docs: Set up the Dynamics 365 Business Central integration (delegated permissions; App Link extension installed during linking, 10-20 minutes)',
        url: 'https://docs.codat.io/integrations/accounting/dynamics365businesscentral/accounting-dynamics365businesscentral-setup',
      },
    ],
  },
  {
    id: 'dynamics-365-business-central-old-version',
    software: 'dynamics-365-business-central',
    message: null,
    symptom: {
      en: 'Your Business Central was released before April 2023 (before version 22).',
      fr: "Votre version de Business Central date d'avant avril 2023 (antérieure à la version 22).",
    },
    cause: {
      en: 'Only version 22 and later can be connected.',
      fr: 'Seules les versions 22 et ultérieures peuvent être connectées.',
    },
    fix: {
      en: 'Ask your Business Central administrator or partner about updating. Until then, ask your bank whether you can upload files instead.',
      fr: 'Renseignez-vous sur une mise à jour auprès de votre administrateur ou de votre partenaire Business Central. En attendant, demandez à votre banque si vous pouvez téléverser des fichiers.',
    },
    step: 'select-software',
    sources: [
      {
        title:
          'Codat docs: Dynamics 365 Business Central (version support: versions 22 and later, released after April 2023)',
        url: 'https://docs.codat.io/integrations/accounting/dynamics365businesscentral/accounting-dynamics365businesscentral',
      },
    ],
  },
  {
    id: 'dynamics-365-business-central-cronus',
    software: 'dynamics-365-business-central',
    message: null,
    symptom: {
      en: 'A company named CRONUS appears in the list.',
      fr: 'Une société nommée CRONUS apparaît dans la liste.',
    },
    cause: {
      en: "CRONUS is Microsoft's demo company, filled with sample data.",
      fr: 'CRONUS est la société de démonstration de Microsoft, remplie de données fictives.',
    },
    fix: {
      en: "Don't choose it. Choose your own company, in the environment where you keep your real accounts.",
      fr: "Ne la choisissez pas. Choisissez votre propre société, dans l'environnement où vous tenez votre comptabilité réelle.",
    },
    step: 'choose-company',
    sources: [
      {
        title:
          'Codat docs: Test your Dynamics 365 Business Central integration (admin approval, environment shown with each company, Cronus demo company)',
        url: 'https://docs.codat.io/integrations/accounting/dynamics365businesscentral/test-your-dynamics-365-business-central-integration',
      },
    ],
  },
  {
    id: 'dynamics-365-finance-operations-not-offered',
    software: 'dynamics-365-finance-operations',
    message: null,
    symptom: {
      en: 'Dynamics 365 Finance & Operations is not offered when you search for your software.',
      fr: "Dynamics 365 Finance & Operations n'est pas proposé quand vous recherchez votre logiciel.",
    },
    cause: {
      en: "The connection is in limited release. The connection provider turns it on only at your bank's request.",
      fr: "La connexion est en diffusion limitée. Le prestataire de connexion ne l'active qu'à la demande de votre banque.",
    },
    fix: {
      en: 'Ask your bank to have it turned on, then open the link again.',
      fr: 'Demandez à votre banque de la faire activer, puis rouvrez le lien.',
    },
    step: 'select-software',
    sources: [
      {
        title: 'Codat docs: Dynamics 365 Finance & Operations',
        url: 'https://docs.codat.io/integrations/accounting/dynamics365financeoperations/overview',
      },
    ],
  },
  {
    id: 'exact-online-app-not-permitted',
    software: 'exact-online',
    message: null,
    symptom: {
      en: 'Exact Online shows an error during the authorisation, instead of the access request.',
      fr: "Exact Online affiche une erreur pendant l'autorisation, à la place de la demande d'accès.",
    },
    cause: {
      en: "Before its customers can connect, the bank's app must receive Exact's permission. Until then, Exact Online refuses the authorisation.",
      fr: "Avant que ses clients puissent connecter leur logiciel, l'application de la banque doit obtenir l'autorisation d'Exact. D'ici là, Exact Online refuse l'autorisation.",
    },
    fix: {
      en: 'Nothing to change on your side. Tell your bank, and try again when it confirms that Exact has given permission.',
      fr: "Rien à modifier de votre côté. Prévenez votre banque, et réessayez quand elle vous confirme qu'Exact a donné son autorisation.",
    },
    step: 'sign-in-exact',
    sources: [
      {
        title:
          'Codat docs: Set up the Exact Online integration (separate NL and UK credentials, app name shown to users, permission needed from Exact, recommended scopes)',
        url: 'https://docs.codat.io/integrations/accounting/exact-online/accounting-exact-setup',
      },
    ],
  },
  {
    id: 'exact-online-wrong-country',
    software: 'exact-online',
    message: null,
    symptom: {
      en: 'You selected the Exact Online entry for the Netherlands but your account is British, or the other way round.',
      fr: "Vous avez sélectionné l'entrée Exact Online des Pays-Bas alors que votre compte est britannique, ou l'inverse.",
    },
    cause: {
      en: 'Exact Online for the Netherlands and for the United Kingdom are separate, and each connects on its own.',
      fr: 'Exact Online pour les Pays-Bas et Exact Online pour le Royaume-Uni sont distincts, et chacun doit être connecté séparément.',
    },
    fix: {
      en: 'Start again from the Link URL and select the entry for the country of your Exact Online account.',
      fr: "Recommencez depuis le lien de connexion et sélectionnez l'entrée correspondant au pays de votre compte Exact Online.",
    },
    step: 'select-software',
    sources: [
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
    ],
  },
  {
    id: 'exact-online-unsupported',
    software: 'exact-online',
    message: null,
    symptom: {
      en: 'Your Exact Online account is for another country than the Netherlands or the United Kingdom, or you use another Exact product.',
      fr: 'Votre compte Exact Online concerne un autre pays que les Pays-Bas ou le Royaume-Uni, ou vous utilisez un autre produit Exact.',
    },
    cause: {
      en: 'Only Exact Online for the Netherlands and the United Kingdom can be connected.',
      fr: 'Seul Exact Online pour les Pays-Bas et le Royaume-Uni peut être connecté.',
    },
    fix: {
      en: 'Ask your bank whether you can upload files instead (see the file upload page).',
      fr: 'Demandez à votre banque si vous pouvez plutôt téléverser des fichiers (voir la page sur le téléversement de fichiers).',
    },
    step: 'select-software',
    sources: [
      {
        title:
          'Codat docs: Exact Online (NL and UK) integration (Netherlands and United Kingdom only; Exact Online platform only)',
        url: 'https://docs.codat.io/integrations/accounting/exact-online/accounting-exact-online',
      },
    ],
  },
  {
    id: 'exact-online-administration-missing',
    software: 'exact-online',
    message: null,
    symptom: {
      en: 'The administration your bank asked for is not offered on the access request.',
      fr: "L'administration demandée par votre banque n'est pas proposée dans la demande d'accès.",
    },
    cause: {
      en: 'Your Exact Online user has no access rights to that administration.',
      fr: "Votre utilisateur Exact Online n'a pas de droits d'accès à cette administration.",
    },
    fix: {
      en: 'Ask your Exact Online administrator to give your user access to the administration, or to connect it. Then start again from the Link URL.',
      fr: "Demandez à votre administrateur Exact Online de donner à votre utilisateur l'accès à cette administration, ou de la connecter lui-même. Recommencez ensuite depuis le lien de connexion.",
    },
    step: 'authorise-access',
    sources: [
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
  {
    id: 'freeagent-access-level-too-low',
    software: 'freeagent',
    message: null,
    symptom: {
      en: "Your FreeAgent access level is below Full access, and you can't raise it yourself.",
      fr: "Votre niveau d'accès FreeAgent est inférieur à Full access, et vous ne pouvez pas le modifier vous-même.",
    },
    cause: {
      en: "FreeAgent users can't change their own access level. A user with Full access (level 8) can change anyone's level.",
      fr: "Dans FreeAgent, un utilisateur ne peut pas modifier son propre niveau d'accès. Un utilisateur disposant de Full access (niveau 8) peut modifier celui de tous les utilisateurs.",
    },
    fix: {
      en: 'Ask a user with Full access to connect, or to raise your level to Full access. Then open the link again.',
      fr: "Demandez à un utilisateur disposant de Full access d'établir la connexion, ou de relever votre niveau à Full access. Ouvrez ensuite de nouveau le lien.",
    },
    step: 'approve-app',
    sources: [
      {
        title: 'FreeAgent Support: User access levels in FreeAgent',
        url: 'https://support.freeagent.com/hc/en-us/articles/115001223444-User-access-levels-in-FreeAgent',
      },
      {
        title: 'FreeAgent API docs: Introduction (access levels)',
        url: 'https://dev.freeagent.com/docs/introduction',
      },
    ],
  },
  {
    id: 'freeagent-email-code-missing',
    software: 'freeagent',
    message: null,
    symptom: {
      en: "FreeAgent asks for a verification code sent by email, and the code hasn't arrived or has expired.",
      fr: "FreeAgent demande un code de vérification envoyé par e-mail, et le code n'est pas arrivé ou a expiré.",
    },
    cause: {
      en: "FreeAgent emails a code when you sign in on a device it doesn't recognise, or after you cleared your cookies.",
      fr: "FreeAgent envoie un code par e-mail lorsque vous vous identifiez sur un appareil qu'il ne reconnaît pas, ou après l'effacement de vos cookies.",
    },
    fix: {
      en: "Select 'request a new code'. If you can't open that mailbox, select 'Try another way' to use your recovery email address or a recovery code.",
      fr: "Sélectionnez « request a new code » (demander un nouveau code). Si vous n'avez pas accès à cette messagerie, sélectionnez « Try another way » (essayer une autre méthode) pour utiliser votre adresse e-mail de secours ou un code de récupération.",
    },
    step: 'sign-in-freeagent',
    sources: [
      {
        title:
          'FreeAgent Support: Log in to your FreeAgent account on a new device when new login check is enabled',
        url: 'https://support.freeagent.com/hc/en-us/articles/31161195269522-Log-in-to-your-FreeAgent-account-on-a-new-device-when-new-login-check-is-enabled',
      },
    ],
  },
  {
    id: 'freeagent-authenticator-lost',
    software: 'freeagent',
    message: null,
    symptom: {
      en: 'FreeAgent asks for the code from your authenticator app, and you no longer have that phone.',
      fr: "FreeAgent demande le code de votre application d'authentification, et vous n'avez plus ce téléphone.",
    },
    cause: {
      en: 'With two-factor authentication, codes only come from the authenticator app. FreeAgent never sends them by text message.',
      fr: "Avec l'authentification à deux facteurs, les codes proviennent uniquement de l'application d'authentification. FreeAgent ne les envoie jamais par SMS.",
    },
    fix: {
      en: 'Sign in with one of the recovery codes you saved when you turned on two-factor authentication.',
      fr: "Identifiez-vous avec l'un des codes de récupération enregistrés lors de l'activation de l'authentification à deux facteurs.",
    },
    step: 'sign-in-freeagent',
    sources: [
      {
        title: 'FreeAgent Support: Enable and use two-factor authentication (2FA)',
        url: 'https://support.freeagent.com/hc/en-gb/articles/115001223424-How-to-enable-2-Step-Verification-in-your-FreeAgent-account',
      },
    ],
  },
  {
    id: 'freshbooks-not-owner',
    software: 'freshbooks',
    message: null,
    symptom: {
      en: "You sign in as an Admin or another team member, and the app can't be authorised.",
      fr: "Vous vous identifiez en tant qu'Admin ou autre membre de l'équipe, et l'application ne peut pas être autorisée.",
    },
    cause: {
      en: "FreshBooks doesn't let Admins and Managers manage integrations. The business owner has full access.",
      fr: "FreshBooks ne permet pas aux Admins ni aux Managers de gérer les intégrations. Le propriétaire de l'entreprise dispose d'un accès complet.",
    },
    fix: {
      en: 'Ask the business owner to open the link and connect.',
      fr: "Demandez au propriétaire de l'entreprise d'ouvrir le lien et d'établir la connexion.",
    },
    step: 'authorise-app',
    sources: [
      {
        title: 'FreshBooks Support: What permissions can I assign to my team member?',
        url: 'https://support.freshbooks.com/hc/en-us/articles/115002261367-What-permissions-can-I-assign-to-my-team-member-',
      },
    ],
  },
  {
    id: 'freshbooks-classic',
    software: 'freshbooks',
    message: null,
    symptom: {
      en: "Your business uses FreshBooks Classic and can't be connected.",
      fr: 'Votre entreprise utilise FreshBooks Classic et ne peut pas être connectée.',
    },
    cause: {
      en: "FreshBooks Classic is the legacy version of FreshBooks. It works differently, and the connection provider doesn't support it.",
      fr: "FreshBooks Classic est l'ancienne version de FreshBooks. Elle fonctionne différemment, et le prestataire de connexion ne la prend pas en charge.",
    },
    fix: {
      en: 'Ask your bank about sharing files instead.',
      fr: "Demandez à votre banque s'il est possible de partager des fichiers à la place.",
    },
    step: 'select-software',
    sources: [
      {
        title: 'Codat docs: FreshBooks',
        url: 'https://docs.codat.io/integrations/accounting/freshbooks/accounting-freshbooks',
      },
    ],
  },
  {
    id: 'freshbooks-code-expired',
    software: 'freshbooks',
    message: null,
    symptom: {
      en: "FreshBooks doesn't accept your six-digit sign-in code.",
      fr: "FreshBooks refuse votre code d'identification à six chiffres.",
    },
    cause: {
      en: 'The code is valid for 10 minutes only.',
      fr: "Le code n'est valable que 10 minutes.",
    },
    fix: {
      en: 'Start the sign-in again to get a new code, then enter it within 10 minutes.',
      fr: "Recommencez l'identification pour recevoir un nouveau code, puis saisissez-le dans les 10 minutes.",
    },
    step: 'sign-in-freshbooks',
    sources: [
      {
        title: 'FreshBooks Support: How do I set up two-factor authentication for my login?',
        url: 'https://support.freshbooks.com/hc/en-us/articles/37113134654733-How-do-I-set-up-two-factor-authentication-for-my-login',
      },
      {
        title: 'FreshBooks Support: How do I log in?',
        url: 'https://www.freshbooks.com/support/how-do-i-change-my-subdomain',
      },
    ],
  },
  {
    id: 'myob-business-file-not-online',
    software: 'myob-business',
    message: null,
    symptom: {
      en: 'The company file your bank asked for is not in the list.',
      fr: 'Le fichier de société demandé par votre banque ne figure pas dans la liste.',
    },
    cause: {
      en: 'The file is stored on a computer, not online with MYOB, or your MYOB account has no access to it.',
      fr: "Le fichier est stocké sur un ordinateur et non en ligne chez MYOB, ou votre compte MYOB n'y a pas accès.",
    },
    fix: {
      en: "In AccountRight, open a company file and choose Online: the file must appear there. If it doesn't, put the file online (see MYOB's help on putting your company file online), or ask its owner to invite you. Then start again from the Link URL.",
      fr: "Dans AccountRight, ouvrez un fichier de société et choisissez Online : le fichier doit y apparaître. Sinon, mettez le fichier en ligne (voir l'aide MYOB sur la mise en ligne d'un fichier de société) ou demandez à son propriétaire de vous inviter. Recommencez ensuite depuis le lien de connexion.",
    },
    step: 'choose-company-file',
    sources: [
      {
        title:
          'Codat docs: MYOB troubleshooting and integration reference (online storage, Online list in AccountRight, one file per connection, 2GB performance)',
        url: 'https://docs.codat.io/integrations/accounting/myob/myob-integration-reference',
      },
      {
        title:
          'MYOB help: Work on an online company file (MYOB account sign-in, two-factor verification code, company file User ID and password)',
        url: 'https://www.myob.com/au/support/myob-business/product-account/working-online/work-on-an-online-company-file',
      },
    ],
  },
  {
    id: 'myob-business-file-sign-in',
    software: 'myob-business',
    message: null,
    symptom: {
      en: "The company file's User ID and password are not accepted.",
      fr: 'Le User ID et le mot de passe du fichier de société sont refusés.',
    },
    cause: {
      en: 'The file asks for its own sign-in details, not those of your MYOB account. The User ID is never an email address.',
      fr: "Le fichier demande ses propres identifiants, et non ceux de votre compte MYOB. Le User ID n'est jamais une adresse e-mail.",
    },
    fix: {
      en: 'Type the User ID you use to open the file, such as your name or Administrator. If you created the file, try Administrator with an empty password. If you forgot the password, ask a user with administrator access to the file to reset it in Setup > User Access.',
      fr: 'Saisissez le User ID avec lequel vous ouvrez le fichier, par exemple votre nom ou Administrator. Si vous avez créé le fichier, essayez Administrator avec un mot de passe vide. Si vous avez oublié le mot de passe, demandez à un utilisateur ayant un accès administrateur au fichier de le réinitialiser dans Setup > User Access.',
    },
    step: 'company-file-sign-in',
    sources: [
      {
        title:
          "MYOB help: Can't sign in to your company file (User ID is never an email; Administrator with blank password; password reset by an administrator)",
        url: 'https://help.myob.com/wiki/pages/viewpage.action?pageId=17281559',
      },
      {
        title:
          "Codat docs: Set up the MYOB integration (legacy Essentials not supported; linking asks for the data file, then the file's user name and password)",
        url: 'https://docs.codat.io/integrations/accounting/myob/accounting-myob-setup',
      },
    ],
  },
  {
    id: 'myob-business-legacy-essentials',
    software: 'myob-business',
    message: null,
    symptom: {
      en: 'You use MYOB Essentials and the connection does not work.',
      fr: 'Vous utilisez MYOB Essentials et la connexion ne fonctionne pas.',
    },
    cause: {
      en: "Your Essentials account may still be on the old, non-migrated version, which can't be connected.",
      fr: "Votre compte Essentials utilise peut-être encore l'ancienne version non migrée, qui ne peut pas être connectée.",
    },
    fix: {
      en: 'Contact MYOB support about migrating to the new version, then start again from the Link URL.',
      fr: 'Contactez le support MYOB pour migrer vers la nouvelle version, puis recommencez depuis le lien de connexion.',
    },
    step: 'sign-in-myob',
    sources: [
      {
        title:
          "Codat docs: Set up the MYOB integration (legacy Essentials not supported; linking asks for the data file, then the file's user name and password)",
        url: 'https://docs.codat.io/integrations/accounting/myob/accounting-myob-setup',
      },
    ],
  },
  {
    id: 'myob-business-connection-expiring',
    software: 'myob-business',
    message: null,
    symptom: {
      en: 'MYOB emails you that an app connection is about to expire, or App Connections shows Expires in X days or Expired.',
      fr: "MYOB vous prévient par e-mail qu'une connexion d'application va expirer, ou la page App Connections affiche Expires in X days ou Expired.",
    },
    cause: {
      en: 'MYOB gives an app access for 12 months from the connection date. After that, the app stops receiving data.',
      fr: "MYOB donne accès à une application pour 12 mois à partir de la connexion. Ensuite, l'application ne reçoit plus de données.",
    },
    fix: {
      en: 'A user with the Administrator role opens App Connections, selects Renew connection for the app, reviews the summary and confirms. Renew before the expiry date.',
      fr: "Un utilisateur ayant le rôle Administrator ouvre App Connections, sélectionne Renew connection pour l'application, relit le récapitulatif et confirme. Renouvelez avant la date d'expiration.",
    },
    step: 'finish',
    sources: [
      {
        title:
          'MYOB help: Managing third-party app connections (Administrator role, 12-month consent, Renew, Disconnect)',
        url: 'https://www.myob.com/nz/support/myob-business/product-account/managing-third-party-app-connections',
      },
    ],
  },
  {
    id: 'myob-business-large-file',
    software: 'myob-business',
    message: null,
    symptom: {
      en: 'Your data takes longer than expected to reach your bank.',
      fr: 'Vos données mettent plus de temps que prévu à parvenir à votre banque.',
    },
    cause: {
      en: 'Large company files can make MYOB time out. MYOB recommends keeping files under 2 GB. The connection provider retries, which takes longer.',
      fr: "Les fichiers de société volumineux peuvent provoquer des délais d'attente dépassés chez MYOB, qui recommande des fichiers de moins de 2 Go. Le prestataire de connexion réessaie, ce qui prend plus de temps.",
    },
    fix: {
      en: 'Nothing to do during the journey. If your bank reports missing data, tell it the size of your company file.',
      fr: 'Rien à faire pendant le parcours de connexion. Si votre banque signale des données manquantes, indiquez-lui la taille de votre fichier de société.',
    },
    step: 'finish',
    sources: [
      {
        title:
          'Codat docs: MYOB troubleshooting and integration reference (online storage, Online list in AccountRight, one file per connection, 2GB performance)',
        url: 'https://docs.codat.io/integrations/accounting/myob/myob-integration-reference',
      },
    ],
  },
  {
    id: 'oracle-netsuite-suitecloud-not-configured',
    software: 'oracle-netsuite',
    message: 'SuiteCloud not configured correctly',
    cause: {
      en: 'One or more of the four SuiteCloud features the connection needs is still off.',
      fr: 'Une ou plusieurs des quatre fonctionnalités SuiteCloud nécessaires à la connexion sont encore désactivées.',
    },
    fix: {
      en: 'Select Try again in the journey. Tick Client SuiteScript, Server SuiteScript, REST Web Services and Token-based Authentication, then select Save.',
      fr: 'Sélectionnez Try again dans le parcours de connexion. Cochez Client SuiteScript, Server SuiteScript, REST Web Services et Token-based Authentication, puis sélectionnez Save.',
    },
    step: 'enable-features',
    sources: [
      {
        title: 'Codat Help Hub: NetSuite troubleshooting (archived in codat-docs, April 2025)',
        url: 'https://github.com/codatio/codat-docs/blob/e752edc4171cfdaa1dba733bde555ed2517a5b9a/docs/smb-help-hub/integrations/netsuite/troubleshooting.md',
      },
      {
        title: 'Codat docs: Oracle NetSuite company linking journey',
        url: 'https://docs.codat.io/integrations/accounting/netsuite/company-linking-journey',
      },
    ],
  },
  {
    id: 'oracle-netsuite-too-many-tokens',
    software: 'oracle-netsuite',
    message: 'Too many access tokens',
    cause: {
      en: 'The NetSuite user you signed in with already has 25 access tokens, the most NetSuite allows.',
      fr: "L'utilisateur NetSuite avec lequel vous vous êtes identifié a déjà 25 jetons d'accès, le maximum autorisé par NetSuite.",
    },
    fix: {
      en: 'An administrator revokes a token that is no longer needed: Setup > Users/Roles > User Management > Access Tokens, Edit, Revoke, then OK. Then select Try again in the journey. If no token can be revoked, connect with another administrator user.',
      fr: 'Un administrateur révoque un jeton devenu inutile : Setup > Users/Roles > User Management > Access Tokens, Edit, Revoke, puis OK. Sélectionnez ensuite Try again dans le parcours de connexion. Si aucun jeton ne peut être révoqué, connectez NetSuite avec un autre utilisateur administrateur.',
    },
    step: 'allow-access',
    sources: [
      {
        title: 'Codat Help Hub: NetSuite troubleshooting (archived in codat-docs, April 2025)',
        url: 'https://github.com/codatio/codat-docs/blob/e752edc4171cfdaa1dba733bde555ed2517a5b9a/docs/smb-help-hub/integrations/netsuite/troubleshooting.md',
      },
      {
        title: 'Oracle NetSuite Help: Viewing, Editing, Creating, and Revoking TBA Tokens',
        url: 'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/bridgehead_4249078810.html',
      },
    ],
  },
  {
    id: 'oracle-netsuite-unable-to-access-data',
    software: 'oracle-netsuite',
    message: 'Unable to access data',
    cause: {
      en: 'The AppLink bundle is not installed correctly, or the AppLinkProd integration it creates is blocked in NetSuite.',
      fr: "Le bundle AppLink n'est pas installé correctement, ou l'intégration AppLinkProd qu'il crée est bloquée dans NetSuite.",
    },
    fix: {
      en: 'Check the Installed Bundles page in NetSuite. If AppLink is missing, select Try again and install it (Step 4). If it is there, go to Setup > Integration > Manage Integrations, open AppLinkProd, set State to Enabled and save. Then select Try again.',
      fr: "Consultez la page Installed Bundles de NetSuite. Si AppLink n'y figure pas, sélectionnez Try again et installez-le (étape 4). S'il y figure, ouvrez Setup > Integration > Manage Integrations, ouvrez AppLinkProd, réglez State sur Enabled et enregistrez. Sélectionnez ensuite Try again.",
    },
    step: 'install-bundle',
    sources: [
      {
        title: 'Codat Help Hub: NetSuite troubleshooting (archived in codat-docs, April 2025)',
        url: 'https://github.com/codatio/codat-docs/blob/e752edc4171cfdaa1dba733bde555ed2517a5b9a/docs/smb-help-hub/integrations/netsuite/troubleshooting.md',
      },
      {
        title: 'Oracle NetSuite Help: Error Messages for the TBA Authorization Flow',
        url: 'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/subsect_156934879823.html',
      },
    ],
  },
  {
    id: 'oracle-netsuite-bundle-deleted',
    software: 'oracle-netsuite',
    message: null,
    symptom: {
      en: 'Someone deleted the AppLink bundle from NetSuite.',
      fr: "Quelqu'un a supprimé le bundle AppLink de NetSuite.",
    },
    cause: {
      en: 'The connection needs the AppLink bundle installed in NetSuite.',
      fr: 'La connexion a besoin du bundle AppLink installé dans NetSuite.',
    },
    fix: {
      en: 'An administrator reinstalls AppLink (bundle ID 391485) from its Bundle Details page: Install, then Install Bundle. Then complete the journey again as your bank tells you.',
      fr: 'Un administrateur réinstalle AppLink (ID de bundle 391485) depuis sa page Bundle Details : Install, puis Install Bundle. Refaites ensuite le parcours de connexion selon les indications de votre banque.',
    },
    step: 'install-bundle',
    sources: [
      {
        title: 'Codat Help Hub: NetSuite troubleshooting (archived in codat-docs, April 2025)',
        url: 'https://github.com/codatio/codat-docs/blob/e752edc4171cfdaa1dba733bde555ed2517a5b9a/docs/smb-help-hub/integrations/netsuite/troubleshooting.md',
      },
    ],
  },
  {
    id: 'oracle-netsuite-elimination-subsidiary',
    software: 'oracle-netsuite',
    message: null,
    symptom: {
      en: 'An elimination subsidiary is not offered in the journey.',
      fr: "Une filiale d'élimination n'est pas proposée dans le parcours de connexion.",
    },
    cause: {
      en: 'Elimination subsidiaries only hold consolidation entries. Their data is already in your other subsidiaries, so the connection provider does not read them.',
      fr: "Les filiales d'élimination ne contiennent que des écritures de consolidation. Leurs données figurent déjà dans vos autres filiales : le prestataire de connexion ne les lit donc pas.",
    },
    fix: {
      en: 'Nothing to do. Choose the subsidiary that records your supplier bills.',
      fr: "Aucune action n'est nécessaire. Choisissez la filiale qui enregistre vos factures fournisseurs.",
    },
    step: 'allow-access',
    sources: [
      {
        title: 'Codat docs: Oracle NetSuite FAQ',
        url: 'https://docs.codat.io/integrations/accounting/netsuite/oracle-netsuite-faq',
      },
    ],
  },
  {
    id: 'oracle-netsuite-large-first-sync',
    software: 'oracle-netsuite',
    message: null,
    symptom: {
      en: 'The connection is confirmed, but your data takes a very long time to reach your bank.',
      fr: 'La connexion est confirmée, mais vos données mettent très longtemps à parvenir à votre banque.',
    },
    cause: {
      en: 'Accounts with over a million records can take a very long time to sync, up to 60 hours, and may hit timeouts.',
      fr: "Les comptes de plus d'un million d'enregistrements peuvent mettre très longtemps à se synchroniser, jusqu'à 60 heures, et subir des dépassements de délai.",
    },
    fix: {
      en: 'Tell your bank. The connection provider can limit how far back the data is read, for example to the last year.',
      fr: "Prévenez votre banque. Le prestataire de connexion peut limiter l'ancienneté des données lues, par exemple à la dernière année.",
    },
    step: 'finish',
    sources: [
      {
        title: 'Codat docs: Oracle NetSuite (syncing very large data volumes)',
        url: 'https://docs.codat.io/integrations/accounting/netsuite/accounting-netsuite',
      },
    ],
  },
  {
    id: 'quickbooks-desktop-timed-out',
    software: 'quickbooks-desktop',
    message: 'Timed out attempting to communicate with QBD.',
    messageLanguage: 'en',
    cause: {
      en: 'The connector tried to reach QuickBooks Desktop while it was closed, and it is not allowed to open the company file on its own.',
      fr: "Le connecteur a tenté de joindre QuickBooks Desktop alors qu'il était fermé, sans être autorisé à ouvrir seul le fichier d'entreprise.",
    },
    fix: {
      en: 'Open QuickBooks Desktop on the connected company file. When QuickBooks asks, allow access and choose Yes, always; allow access even if QuickBooks is not running. If no prompt appears after a few moments, click Perform Sync in the connector window.',
      fr: "Ouvrez QuickBooks Desktop sur le fichier d'entreprise connecté. Lorsque QuickBooks le demande, autorisez l'accès en choisissant Yes, always; allow access even if QuickBooks is not running. Si rien n'apparaît au bout de quelques instants, cliquez sur Perform Sync dans la fenêtre du connecteur.",
    },
    step: 'allow-access',
    sources: [
      {
        title: 'Codat updates: Expiry of QuickBooks Desktop connector certificates (2023)',
        url: 'https://docs.codat.io/updates/230731-deprecation-qbd-certificate-update',
      },
      {
        title: 'Codat docs: Install the QuickBooks Desktop connector',
        url: 'https://docs.codat.io/integrations/accounting/quickbooksdesktop/installing-the-quickbooks-connector',
      },
    ],
  },
  {
    id: 'quickbooks-desktop-access-denied',
    software: 'quickbooks-desktop',
    message: null,
    symptom: {
      en: 'You chose No when QuickBooks Desktop asked to allow the application, or the permission prompt no longer appears.',
      fr: "Vous avez choisi No lorsque QuickBooks Desktop a demandé d'autoriser l'application, ou la demande d'autorisation n'apparaît plus.",
    },
    cause: {
      en: 'QuickBooks keeps refusing the connector until its application certificate is accepted for this company file.',
      fr: "QuickBooks refuse le connecteur tant que son certificat d'application n'est pas accepté pour ce fichier d'entreprise.",
    },
    fix: {
      en: 'As the QuickBooks administrator, go to Edit > Preferences > Integrated Applications > Company Preferences, select QuickBooks Connector and click Remove. Then run QuickBooksDesktopConnector.exe again (check your Downloads folder) with the right company file open, and choose Yes, always; allow access even if QuickBooks is not running.',
      fr: "En tant qu'administrateur QuickBooks, allez dans Edit > Preferences > Integrated Applications > Company Preferences, sélectionnez QuickBooks Connector et cliquez sur Remove. Relancez ensuite QuickBooksDesktopConnector.exe (dans votre dossier Téléchargements) avec le bon fichier d'entreprise ouvert, et choisissez Yes, always; allow access even if QuickBooks is not running.",
    },
    step: 'allow-access',
    sources: [
      {
        title: 'Codat docs: QuickBooks Desktop troubleshooting',
        url: 'https://docs.codat.io/integrations/accounting/quickbooksdesktop/quickbooks-desktop-troubleshooting',
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
  {
    id: 'quickbooks-desktop-wrong-company',
    software: 'quickbooks-desktop',
    message: null,
    symptom: {
      en: 'The connector says that the wrong company file is open, or you approved access while another company file was open.',
      fr: "Le connecteur indique que le mauvais fichier d'entreprise est ouvert, ou vous avez autorisé l'accès alors qu'un autre fichier était ouvert.",
    },
    cause: {
      en: "The connector works only with the company file it was set up for. When QuickBooks Desktop is open on another file, the connector can't sync.",
      fr: "Le connecteur ne fonctionne qu'avec le fichier d'entreprise pour lequel il a été configuré. Si QuickBooks Desktop est ouvert sur un autre fichier, la synchronisation échoue.",
    },
    fix: {
      en: 'Close the other company file, or close QuickBooks Desktop. If you approved the wrong file, remove that approval in Edit > Preferences > Integrated Applications > Company Preferences, open the right company file and approve access again.',
      fr: "Fermez l'autre fichier d'entreprise, ou fermez QuickBooks Desktop. Si vous avez autorisé le mauvais fichier, retirez cette autorisation dans Edit > Preferences > Integrated Applications > Company Preferences, ouvrez le bon fichier d'entreprise et autorisez de nouveau l'accès.",
    },
    step: 'allow-access',
    sources: [
      {
        title: 'Codat updates: Expiry of QuickBooks Desktop connector certificates (2023)',
        url: 'https://docs.codat.io/updates/230731-deprecation-qbd-certificate-update',
      },
      {
        title: 'Codat docs: QuickBooks Desktop requirements',
        url: 'https://docs.codat.io/integrations/accounting/quickbooksdesktop/software-and-hardware-requirements',
      },
      {
        title: 'Codat docs: QuickBooks Desktop FAQs',
        url: 'https://docs.codat.io/integrations/accounting/quickbooksdesktop/quickbooks-desktop-faq',
      },
    ],
  },
  {
    id: 'quickbooks-desktop-installer-blocked',
    software: 'quickbooks-desktop',
    message: null,
    symptom: {
      en: "The connector file won't download, or won't run.",
      fr: 'Le fichier du connecteur ne se télécharge pas, ou ne se lance pas.',
    },
    cause: {
      en: 'An antivirus, a firewall or a company security policy is blocking it.',
      fr: "Un antivirus, un pare-feu ou une politique de sécurité de l'entreprise le bloque.",
    },
    fix: {
      en: "Ask whoever manages the computer to allow the connector in the antivirus or firewall. If the connector can't send data, the firewall must allow https://quickbooksdesktop.codat.io/ and https://connectors.codat.io on port 443. Tell your bank too, so it can report the blocking to the connection provider.",
      fr: "Demandez à la personne qui gère l'ordinateur d'autoriser le connecteur dans l'antivirus ou le pare-feu. Si le connecteur n'arrive pas à envoyer les données, le pare-feu doit autoriser https://quickbooksdesktop.codat.io/ et https://connectors.codat.io sur le port 443. Prévenez aussi votre banque, pour qu'elle signale le blocage au prestataire de connexion.",
    },
    step: 'install-connector',
    sources: [
      {
        title: 'Codat docs: Install the QuickBooks Desktop connector',
        url: 'https://docs.codat.io/integrations/accounting/quickbooksdesktop/installing-the-quickbooks-connector',
      },
      {
        title: 'Codat docs: QuickBooks Desktop troubleshooting',
        url: 'https://docs.codat.io/integrations/accounting/quickbooksdesktop/quickbooks-desktop-troubleshooting',
      },
      {
        title: 'Codat docs: QuickBooks Desktop requirements',
        url: 'https://docs.codat.io/integrations/accounting/quickbooksdesktop/software-and-hardware-requirements',
      },
    ],
  },
  {
    id: 'quickbooks-desktop-no-admin-rights',
    software: 'quickbooks-desktop',
    message: null,
    symptom: {
      en: "Windows won't let you run the connector installer.",
      fr: "Windows ne vous laisse pas lancer l'installation du connecteur.",
    },
    cause: {
      en: 'Installing the connector needs administrator rights on the computer. They are not needed once it is installed.',
      fr: "L'installation du connecteur exige des droits d'administrateur sur l'ordinateur. Ils ne sont plus nécessaires une fois le connecteur installé.",
    },
    fix: {
      en: 'Ask your IT department or a Windows administrator to approve the installation and to run QuickBooks Desktop with Run as Administrator. Installed this way, the connector syncs only while QuickBooks Desktop is closed.',
      fr: "Demandez à votre service informatique ou à un administrateur Windows d'approuver l'installation et de lancer QuickBooks Desktop avec Run as Administrator. Installé ainsi, le connecteur ne synchronise que lorsque QuickBooks Desktop est fermé.",
    },
    step: 'install-connector',
    sources: [
      {
        title: 'Codat docs: Install the QuickBooks Desktop connector',
        url: 'https://docs.codat.io/integrations/accounting/quickbooksdesktop/installing-the-quickbooks-connector',
      },
      {
        title: 'Codat docs: QuickBooks Desktop FAQs',
        url: 'https://docs.codat.io/integrations/accounting/quickbooksdesktop/quickbooks-desktop-faq',
      },
    ],
  },
  {
    id: 'quickbooks-desktop-web-connector-stopped',
    software: 'quickbooks-desktop',
    message: null,
    symptom: {
      en: 'No new data reaches your bank. Your bank may see the status Waiting for asynchronous response from third party.',
      fr: "Aucune nouvelle donnée n'arrive à votre banque. Votre banque peut voir le statut Waiting for asynchronous response from third party.",
    },
    cause: {
      en: "Web Connector isn't running: the computer is off, Web Connector was closed (for example with its X button), or its Auto-Run box was unticked.",
      fr: "Web Connector n'est pas lancé : l'ordinateur est éteint, Web Connector a été fermé (par exemple avec son bouton X), ou sa case Auto-Run a été décochée.",
    },
    fix: {
      en: "Turn on the computer and open Web Connector. Check that the Auto-Run box is ticked on the connection's row.",
      fr: "Allumez l'ordinateur et ouvrez Web Connector. Vérifiez que la case Auto-Run est cochée sur la ligne de la connexion.",
    },
    step: 'finish',
    sources: [
      {
        title: 'Codat docs: QuickBooks Desktop FAQs',
        url: 'https://docs.codat.io/integrations/accounting/quickbooksdesktop/quickbooks-desktop-faq',
      },
      {
        title: 'Codat docs: QuickBooks Desktop troubleshooting',
        url: 'https://docs.codat.io/integrations/accounting/quickbooksdesktop/quickbooks-desktop-troubleshooting',
      },
    ],
  },
  {
    id: 'quickbooks-desktop-other-instance-open',
    software: 'quickbooks-desktop',
    message: null,
    symptom: {
      en: 'Data stops syncing while QuickBooks Desktop is open on another company file, on another computer, or in more than one window.',
      fr: "Les données ne se synchronisent plus lorsque QuickBooks Desktop est ouvert sur un autre fichier d'entreprise, sur un autre ordinateur ou dans plusieurs fenêtres.",
    },
    cause: {
      en: 'Only one QuickBooks Desktop instance can be open with the connector, and it must be on the connected company file, on the computer where the connector is installed.',
      fr: "Une seule instance de QuickBooks Desktop peut être ouverte avec le connecteur, sur le fichier d'entreprise connecté et sur l'ordinateur où le connecteur est installé.",
    },
    fix: {
      en: 'Close QuickBooks Desktop, or keep a single instance open on the connected company file. Sign out of QuickBooks Desktop on any other computer.',
      fr: "Fermez QuickBooks Desktop, ou n'en gardez qu'une instance ouverte sur le fichier d'entreprise connecté. Quittez QuickBooks Desktop sur tout autre ordinateur.",
    },
    step: 'finish',
    sources: [
      {
        title: 'Codat docs: QuickBooks Desktop FAQs',
        url: 'https://docs.codat.io/integrations/accounting/quickbooksdesktop/quickbooks-desktop-faq',
      },
      {
        title: 'Codat docs: QuickBooks Desktop troubleshooting',
        url: 'https://docs.codat.io/integrations/accounting/quickbooksdesktop/quickbooks-desktop-troubleshooting',
      },
      {
        title: 'Codat docs: QuickBooks Desktop requirements',
        url: 'https://docs.codat.io/integrations/accounting/quickbooksdesktop/software-and-hardware-requirements',
      },
    ],
  },
  {
    id: 'quickbooks-desktop-busy-during-sync',
    software: 'quickbooks-desktop',
    message: null,
    symptom: {
      en: "QuickBooks Desktop won't open, or behaves oddly, for a while.",
      fr: "QuickBooks Desktop refuse de s'ouvrir, ou réagit de façon inattendue, pendant un moment.",
    },
    cause: {
      en: "A sync is running. QuickBooks Desktop can't be used while the connector syncs data.",
      fr: 'Une synchronisation est en cours. QuickBooks Desktop ne peut pas être utilisé pendant que le connecteur synchronise les données.',
    },
    fix: {
      en: 'Wait for the sync to finish, then open QuickBooks Desktop. If this happens often, ask your bank whether it can offer a sync schedule outside your working hours.',
      fr: 'Attendez la fin de la synchronisation, puis ouvrez QuickBooks Desktop. Si cela arrive souvent, demandez à votre banque si elle peut proposer un planning de synchronisation en dehors de vos heures de travail.',
    },
    step: 'sync-schedule',
    sources: [
      {
        title: 'Codat docs: QuickBooks Desktop troubleshooting',
        url: 'https://docs.codat.io/integrations/accounting/quickbooksdesktop/quickbooks-desktop-troubleshooting',
      },
      {
        title: 'Codat docs: Install the QuickBooks Desktop connector',
        url: 'https://docs.codat.io/integrations/accounting/quickbooksdesktop/installing-the-quickbooks-connector',
      },
    ],
  },
  {
    id: 'quickbooks-online-not-admin',
    software: 'quickbooks-online',
    message: null,
    symptom: {
      en: 'QuickBooks does not let you connect the app.',
      fr: "QuickBooks ne vous permet pas de connecter l'application.",
    },
    cause: {
      en: 'Only a Primary admin or a Company admin can connect apps to a QuickBooks Online company.',
      fr: 'Seul un utilisateur Primary admin ou Company admin peut connecter des applications à une entreprise QuickBooks Online.',
    },
    fix: {
      en: 'Ask the Primary admin to open the link and connect, or to give you the Company admin role. Then open the link again.',
      fr: "Demandez à l'administrateur principal (Primary admin) d'ouvrir le lien et d'établir la connexion, ou de vous attribuer le rôle Company admin. Ouvrez ensuite de nouveau le lien.",
    },
    step: 'approve-connection',
    sources: [
      {
        title: 'Codat docs: QuickBooks Online FAQ',
        url: 'https://docs.codat.io/integrations/accounting/quickbooksonline/faq-quickbooks-online',
      },
      {
        title:
          'QuickBooks Help: Disconnect an app in QuickBooks Online and QuickBooks Online Accountant',
        url: 'https://quickbooks.intuit.com/learn-support/en-ca/help-article/accountant-access/disconnect-app-change-subscription/L5y72TDf3_CA_en_CA',
      },
    ],
  },
  {
    id: 'quickbooks-online-france',
    software: 'quickbooks-online',
    message: null,
    symptom: {
      en: 'Your company used QuickBooks Online France and can no longer be connected.',
      fr: 'Votre entreprise utilisait QuickBooks Online France et ne peut plus être connectée.',
    },
    cause: {
      en: 'Intuit closed QuickBooks Online France after 31 December 2023.',
      fr: 'Intuit a fermé QuickBooks Online France après le 31 décembre 2023.',
    },
    fix: {
      en: "Tell your bank which software you use now. If it can't be connected, ask about sharing files instead.",
      fr: "Indiquez à votre banque le logiciel que vous utilisez désormais. S'il ne peut pas être connecté, demandez-lui s'il est possible de partager des fichiers à la place.",
    },
    step: 'select-software',
    sources: [
      {
        title: 'Codat docs: QuickBooks Online FAQ',
        url: 'https://docs.codat.io/integrations/accounting/quickbooksonline/faq-quickbooks-online',
      },
    ],
  },
  {
    id: 'quickbooks-online-self-employed',
    software: 'quickbooks-online',
    message: null,
    symptom: {
      en: "You use QuickBooks Self-Employed and can't connect it.",
      fr: 'Vous utilisez QuickBooks Self-Employed et ne parvenez pas à le connecter.',
    },
    cause: {
      en: "QuickBooks Self-Employed works differently from QuickBooks Online, and the connection provider doesn't support it.",
      fr: 'QuickBooks Self-Employed ne fonctionne pas comme QuickBooks Online, et le prestataire de connexion ne le prend pas en charge.',
    },
    fix: {
      en: 'Ask your bank about sharing files instead.',
      fr: "Demandez à votre banque s'il est possible de partager des fichiers à la place.",
    },
    step: 'select-software',
    sources: [
      {
        title: 'Codat docs: QuickBooks Online FAQ',
        url: 'https://docs.codat.io/integrations/accounting/quickbooksonline/faq-quickbooks-online',
      },
    ],
  },
  {
    id: 'sage-200-standard-professional',
    software: 'sage-200-standard',
    message: null,
    symptom: {
      en: "You use Sage 200 Professional, the desktop edition, and can't connect it.",
      fr: "Vous utilisez Sage 200 Professional, l'édition de bureau, et ne parvenez pas à le connecter.",
    },
    cause: {
      en: 'Only Sage 200 Standard, the online edition, can be connected. Sage 200 Professional is not supported.',
      fr: "Seul Sage 200 Standard, l'édition en ligne, peut être connecté. Sage 200 Professional n'est pas pris en charge.",
    },
    fix: {
      en: 'Ask your bank whether you can upload files instead (see the file upload page).',
      fr: 'Demandez à votre banque si vous pouvez plutôt téléverser des fichiers (voir la page sur le téléversement de fichiers).',
    },
    step: 'select-software',
    sources: [
      {
        title:
          'Codat docs: Sage 200 Standard (supported versions: Standard online only, Professional not supported)',
        url: 'https://docs.codat.io/integrations/accounting/sage200/accounting-sage200',
      },
    ],
  },
  {
    id: 'sage-200-standard-authorisation-expired',
    software: 'sage-200-standard',
    message: null,
    symptom: {
      en: 'Your data stopped updating, or your bank asks you to sign in again, a few weeks or months after connecting.',
      fr: 'Vos données ne se mettent plus à jour, ou votre banque vous demande de vous identifier de nouveau, quelques semaines ou mois après la connexion.',
    },
    cause: {
      en: 'Sage limits the authorisation to 90 days at most. After that, it must be renewed.',
      fr: "Sage limite l'autorisation à 90 jours au plus. Ensuite, elle doit être renouvelée.",
    },
    fix: {
      en: 'Ask your bank how to renew the connection, then sign in with your Sage ID and authorise access again.',
      fr: "Demandez à votre banque comment renouveler la connexion, puis identifiez-vous avec votre Sage ID et autorisez de nouveau l'accès.",
    },
    step: 'authorise-access',
    sources: [
      {
        title:
          'Codat docs: Set up the Sage 200 Standard integration (refresh token expiry of 90 days at most; linking steps)',
        url: 'https://docs.codat.io/integrations/accounting/sage200/accounting-sage200-setup',
      },
      {
        title:
          'Zynk docs: Connecting to Sage 200 Online (third-party; Sage ID sign-in, token expires 3 months after sign-in, companies listed by access)',
        url: 'https://docs.zynk.com/workflow/documentation/sage-200-online/connection.html',
      },
    ],
  },
  {
    id: 'sage-200-standard-company-missing',
    software: 'sage-200-standard',
    message: null,
    symptom: {
      en: 'After you sign in, the company your bank asked for is not offered.',
      fr: "Après l'identification, la société demandée par votre banque n'est pas proposée.",
    },
    cause: {
      en: 'Your user can only share the companies it can open, and it must be enabled for API access.',
      fr: "Votre utilisateur ne peut partager que les sociétés auxquelles il a accès, et il doit être autorisé à l'accès API.",
    },
    fix: {
      en: 'Ask your Sage 200 administrator to give your user access to the company and to enable API access. Then start again from the Link URL.',
      fr: "Demandez à votre administrateur Sage 200 de donner à votre utilisateur l'accès à la société et à l'API. Recommencez ensuite depuis le lien de connexion.",
    },
    step: 'authorise-access',
    sources: [
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
  {
    id: 'sage-200-standard-phone',
    software: 'sage-200-standard',
    message: null,
    symptom: {
      en: "Sage's pages are hard to use on your phone.",
      fr: 'Les pages de Sage sont difficiles à utiliser sur votre téléphone.',
    },
    cause: {
      en: 'The pages used for this connection are not designed for phones.',
      fr: 'Les pages utilisées pour cette connexion ne sont pas conçues pour les téléphones.',
    },
    fix: {
      en: 'Open the Link URL on a computer and start again.',
      fr: 'Ouvrez le lien de connexion sur un ordinateur et recommencez.',
    },
    step: 'sign-in-sage-id',
    sources: [
      {
        title:
          'Codat docs: Link overview, supported integrations (Sage 200 Standard uses non mobile-optimized websites)',
        url: 'https://docs.codat.io/auth-flow/overview',
      },
    ],
  },
  {
    id: 'sage-50-accounts-antivirus',
    software: 'sage-50-accounts',
    message: null,
    symptom: {
      en: 'Your antivirus flags or blocks the connector, during installation or after an update (reported with Avast and Webroot SecureAnywhere).',
      fr: "Votre antivirus signale ou bloque le connecteur, à l'installation ou après une mise à jour (cas signalés avec Avast et Webroot SecureAnywhere).",
    },
    cause: {
      en: 'Some antivirus software wrongly treats the connector, or a new version of it, as a threat.',
      fr: 'Certains antivirus prennent à tort le connecteur, ou une nouvelle version de celui-ci, pour une menace.',
    },
    fix: {
      en: "Add the whole folder C:\\Users\\<your Windows username>\\AppData\\Local\\Codat to the antivirus exclusions (in Avast: Menu > Settings > General > Exceptions > Add Exception). Ask whoever manages the computer if you can't change these settings.",
      fr: "Ajoutez tout le dossier C:\\Users\\<votre nom d'utilisateur Windows>\\AppData\\Local\\Codat aux exclusions de l'antivirus (dans Avast : Menu > Settings > General > Exceptions > Add Exception). Si vous ne pouvez pas modifier ces réglages, demandez à la personne qui gère l'ordinateur.",
    },
    step: 'install-connector',
    sources: [
      {
        title: 'Codat docs: Sage 50 troubleshooting',
        url: 'https://docs.codat.io/integrations/accounting/sage50/sage50-troubleshooting',
      },
      {
        title: 'Codat docs: Install the Sage 50 connector',
        url: 'https://docs.codat.io/integrations/accounting/sage50/installing-the-sage-50-connector',
      },
    ],
  },
  {
    id: 'sage-50-accounts-licence-key',
    software: 'sage-50-accounts',
    message: null,
    symptom: {
      en: 'The connector shows an error after you enter the licence key.',
      fr: 'Le connecteur affiche une erreur après la saisie de la clé de licence.',
    },
    cause: {
      en: 'The licence key is not valid: it was mistyped or only partly copied.',
      fr: "La clé de licence n'est pas valide : elle a été mal saisie ou copiée en partie seulement.",
    },
    fix: {
      en: 'Copy the licence key again from the journey and paste it in the License Key box. For a connector that is already installed, open it from its tray icon and click License to see its key.',
      fr: 'Copiez de nouveau la clé de licence depuis le parcours de connexion et collez-la dans le champ License Key. Pour un connecteur déjà installé, ouvrez-le depuis son icône dans la zone de notification et cliquez sur License pour afficher sa clé.',
    },
    step: 'install-connector',
    sources: [
      {
        title: 'Codat docs: Install the Sage 50 connector',
        url: 'https://docs.codat.io/integrations/accounting/sage50/installing-the-sage-50-connector',
      },
      {
        title: 'Codat docs: Sage 50 troubleshooting',
        url: 'https://docs.codat.io/integrations/accounting/sage50/sage50-troubleshooting',
      },
    ],
  },
  {
    id: 'sage-50-accounts-closed-early',
    software: 'sage-50-accounts',
    message: null,
    symptom: {
      en: 'You closed the connector window before the last step, and the connector disappeared.',
      fr: 'Vous avez fermé la fenêtre du connecteur avant la dernière étape, et le connecteur a disparu.',
    },
    cause: {
      en: 'Closing the connector before the setup is complete uninstalls it. The connection stays pending.',
      fr: 'Fermer le connecteur avant la fin de la configuration le désinstalle. La connexion reste en attente.',
    },
    fix: {
      en: 'Download the connector again from the journey, then repeat the steps from Step 5 without closing the window.',
      fr: "Téléchargez de nouveau le connecteur depuis le parcours de connexion, puis reprenez à l'étape 5 sans fermer la fenêtre.",
    },
    step: 'install-connector',
    sources: [
      {
        title: 'Codat docs: Uninstall the Sage 50 Accounts Connector',
        url: 'https://docs.codat.io/integrations/accounting/sage50/uninstalling-the-sage-50-connector',
      },
    ],
  },
  {
    id: 'sage-50-accounts-data-errors',
    software: 'sage-50-accounts',
    message: null,
    symptom: {
      en: 'File > Maintenance > Check Data reports errors in your company data.',
      fr: 'File > Maintenance > Check Data signale des erreurs dans les données de la société.',
    },
    cause: {
      en: 'The company data file has errors that should be fixed before it is connected.',
      fr: 'Le fichier de données de la société contient des erreurs à corriger avant de le connecter.',
    },
    fix: {
      en: "Fix the errors first, following Sage's help article for each error. Then go back to the connector and continue.",
      fr: "Corrigez d'abord les erreurs, en suivant l'article d'aide de Sage propre à chaque erreur. Revenez ensuite au connecteur et poursuivez.",
    },
    step: 'check-company-data',
    sources: [
      {
        title: 'Codat docs: Install the Sage 50 connector',
        url: 'https://docs.codat.io/integrations/accounting/sage50/installing-the-sage-50-connector',
      },
      {
        title: 'Sage 50 Accounts (UK) help: fixing errors found by Check Data',
        url: 'https://gb-kb.sage.com/portal/app/portlets/results/viewsolution.jsp?solutionid=200427112547072',
      },
    ],
  },
  {
    id: 'sage-50-accounts-company-not-found',
    software: 'sage-50-accounts',
    message: null,
    symptom: {
      en: "Your company is not in the connector's list.",
      fr: "Votre société n'apparaît pas dans la liste du connecteur.",
    },
    cause: {
      en: "The company data is stored somewhere the connector doesn't look by default, for example elsewhere on your network.",
      fr: 'Les données de la société sont enregistrées à un endroit où le connecteur ne cherche pas par défaut, par exemple ailleurs sur votre réseau.',
    },
    fix: {
      en: "In Sage 50, open the company, click Help > About and copy the Data Directory shown under Program Details. Paste it in the connector's data location box, enter the Sage 50 username and password, then confirm the company details.",
      fr: "Dans Sage 50, ouvrez la société, cliquez sur Help > About et copiez le Data Directory indiqué sous Program Details. Collez-le dans le champ d'emplacement des données du connecteur, saisissez le nom d'utilisateur et le mot de passe Sage 50, puis confirmez les informations de la société.",
    },
    step: 'select-data-file',
    sources: [
      {
        title: 'Codat docs: Sage 50 troubleshooting',
        url: 'https://docs.codat.io/integrations/accounting/sage50/sage50-troubleshooting',
      },
      {
        title:
          'Sage 50 Accounts (UK) help: where documents and company data are stored (Help > About, Data Directory)',
        url: 'https://gb-kb.sage.com/portal/app/portlets/results/view2.jsp?k2dockey=200427112401136',
      },
    ],
  },
  {
    id: 'sage-50-accounts-credentials-rejected',
    software: 'sage-50-accounts',
    message: null,
    symptom: {
      en: 'The connector shows an error after Set your credentials.',
      fr: "Le connecteur affiche une erreur après l'écran Set your credentials.",
    },
    cause: {
      en: 'The Sage 50 username, the password or the data location is wrong.',
      fr: "Le nom d'utilisateur Sage 50, le mot de passe ou l'emplacement des données est erroné.",
    },
    fix: {
      en: "Check the data location, then enter the details of a Sage 50 user who can read all the company's data, such as the MANAGER logon or an Administrator user. If you can't sign in with them, ask the person who manages Sage 50.",
      fr: "Vérifiez l'emplacement des données, puis saisissez les identifiants d'un utilisateur Sage 50 qui peut lire toutes les données de la société, comme l'identifiant MANAGER ou un utilisateur Administrator. Si vous n'arrivez pas à vous identifier avec eux, demandez à la personne qui gère Sage 50.",
    },
    step: 'enter-credentials',
    sources: [
      {
        title: 'Codat docs: Install the Sage 50 connector',
        url: 'https://docs.codat.io/integrations/accounting/sage50/installing-the-sage-50-connector',
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
    ],
  },
  {
    id: 'sage-50-accounts-first-sync-slow',
    software: 'sage-50-accounts',
    message: null,
    symptom: {
      en: "The connection is confirmed, but your bank doesn't see your data yet.",
      fr: 'La connexion est confirmée, mais votre banque ne voit pas encore vos données.',
    },
    cause: {
      en: 'The first sync takes several minutes, and up to 30 minutes for a large Sage 50 file. Syncs also need the computer to be on.',
      fr: "La première synchronisation prend plusieurs minutes, et jusqu'à 30 minutes pour un gros fichier Sage 50. Les synchronisations exigent aussi que l'ordinateur soit allumé.",
    },
    fix: {
      en: "Leave the computer on and wait up to 30 minutes. If the data still doesn't arrive, contact your bank.",
      fr: "Laissez l'ordinateur allumé et patientez jusqu'à 30 minutes. Si les données n'arrivent toujours pas, contactez votre banque.",
    },
    step: 'finish',
    sources: [
      {
        title: 'Codat docs: Install the Sage 50 connector',
        url: 'https://docs.codat.io/integrations/accounting/sage50/installing-the-sage-50-connector',
      },
      {
        title: 'Codat docs: Sage 50 Accounts (UK & Ireland) (on-premise)',
        url: 'https://docs.codat.io/integrations/accounting/sage50/accounting-sage50',
      },
    ],
  },
  {
    id: 'sage-50-accounts-sync-stuck',
    software: 'sage-50-accounts',
    message: null,
    symptom: {
      en: 'A sync was interrupted, for example by a technical problem, and seems stuck.',
      fr: 'Une synchronisation a été interrompue, par exemple par un problème technique, et semble bloquée.',
    },
    cause: {
      en: 'The connector needs a restart to clear the interrupted syncs.',
      fr: 'Le connecteur doit être redémarré pour annuler les synchronisations interrompues.',
    },
    fix: {
      en: "Open the Sage 50 Accounts Connector, click About at the bottom of the window, then Restart connector. If it doesn't start again, check in Task Manager that it is no longer running, then run %LocalAppData%\\Codat\\Sage50Connector.exe (for example from the Windows Run box).",
      fr: "Ouvrez le Sage 50 Accounts Connector, cliquez sur About en bas de la fenêtre, puis sur Restart connector. S'il ne redémarre pas, vérifiez dans le Gestionnaire des tâches qu'il n'est plus en cours d'exécution, puis lancez %LocalAppData%\\Codat\\Sage50Connector.exe (par exemple depuis la boîte Exécuter de Windows).",
    },
    step: 'finish',
    sources: [
      {
        title: 'Codat docs: Restart the Sage 50 Accounts Connector',
        url: 'https://docs.codat.io/integrations/accounting/sage50/restart-the-sage-50-connector',
      },
      {
        title: 'Codat docs: Sage 50 troubleshooting',
        url: 'https://docs.codat.io/integrations/accounting/sage50/sage50-troubleshooting',
      },
    ],
  },
  {
    id: 'sage-50-accounts-unsupported-edition',
    software: 'sage-50-accounts',
    message: null,
    symptom: {
      en: 'Your Sage 50 is not a UK or Ireland edition (for example Sage 50 France), is one of the excluded products, or runs in a hosted service such as Online50.',
      fr: "Votre Sage 50 n'est pas une édition britannique ou irlandaise (par exemple Sage 50 France), fait partie des produits exclus, ou est hébergé par un service comme Online50.",
    },
    cause: {
      en: 'The connector works only with Sage 50 Accounts for the UK and Ireland, installed on your own Windows computer.',
      fr: "Le connecteur ne fonctionne qu'avec Sage 50 Accounts pour le Royaume-Uni et l'Irlande, installé sur votre propre ordinateur Windows.",
    },
    fix: {
      en: "You can't connect this software directly. Ask your bank whether you can share your data by uploading files instead.",
      fr: 'Vous ne pouvez pas connecter ce logiciel directement. Demandez à votre banque si vous pouvez plutôt partager vos données par téléversement de fichiers.',
    },
    step: 'select-software',
    sources: [
      {
        title: 'Codat docs: Sage 50 Accounts requirements',
        url: 'https://docs.codat.io/integrations/accounting/sage50/sage-50-requirements',
      },
    ],
  },
  {
    id: 'sage-accounting-country',
    software: 'sage-accounting',
    message: null,
    symptom: {
      en: 'Sage asks you to choose a country before you sign in, and you are not sure which one.',
      fr: 'Sage vous demande de choisir un pays avant de vous identifier, et vous ne savez pas lequel.',
    },
    cause: {
      en: 'Sage Accounting is sold country by country. The country page sends you to the sign-in for that country.',
      fr: "Sage Accounting est vendu pays par pays. La page de choix du pays vous dirige vers l'identification propre à ce pays.",
    },
    fix: {
      en: 'Choose the country where your Sage Accounting subscription was taken out, then sign in.',
      fr: 'Choisissez le pays où votre abonnement Sage Accounting a été souscrit, puis identifiez-vous.',
    },
    step: 'sign-in-sage',
    sources: [
      {
        title:
          'Sage Developer: Improvements in the authentication process (country selection page)',
        url: 'https://developer.sage.com/accounting/announcements/2020-03-25',
      },
      {
        title:
          'Codat docs: Set up the Sage Accounting integration (supported versions and geographies)',
        url: 'https://docs.codat.io/integrations/accounting/sagebusinesscloud/accounting-sagebusinesscloud-setup',
      },
    ],
  },
  {
    id: 'sage-accounting-unsupported-region',
    software: 'sage-accounting',
    message: null,
    symptom: {
      en: 'Your Sage Accounting subscription is for Australia, New Zealand, South Africa, Hong Kong, Singapore or Malaysia.',
      fr: "Votre abonnement Sage Accounting concerne l'Australie, la Nouvelle-Zélande, l'Afrique du Sud, Hong Kong, Singapour ou la Malaisie.",
    },
    cause: {
      en: 'The connection provider does not support the Sage Accounting versions for these countries.',
      fr: 'Le prestataire de connexion ne prend pas en charge les versions de Sage Accounting propres à ces pays.',
    },
    fix: {
      en: "You can't connect this subscription. Ask your bank whether you can upload files instead (see the file upload page).",
      fr: 'Cet abonnement ne peut pas être connecté. Demandez à votre banque si vous pouvez plutôt téléverser des fichiers (voir la page sur le téléversement de fichiers).',
    },
    step: 'select-software',
    sources: [
      {
        title:
          'Codat docs: Set up the Sage Accounting integration (supported versions and geographies)',
        url: 'https://docs.codat.io/integrations/accounting/sagebusinesscloud/accounting-sagebusinesscloud-setup',
      },
    ],
  },
  {
    id: 'sage-accounting-wrong-business',
    software: 'sage-accounting',
    message: null,
    symptom: {
      en: 'Your bank sees data from another business than the one it asked for.',
      fr: "Votre banque voit les données d'une autre entreprise que celle qu'elle avait demandée.",
    },
    cause: {
      en: 'Your Sage account opens several businesses, and another business was chosen during the connection.',
      fr: 'Votre compte Sage donne accès à plusieurs entreprises, et une autre entreprise a été choisie pendant la connexion.',
    },
    fix: {
      en: 'Tell your bank. Ask it to remove the wrong connection and to send you a new link, then choose the right business in Step 5.',
      fr: "Prévenez votre banque. Demandez-lui de supprimer la mauvaise connexion et de vous envoyer un nouveau lien, puis choisissez la bonne entreprise à l'étape 5.",
    },
    step: 'allow-access',
    sources: [
      {
        title:
          'Sage Developer: Sage Accounting API authentication (users authorise apps without sharing login details; access to one or more businesses)',
        url: 'https://developer.sage.com/accounting/guides/authenticating/authentication',
      },
      {
        title:
          'Codat docs: Set up the Sage Accounting integration (supported versions and geographies)',
        url: 'https://docs.codat.io/integrations/accounting/sagebusinesscloud/accounting-sagebusinesscloud-setup',
      },
    ],
  },
  {
    id: 'sage-accounting-wrong-product',
    software: 'sage-accounting',
    message: null,
    symptom: {
      en: 'You use Sage 50, Sage 200 or Sage Intacct, and you selected Sage Accounting.',
      fr: 'Vous utilisez Sage 50, Sage 200 ou Sage Intacct, et vous avez sélectionné Sage Accounting.',
    },
    cause: {
      en: 'Sage Accounting was selected, but your software is another Sage product with its own connection.',
      fr: 'Sage Accounting a été sélectionné, alors que votre logiciel est un autre produit Sage, dont la connexion se fait autrement.',
    },
    fix: {
      en: 'Go back to the software list and select the full name of your Sage product.',
      fr: 'Revenez à la liste des logiciels et sélectionnez le nom complet de votre produit Sage.',
    },
    step: 'select-software',
    sources: [
      {
        title:
          'Codat docs: Platform selection (show full names, e.g. Sage Accounting vs Sage Intacct)',
        url: 'https://docs.codat.io/auth-flow/optimize/platform-selection',
      },
    ],
  },
  {
    id: 'sage-intacct-unable-to-connect',
    software: 'sage-intacct',
    message: 'Unable to connect to Intacct',
    cause: {
      en: 'The Web Services user details typed in the journey are wrong, or the Web Services subscription is not on.',
      fr: "Les informations de l'utilisateur Web Services saisies dans le parcours sont erronées, ou l'abonnement Web Services n'est pas activé.",
    },
    fix: {
      en: "Check the user ID and the password from Sage Intacct's email. Check that Web Services is on in Company > Admin > Subscriptions, then start the journey again.",
      fr: "Vérifiez l'ID utilisateur et le mot de passe reçu par e-mail de Sage Intacct. Vérifiez que Web Services est activé dans Company > Admin > Subscriptions, puis recommencez le parcours de connexion.",
    },
    step: 'enter-credentials',
    sources: [
      {
        title: 'Codat Help Hub: Sage Intacct error messages (archived in codat-docs, April 2025)',
        url: 'https://github.com/codatio/codat-docs/blob/e752edc4171cfdaa1dba733bde555ed2517a5b9a/docs/smb-help-hub/integrations/sage-intacct/error-messages.md',
      },
    ],
  },
  {
    id: 'sage-intacct-missing-permissions',
    software: 'sage-intacct',
    message: 'Missing permissions',
    cause: {
      en: 'The Web Services user, or its role, lacks some of the permissions the connection needs.',
      fr: "L'utilisateur Web Services, ou son rôle, n'a pas toutes les autorisations nécessaires à la connexion.",
    },
    fix: {
      en: "Go to Company > Admin > Roles, select View on the user's role, then View subscriptions. Set All for each module listed in Step 8. With user-based permissions, set them on the user instead.",
      fr: "Ouvrez Company > Admin > Roles, sélectionnez View sur le rôle de l'utilisateur, puis View subscriptions. Réglez All pour chaque module listé à l'étape 8. Avec des autorisations par utilisateur, réglez-les sur l'utilisateur lui-même.",
    },
    step: 'set-permissions',
    sources: [
      {
        title: 'Codat Help Hub: Sage Intacct error messages (archived in codat-docs, April 2025)',
        url: 'https://github.com/codatio/codat-docs/blob/e752edc4171cfdaa1dba733bde555ed2517a5b9a/docs/smb-help-hub/integrations/sage-intacct/error-messages.md',
      },
      {
        title: 'Codat docs: Set up the Sage Intacct integration',
        url: 'https://docs.codat.io/integrations/accounting/sage-intacct/accounting-sage-intacct-setup',
      },
    ],
  },
  {
    id: 'sage-intacct-top-level-access-only',
    software: 'sage-intacct',
    message: 'Top level access only',
    cause: {
      en: 'Your company restricts work to the top level, so the Web Services user cannot reach the entity.',
      fr: "Votre société limite le travail au niveau supérieur : l'utilisateur Web Services ne peut donc pas accéder à l'entité.",
    },
    fix: {
      en: 'Go to Company > Admin > Subscriptions. Next to Multi-Entity Management, select Configure. Under Entity restrictions, untick Restrict access to top level only. Under Inter-entity transactions, choose Inter Entity Journal as the IET credits journal. Save, then try again.',
      fr: 'Ouvrez Company > Admin > Subscriptions. À côté de Multi-Entity Management, sélectionnez Configure. Sous Entity restrictions, décochez Restrict access to top level only. Sous Inter-entity transactions, choisissez Inter Entity Journal comme IET credits journal. Enregistrez, puis réessayez.',
    },
    step: 'enter-credentials',
    sources: [
      {
        title: 'Codat Help Hub: Sage Intacct error messages (archived in codat-docs, April 2025)',
        url: 'https://github.com/codatio/codat-docs/blob/e752edc4171cfdaa1dba733bde555ed2517a5b9a/docs/smb-help-hub/integrations/sage-intacct/error-messages.md',
      },
      {
        title: 'Codat Help: Top-level entity access in Sage Intacct',
        url: 'https://help.codat.io/integrations/sage-intacct/top-level-entity-access',
      },
    ],
  },
  {
    id: 'sage-intacct-no-credentials-email',
    software: 'sage-intacct',
    message: null,
    symptom: {
      en: "The email with the new Web Services user's password does not arrive.",
      fr: "L'e-mail contenant le mot de passe du nouvel utilisateur Web Services n'arrive pas.",
    },
    cause: {
      en: "The email went to spam or junk, or the user's email address is wrong.",
      fr: "L'e-mail est arrivé dans les courriers indésirables, ou l'adresse e-mail de l'utilisateur est erronée.",
    },
    fix: {
      en: "Check spam first. Then open Company > Admin > Web Services users and View the user. To change the address, edit the contact's Primary email address, make the Account email address match it, save, then select Reset password.",
      fr: "Vérifiez d'abord les courriers indésirables. Ouvrez ensuite Company > Admin > Web Services users et sélectionnez View sur l'utilisateur. Pour changer d'adresse, modifiez le Primary email address du contact, alignez l'Account email address sur cette adresse, enregistrez, puis sélectionnez Reset password.",
    },
    step: 'enter-credentials',
    sources: [
      {
        title: 'Codat Help Hub: Sage Intacct error messages (archived in codat-docs, April 2025)',
        url: 'https://github.com/codatio/codat-docs/blob/e752edc4171cfdaa1dba733bde555ed2517a5b9a/docs/smb-help-hub/integrations/sage-intacct/error-messages.md',
      },
    ],
  },
  {
    id: 'sage-intacct-sender-not-authorized',
    software: 'sage-intacct',
    message: null,
    symptom: {
      en: 'The connection fails although the Web Services user details are right.',
      fr: "La connexion échoue alors que les informations de l'utilisateur Web Services sont exactes.",
    },
    cause: {
      en: 'The sender ID from the journey is missing from Web Services authorizations, differs by a character or a capital, or is not Active.',
      fr: "Le Sender ID du parcours manque dans Web Services authorizations, diffère d'un caractère ou d'une majuscule, ou n'est pas à l'état Active.",
    },
    fix: {
      en: 'In Company > Setup > Company, Security tab, check the sender ID against the journey and set it to Active. A sender ID cannot be edited: if it is wrong, add the right one.',
      fr: "Dans Company > Setup > Company, onglet Security, comparez le Sender ID avec celui du parcours et réglez-le sur Active. Un Sender ID ne peut pas être modifié : s'il est erroné, ajoutez le bon.",
    },
    step: 'authorize-sender',
    sources: [
      {
        title: 'Sage Intacct Help: Web Services authorizations',
        url: 'https://www.intacct.com/ia/docs/en_US/help_action/Company/Company_setup/Company_Information/Security/company-web-services-authorizations.htm',
      },
      {
        title:
          'Codat Help Hub: Enable the Web Services subscription (archived in codat-docs, April 2025)',
        url: 'https://github.com/codatio/codat-docs/blob/e752edc4171cfdaa1dba733bde555ed2517a5b9a/docs/smb-help-hub/integrations/sage-intacct/web-services-subscription.md',
      },
    ],
  },
  {
    id: 'sage-intacct-trial-company',
    software: 'sage-intacct',
    message: null,
    symptom: {
      en: 'You try to connect a Sage Intacct trial company and the connection cannot be completed.',
      fr: "Vous essayez de connecter une société d'essai Sage Intacct et la connexion ne peut pas aboutir.",
    },
    cause: {
      en: 'Trial companies do not offer Web Services, which the connection needs.',
      fr: "Les sociétés d'essai ne proposent pas Web Services, dont la connexion a besoin.",
    },
    fix: {
      en: 'Connect your live (non-trial) Sage Intacct company.',
      fr: 'Connectez votre société Sage Intacct réelle (hors essai).',
    },
    step: 'web-services-subscription',
    sources: [
      {
        title: 'Codat docs: Set up the Sage Intacct integration',
        url: 'https://docs.codat.io/integrations/accounting/sage-intacct/accounting-sage-intacct-setup',
      },
    ],
  },
  {
    id: 'sage-intacct-password-reset',
    software: 'sage-intacct',
    message: null,
    symptom: {
      en: "The connection stopped working after someone reset the Web Services user's password.",
      fr: "La connexion ne fonctionne plus depuis que quelqu'un a réinitialisé le mot de passe de l'utilisateur Web Services.",
    },
    cause: {
      en: 'Web Services user passwords never expire on their own, but a reset gives the user a new password, and the connection still uses the old one.',
      fr: "Le mot de passe d'un utilisateur Web Services n'expire jamais de lui-même, mais une réinitialisation lui en attribue un nouveau, alors que la connexion utilise toujours l'ancien.",
    },
    fix: {
      en: 'Tell your bank that the connection needs the new password.',
      fr: 'Signalez à votre banque que la connexion a besoin du nouveau mot de passe.',
    },
    step: 'finish',
    sources: [
      {
        title: 'Sage Intacct Help: Web Services users',
        url: 'https://www.intacct.com/ia/docs/en_US/help_action/Administration/Users/web-services-only-users.htm',
      },
    ],
  },
  {
    id: 'xero-organisation-not-listed',
    software: 'xero',
    message: null,
    symptom: {
      en: "The organisation you want is not in Xero's list when you allow access.",
      fr: "L'organisation recherchée n'apparaît pas dans la liste de Xero au moment d'autoriser l'accès.",
    },
    cause: {
      en: "Your Xero user doesn't have the Standard or Adviser role in that organisation, or the app your bank uses is already connected to it.",
      fr: "Votre utilisateur Xero n'a pas le rôle Standard ou Adviser dans cette organisation, ou l'application de votre banque y est déjà connectée.",
    },
    fix: {
      en: 'Ask the person who manages users in that organisation to give you the Standard or Adviser role, or to connect it themselves. If the app is already connected, check with your bank before connecting again.',
      fr: "Demandez à la personne qui gère les utilisateurs de cette organisation de vous attribuer le rôle Standard ou Adviser, ou d'établir elle-même la connexion. Si l'application est déjà connectée, renseignez-vous auprès de votre banque avant de recommencer.",
    },
    step: 'sign-in-choose-organisation',
    sources: [
      {
        title: 'Xero Developer: Permissions FAQ',
        url: 'https://developer.xero.com/faq/permissions',
      },
    ],
  },
  {
    id: 'xero-same-login-several-organisations',
    software: 'xero',
    message: null,
    symptom: {
      en: 'A Xero connection stops working without warning after the same Xero login was used to connect another organisation.',
      fr: 'Une connexion Xero cesse de fonctionner sans prévenir après que le même identifiant Xero a servi à connecter une autre organisation.',
    },
    cause: {
      en: 'When one Xero login connects several organisations, the connection provider warns that connections can be cut without notice.',
      fr: "Lorsqu'un même identifiant Xero connecte plusieurs organisations, le prestataire de connexion prévient que les connexions peuvent être coupées sans préavis.",
    },
    fix: {
      en: 'Use a separate Xero user for each organisation. Ask your bank for a new link for the organisation that stopped, and connect it with its own user.',
      fr: "Utilisez un utilisateur Xero distinct pour chaque organisation. Demandez à votre banque un nouveau lien pour l'organisation concernée, puis connectez-la avec son propre utilisateur.",
    },
    step: 'sign-in-choose-organisation',
    sources: [
      {
        title: 'Codat docs: Set up the Xero integration',
        url: 'https://docs.codat.io/integrations/accounting/xero/accounting-xero-setup',
      },
    ],
  },
  {
    id: 'xero-new-consent-needed',
    software: 'xero',
    message: null,
    symptom: {
      en: 'Your bank asks you to connect Xero again, although you already did.',
      fr: "Votre banque vous demande de connecter Xero de nouveau, alors que vous l'avez déjà fait.",
    },
    cause: {
      en: 'Xero is replacing the broad permissions that apps request with narrower ones. Existing connections do not switch over on their own: each one needs your consent again.',
      fr: "Xero remplace les autorisations larges demandées par les applications par des autorisations plus précises. Les connexions existantes ne basculent pas d'elles-mêmes : chacune doit être autorisée de nouveau.",
    },
    fix: {
      en: 'Open the new link from your bank, sign in to Xero and allow access again.',
      fr: "Ouvrez le nouveau lien envoyé par votre banque, identifiez-vous dans Xero et autorisez de nouveau l'accès.",
    },
    step: 'allow-access',
    sources: [
      {
        title: 'Codat docs: Xero scopes by use case',
        url: 'https://docs.codat.io/integrations/accounting/xero/partner-certification/scopes',
      },
    ],
  },
];
