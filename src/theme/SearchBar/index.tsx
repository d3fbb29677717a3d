import {useEffect, useRef, useState, type ReactNode} from 'react';
import {usePluralForm} from '@docusaurus/theme-common';
import {DocsPreferredVersionContextProvider} from '@docusaurus/plugin-content-docs/client';
import OfflineSearchBar from './OfflineSearchBar';
import {resultCountMessage} from './resultCount';
import styles from './styles.module.css';

/** What the search list shows: nothing yet, no result, or some options. */
type ListState = {kind: 'closed'} | {kind: 'results'; count: number};

/** Reads the offline search plugin's list (its listbox) out of the DOM. */
function readList(container: Element): ListState {
  const input = container.querySelector('input');
  const listbox = container.querySelector<HTMLElement>('[role="listbox"]');
  if (!input?.value.trim() || !listbox || listbox.style.display === 'none') {
    return {kind: 'closed'};
  }
  const count = listbox.querySelectorAll('[role="option"]').length;
  // Before the first answer the list is empty; "No results" is text.
  if (count === 0 && (listbox.textContent ?? '').trim() === '') return {kind: 'closed'};
  return {kind: 'results', count};
}

/**
 * The offline search plugin's search bar (ejected in `OfflineSearchBar.jsx`
 * so that its input is named in the page's language and announces its
 * shortcut), with the number of results announced to screen reader users as
 * the list changes. The list is the plugin's autocomplete widget, which
 * React does not render: it is read, never changed.
 */
export default function SearchBar({
  handleSearchBarToggle,
}: {
  handleSearchBarToggle?: (expanded: boolean) => void;
}): ReactNode {
  const wrapper = useRef<HTMLDivElement>(null);
  const {selectMessage} = usePluralForm();
  const [list, setList] = useState<ListState>({kind: 'closed'});

  useEffect(() => {
    const container = wrapper.current?.querySelector('.navbar__search');
    if (!container) return undefined;
    const update = () =>
      setList((previous) => {
        const next = readList(container);
        const same =
          next.kind === previous.kind &&
          (next.kind === 'closed' ||
            (previous.kind === 'results' && next.count === previous.count));
        return same ? previous : next;
      });
    const observer = new MutationObserver(update);
    observer.observe(container, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['style'],
      characterData: true,
    });
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={wrapper} className={styles.wrapper}>
      <DocsPreferredVersionContextProvider>
        <OfflineSearchBar handleSearchBarToggle={handleSearchBarToggle} />
      </DocsPreferredVersionContextProvider>
      <div role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden}>
        {list.kind === 'results' ? resultCountMessage(list.count, selectMessage) : ''}
      </div>
    </div>
  );
}
