// The real implementation: it only needs useDocusaurusContext, which is stubbed.
export {usePluralForm} from '../../node_modules/@docusaurus/theme-common/lib/utils/usePluralForm.js';

/** Only styles the heading targeted by the URL hash in a real browser. */
export function useAnchorTargetClassName(): string | undefined {
  return undefined;
}
