import {useCallback} from 'react';
import {useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

/**
 * Absolute links to the current page, built on the configured public site URL
 * (SITE_URL) so that a copied link works for whoever receives it.
 */
export function useShareableUrl(): (options?: {hash?: string; search?: string}) => string {
  const {siteConfig} = useDocusaurusContext();
  const location = useLocation();
  return useCallback(
    ({hash, search} = {}) => {
      const url = new URL(location.pathname, siteConfig.url);
      if (search) url.search = search;
      if (hash) url.hash = hash;
      return url.toString();
    },
    [siteConfig.url, location.pathname],
  );
}

/** Copies text with the Clipboard API; false when the browser refuses or lacks it. */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
