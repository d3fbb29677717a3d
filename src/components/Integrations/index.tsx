import type {ReactNode} from 'react';
import catalog from '@integrations-data/catalog.json';
import {IntegrationsList, type IntegrationsListProps} from './IntegrationsList';

export type {IntegrationsListProps};

/**
 * The catalog that MDX pages place: one tile per software of the data files,
 * from the plugin's catalog module in the page's language.
 */
export default function Integrations(props: IntegrationsListProps): ReactNode {
  return <IntegrationsList catalog={catalog} {...props} />;
}
