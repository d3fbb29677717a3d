import MDXComponents from '@theme-original/MDXComponents';
import StaleTranslationNotice from '@site/src/components/StaleTranslationNotice';

/** The theme's MDX components, and the notice the stale-translations remark step places. */
export default {...MDXComponents, StaleTranslationNotice};
