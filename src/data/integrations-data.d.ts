// The modules the integrations plugin publishes under `@integrations-data/`
// (src/plugins/integrations), one per page, in the build's locale.
declare module '@integrations-data/catalog.json' {
  import type {CatalogEntry} from '@site/src/data/pageData';

  const catalog: readonly CatalogEntry[];
  export default catalog;
}

declare module '@integrations-data/errors.json' {
  import type {PublishedErrorEntry} from '@site/src/data/pageData';

  const errors: readonly PublishedErrorEntry[];
  export default errors;
}

declare module '@integrations-data/guides/*.json' {
  import type {GuideData} from '@site/src/data/pageData';

  const guide: GuideData;
  export default guide;
}

// The accessibility statement's data (src/plugins/accessibility), in the build's locale.
declare module '@accessibility-data/statement.json' {
  import type {StatementData} from '@site/src/data/accessibilityData';

  const statement: StatementData;
  export default statement;
}
