import {useCallback, useEffect, useMemo, useState} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {NO_FILTERS, parseFilters, serializeFilters, type Filters} from './filters';

/**
 * The catalog's filters, kept in the URL. Until hydration ends there are no
 * filters, so the first render matches the static HTML. Checkboxes push a new
 * history entry through the router. Typing is the one sealed exception: it
 * rewrites the current entry with `window.history.replaceState`, because a
 * router navigation re-renders the whole page on every keystroke, which a
 * 1,000-entry catalog cannot afford (bench/RESULTS.md). The entry still holds
 * the query, so reload, back and forward restore it.
 */
export function useFilters(): [Filters, (filters: Filters, options?: {typing?: boolean}) => void] {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const [filters, setLocalFilters] = useState<Filters>(NO_FILTERS);

  useEffect(() => {
    if (!isBrowser) return;
    const fromUrl = parseFilters(location.search);
    setLocalFilters((current) =>
      serializeFilters(current) === serializeFilters(fromUrl) ? current : fromUrl,
    );
  }, [isBrowser, location.search]);

  const setFilters = useCallback(
    (next: Filters, options?: {typing?: boolean}) => {
      setLocalFilters(next);
      const search = serializeFilters(next, location.search);
      if (options?.typing) {
        window.history.replaceState(
          window.history.state,
          '',
          `${location.pathname}${search}${location.hash}`,
        );
      } else {
        history.push({...location, search});
      }
    },
    [history, location],
  );
  return [filters, setFilters];
}

/** Country names in the reader's language ("Pays-Bas" in French). */
export function useCountryName(): (code: string) => string {
  const {i18n} = useDocusaurusContext();
  return useMemo(() => {
    const names = new Intl.DisplayNames([i18n.currentLocale], {type: 'region'});
    return (code: string) => names.of(code) ?? code;
  }, [i18n.currentLocale]);
}
