import {useEffect, useRef, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import OriginalSearchBar from '@theme-original/SearchBar';
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

function isApplePlatform(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform);
}

/**
 * The offline search plugin's search bar, with what it lacks for screen
 * reader users: its input is named in the page's language (the plugin names
 * it "Search" in every language), announces its shortcut (Ctrl+K, ⌘K on Apple
 * devices), and the number of results is announced as the list changes.
 */
export default function SearchBar(): ReactNode {
  const wrapper = useRef<HTMLDivElement>(null);
  const {selectMessage} = usePluralForm();
  const [list, setList] = useState<ListState>({kind: 'closed'});
  const label = translate({
    id: 'theme.SearchBar.label',
    message: 'Search',
    description: 'The ARIA label and placeholder for search button',
  });

  useEffect(() => {
    const container = wrapper.current?.querySelector('.navbar__search');
    if (!container) return undefined;
    const input = container.querySelector('input');
    input?.setAttribute('aria-label', label);
    input?.setAttribute('aria-keyshortcuts', isApplePlatform() ? 'Meta+K' : 'Control+K');
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
  }, [label]);

  return (
    <div ref={wrapper} className={styles.wrapper}>
      <OriginalSearchBar />
      <div role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden}>
        {list.kind === 'results' ? resultCountMessage(list.count, selectMessage) : ''}
      </div>
    </div>
  );
}
