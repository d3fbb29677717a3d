import {useEffect, useRef, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import OriginalSearchBar from '@theme-original/SearchBar';
import styles from './styles.module.css';

/**
 * The offline search plugin names its input "Search" in every language; French
 * screen-reader users hear the translated label instead.
 */
export default function SearchBar(): ReactNode {
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    wrapper.current
      ?.querySelector('input')
      ?.setAttribute('aria-label', translate({id: 'theme.SearchBar.label', message: 'Search'}));
  }, []);
  return (
    <div ref={wrapper} className={styles.wrapper}>
      <OriginalSearchBar />
    </div>
  );
}
