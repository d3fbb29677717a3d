import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  spendInsights: [
    'spend-insights/overview',
    {
      type: 'category',
      label: 'User guides',
      collapsible: false,
      items: ['spend-insights/guides/key-terms', 'spend-insights/guides/onboard-customer'],
    },
    {
      type: 'category',
      label: 'Customer support',
      collapsible: false,
      items: [
        'spend-insights/resources/link-software',
        'spend-insights/resources/link-file',
        'spend-insights/resources/customer-faqs',
      ],
    },
    {
      type: 'category',
      label: 'For writers',
      collapsible: false,
      items: ['contributing'],
    },
  ],
};

export default sidebars;
