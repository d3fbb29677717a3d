import {useEffect, type RefObject} from 'react';

/**
 * Keeps the `aria-label` of the input matching `selector` inside `wrapper` set
 * to `label`: the offline search plugin renders its inputs with
 * `aria-label="Search"` in every language, sometimes after the first render.
 */
export function useInputLabel(
  wrapper: RefObject<HTMLElement | null>,
  selector: string,
  label: string,
): void {
  useEffect(() => {
    const root = wrapper.current;
    if (!root) return undefined;
    const apply = () => {
      for (const input of root.querySelectorAll(selector)) {
        if (input.getAttribute('aria-label') !== label) input.setAttribute('aria-label', label);
      }
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-label'],
    });
    return () => observer.disconnect();
  }, [wrapper, selector, label]);
}
