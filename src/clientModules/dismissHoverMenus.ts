/**
 * Escape closes a navigation bar menu opened by hovering it (RGAA 10.13, WCAG
 * 1.4.13): the theme's dropdowns open on hover through CSS only, which no key
 * can undo. The menu stays closed until the pointer leaves it; a menu opened
 * with the keyboard (Enter) is the theme's and closes as it does.
 *
 * @module
 */
const DISMISSED = 'dropdown--dismissed';

function onKeyDown(event: KeyboardEvent): void {
  if (event.key !== 'Escape') return;
  for (const dropdown of document.querySelectorAll('.dropdown--hoverable:hover')) {
    dropdown.classList.add(DISMISSED);
    dropdown.addEventListener('mouseleave', () => dropdown.classList.remove(DISMISSED), {
      once: true,
    });
  }
}

if (typeof document !== 'undefined') document.addEventListener('keydown', onKeyDown);
