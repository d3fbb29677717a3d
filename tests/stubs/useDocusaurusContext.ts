import config, {i18n} from '../../docusaurus.config';
import {getTestLocale} from './locale';

export default function useDocusaurusContext() {
  return {
    siteConfig: {
      url: 'https://docs.example.test',
      baseUrl: '/',
      customFields: {bankProfile: config.customFields!.bankProfile},
    },
    i18n: {...i18n, currentLocale: getTestLocale()},
  };
}
