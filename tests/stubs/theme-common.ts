// The real implementation: it only needs useDocusaurusContext, which is stubbed.
export {usePluralForm} from '../../node_modules/@docusaurus/theme-common/lib/utils/usePluralForm.js';
