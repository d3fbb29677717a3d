import {useCallback} from 'react';
import {useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

/**
 * Absolute links to the current page, built on the configured public site URL
 * (SITE_URL) so that a copied link works for whoever receives it.
 */
export function useShareableUrl(): (options?: {hash?: string; withQuery?: boolean}) => string {
  const {siteConfig} = useDocusaurusContext();
  const location = useLocation();
  return useCallback(
    ({hash, withQuery = false} = {}) => {
      const url = new URL(location.pathname, siteConfig.url);
      // Typing in the catalog updates the address bar without telling the
      // router, so the query is read from the address bar itself.
      if (withQuery) url.search = window.location.search;
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
