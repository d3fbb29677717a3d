/**
 * What writers edit: the integrations registry (`src/data/integrations/entries.ts`)
 * and the `<IntegrationsList>` component they place in MDX pages.
 *
 * @module
 */
export * from './data/integrations/model';
export type {Integration, LocalizedText, Source} from './data/integrations/schema';
export type {TroubleshootingEntry} from './data/troubleshooting/schema';
export type {IntegrationsListProps} from './components/Integrations';
