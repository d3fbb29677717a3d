import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import docusaurus from '@docusaurus/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {ignores: ['build/', '.docusaurus/', 'node_modules/', 'docs/reference/', '.tmp/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {files: ['**/*.{mjs,cjs,js}'], languageOptions: {globals: globals.node}},
  {
    files: ['**/*.{ts,tsx,mts}'],
    plugins: {'@docusaurus': docusaurus, 'react-hooks': reactHooks},
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@docusaurus/no-untranslated-text': [
        'error',
        {ignoredStrings: ['Spend Insights', '·', '×', '—', '(', ')', ',', ':']},
      ],
      '@docusaurus/no-html-links': 'error',
      '@docusaurus/string-literal-i18n-messages': 'error',
    },
  },
  {
    // Tests, stubs, scripts and benchmarks are not rendered on the site.
    files: ['tests/**', '**/*.test.{ts,tsx}', 'scripts/**', 'bench/**'],
    rules: {
      '@docusaurus/no-untranslated-text': 'off',
      '@docusaurus/no-html-links': 'off',
    },
  },
);
