import {getTestLocale} from './locale';

export default function useDocusaurusContext() {
  return {
    siteConfig: {url: 'https://docs.example.test', baseUrl: '/'},
    i18n: {currentLocale: getTestLocale(), defaultLocale: 'en', locales: ['en', 'fr']},
  };
}
