import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {integrations} from '../../data/integrations/entries';
import {GUIDE_DIRECTORY} from '../../data/integrations/model';
import {formatRegistryProblems, validateRegistry} from '../../data/integrations/validation';

/**
 * Stops `docusaurus start` and `build` (in every locale) when the integrations
 * registry has a wrong entry or points at a missing logo or guide.
 */
export default function registryValidationPlugin(context: LoadContext): Plugin {
  const {siteDir, i18n} = context;
  return {
    name: 'registry-validation',
    async loadContent() {
      const problems = validateRegistry(integrations, {
        siteDir,
        translatedLocales: i18n.locales.filter((locale) => locale !== i18n.defaultLocale),
      });
      if (problems.length > 0) {
        throw new Error(`[${i18n.currentLocale}] ${formatRegistryProblems(problems)}`);
      }
    },
    getPathsToWatch() {
      return [
        join(siteDir, 'src/data/integrations/**'),
        join(siteDir, 'static/img/logos/**'),
        join(siteDir, 'docs', GUIDE_DIRECTORY, '**'),
        join(siteDir, 'i18n/*/docusaurus-plugin-content-docs/current', GUIDE_DIRECTORY, '**'),
      ];
    },
  };
}
