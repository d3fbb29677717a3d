import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {sortedIntegrations} from './src/data/integrations';
import {GUIDE_DIRECTORY} from './src/data/integrations/model';

/** One guide per direct-connection software, in the registry's name order. */
const softwareGuides = sortedIntegrations('en')
  .filter((entry) => entry.guide)
  .map((entry) => `${GUIDE_DIRECTORY}/${entry.id}`);

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
      label: 'Software guides',
      collapsed: true,
      items: softwareGuides,
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
