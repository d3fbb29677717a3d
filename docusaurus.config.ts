import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {themes as prismThemes} from 'prism-react-renderer';
import {FILE_UPLOAD_DOC_ID, guideFrontMatter} from './src/plugins/integrations';
import searchPlugin, {type SearchPluginOptions} from './src/plugins/search';
import securityHeadersPlugin from './src/plugins/securityHeaders';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {docSourceFile, pluginTranslationFile} from './src/plugins/integrations/siteFiles';
import type {I18nConfig} from '@docusaurus/types';
import staleTranslationsPlugin, {remarkStaleTranslation} from './src/plugins/staleTranslations';
import {remarkTypography, typographFrontMatter, typographThemeText} from './src/plugins/typography';
import bankProfilePlugin, {loadBankProfile, selectedProfileFile} from './src/plugins/bankProfile';

/** Absolute base of every copied link; override per deployment. */
const siteUrl = process.env.SITE_URL ?? 'https://docs.spend-insights.example';
/** The site's locales: every list of locales in the code is read from here. */
export const i18n = {
  defaultLocale: 'en',
  locales: ['en', 'fr'],
  localeConfigs: {
    en: {label: 'English', htmlLang: 'en'},
    fr: {label: 'Français', htmlLang: 'fr'},
  },
} satisfies Partial<I18nConfig>;
const UPDATES = {title: "What's new", description: 'Changes to the connection guides, by software'};

/**
 * The updates feed in the language being built: the blog plugin translates its
 * pages' title and description but not its feed's, so they are read from the
 * same translation file. Docusaurus loads this config once per locale.
 */
function updatesFeedText(): {title: string; description: string} {
  const locale = process.env.DOCUSAURUS_CURRENT_LOCALE ?? i18n.defaultLocale;
  const file = join(
    __dirname,
    pluginTranslationFile(locale, 'options', 'docusaurus-plugin-content-blog'),
  );
  const translated = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, {message?: string}>)
    : {};
  return {
    title: `Spend Insights — ${translated.title?.message ?? UPDATES.title}`,
    description: translated.description?.message ?? UPDATES.description,
  };
}

/**
 * The bank that publishes the site (`BANK_PROFILE=profiles/<bank>.yml`, the
 * fictional example by default), checked before anything is built: a bad
 * profile stops the build naming its file and field.
 */
const bankProfile = loadBankProfile(__dirname, selectedProfileFile(), i18n);

/** Where "Edit this page" points; override per fork. */
const repositoryUrl = process.env.REPOSITORY_URL ?? 'https://github.com/spend-insights/docs';

const config: Config = {
  title: 'Spend Insights',
  tagline: 'Connect accounting software and read accounts-payable data',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl: '/',
  trailingSlash: false,

  // DOCUSAURUS_FASTER=false builds with webpack instead of Rspack, for bench/build-time.ts.
  future: {v4: true, faster: process.env.DOCUSAURUS_FASTER !== 'false'},

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    parseFrontMatter: typographFrontMatter(guideFrontMatter(__dirname, i18n), i18n),
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
  },

  i18n,

  // Pages read the bank through src/components/Bank.
  customFields: {bankProfile},

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          // A notice on stale translated pages (src/plugins/staleTranslations),
          // then each doc's language's typography (src/plugins/typography).
          beforeDefaultRemarkPlugins: [
            [remarkStaleTranslation, {siteDir: __dirname, site: i18n}],
            [remarkTypography, {site: i18n}],
          ],
          // French pages point at their French file. The reference is generated
          // at build time: it has no file to edit.
          editUrl: ({docPath, locale}) =>
            docPath.startsWith('reference/')
              ? undefined
              : `${repositoryUrl}/edit/main/${docSourceFile(docPath, locale, i18n)}`,
        },
        // What changed, per software: one short post per change, tagged with
        // software ids (updates/tags.yml), with feeds in each locale. Each guide
        // shows its latest post (src/plugins/integrations).
        blog: {
          path: 'updates',
          routeBasePath: 'updates',
          blogTitle: UPDATES.title,
          blogDescription: UPDATES.description,
          blogSidebarTitle: 'Recent changes',
          blogSidebarCount: 'ALL',
          // Each post on a list page is a module its visitors download, and the navbar link
          // to the list makes every page prefetch them: a short first page keeps that small.
          // Older posts are on the next pages and on each software's tag page.
          postsPerPage: 5,
          // The theme's archive page skips a heading level (axe heading-order).
          archiveBasePath: null,
          tags: 'tags.yml',
          onInlineTags: 'throw',
          onUntruncatedBlogPosts: 'ignore',
          showReadingTime: false,
          beforeDefaultRemarkPlugins: [[remarkTypography, {site: i18n}]],
          feedOptions: {
            type: ['rss', 'atom'],
            ...updatesFeedText(),
            copyright: '',
            // The feed library leaves "&" unescaped in Atom category attributes,
            // which makes the feed invalid XML for a software such as "Finance &
            // Operations"; each post's software stays in its title and tag pages.
            createFeedItems: async ({defaultCreateFeedItems, ...params}) =>
              (await defaultCreateFeedItems(params)).map((item) => ({
                ...item,
                category: undefined,
              })),
            limit: false,
          },
        },
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],

  // Escape closes a navigation menu opened by hover (RGAA 10.13).
  clientModules: ['./src/clientModules/dismissHoverMenus.ts'],

  plugins: [
    './src/plugins/integrations/index.ts',
    bankProfilePlugin(bankProfile),
    staleTranslationsPlugin,
    './src/plugins/accessibility/index.ts',
    securityHeadersPlugin,
    './src/plugins/sharedChunks/index.ts',
    [
      'docusaurus-plugin-typedoc',
      {
        entryPoints: ['src/reference.ts'],
        tsconfig: 'tsconfig.typedoc.json',
        out: 'docs/reference',
        readme: 'none',
        name: 'Registry reference',
        excludePrivate: true,
        disableSources: true,
        sidebar: {autoConfiguration: true, pretty: true},
      },
    ],
  ],

  themes: [
    [
      // @easyops-cn/docusaurus-search-local, each locale in its own language,
      // diacritics folded, headings naming their page (src/plugins/search).
      searchPlugin,
      {
        hashed: true,
        docsRouteBasePath: '/',
        indexBlog: false,
        highlightSearchTermsOnTargetPage: false,
        explicitSearchResultPath: true,
        searchResultContextMaxLength: 100,
        // The generated registry reference is searched on its own pages only.
        searchContextByPaths: [
          {label: {en: 'Registry reference', fr: 'Référence du registre'}, path: 'reference'},
        ],
        // A software name or alias found on the file upload page opens its list.
        keywordSections: {[FILE_UPLOAD_DOC_ID]: 'file-upload-software'},
      } satisfies SearchPluginOptions,
    ],
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'Spend Insights',
      // The bank's logo, from its profile (a file of static/, served by the site). The title
      // next to it names the link, so the logo is decorative (alt="", RGAA 1.2): an alt
      // would only be read before the link's visible name.
      logo: {alt: '', src: bankProfile.brand.logo, width: 32, height: 32},
      items: [
        {
          type: 'docSidebar',
          sidebarId: 'spendInsights',
          position: 'left',
          label: 'Documentation',
        },
        {to: '/spend-insights/connect', label: 'Connect your software', position: 'left'},
        {to: '/updates', label: "What's new", position: 'left'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Customers',
          items: [
            {label: 'Connect your software', to: '/spend-insights/connect'},
            {label: 'Upload files instead', to: '/spend-insights/resources/link-file'},
            {label: 'Customer FAQs', to: '/spend-insights/resources/customer-faqs'},
            {label: 'Error messages', to: '/spend-insights/resources/error-messages'},
          ],
        },
        {
          title: 'Support staff',
          items: [
            {label: 'Onboard a customer', to: '/spend-insights/guides/onboard-customer'},
            {label: 'Key terms', to: '/spend-insights/guides/key-terms'},
            {label: "What's new", to: '/updates'},
            {label: 'Help Center', href: 'https://help.codat.io'},
          ],
        },
        {
          title: 'Writers',
          items: [
            {label: 'Contributing', to: '/contributing'},
            {label: 'Registry reference', to: '/reference'},
          ],
        },
      ],
      copyright: 'Spend Insights documentation',
    },
    prism: {
      theme: prismThemes.oneLight,
      darkTheme: prismThemes.oneDark,
    },
  } satisfies Preset.ThemeConfig,
};

// The navbar and footer as written here are the default locale's: they get its
// typography now; translated locales replace them with their translation
// files, stored with their typography (npm run typography:translations).
const {navbar, footer} = config.themeConfig as Preset.ThemeConfig;
export default {
  ...config,
  themeConfig: {
    ...config.themeConfig,
    navbar: typographThemeText(navbar, i18n.defaultLocale),
    footer: typographThemeText(footer, i18n.defaultLocale),
  },
} satisfies Config;
