/**
 * What writers edit: one data file per software (`src/data/integrations/<id>.yml`),
 * the journey's error entries (`src/data/journey.yml`), the sources catalog
 * (`src/data/sources.yml`), and the `<IntegrationsList>` component they place
 * in MDX pages. The fields below are those of the schema the build checks the
 * files against; editors check them as they are typed with the JSON Schemas of
 * `src/data/schema/`.
 *
 * @module
 */
export * from './data/model';
export type {
  ErrorEntry,
  Integration,
  IntegrationData,
  LocalizedText,
  Source,
  SourceReference,
  SourcesCatalog,
} from './data/schema';
export type {IntegrationsListProps} from './components/Integrations';
