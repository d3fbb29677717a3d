/**
 * The colour checks axe does not make, run by the page sweeps in each colour
 * mode: RGAA 3.3 (WCAG 1.4.11), 3:1 against the colour around them for the
 * focus ring of every focusable element, the boundary (border or fill) of every
 * text field, the icon of every control named by its icon alone and the
 * accent colour of checkboxes; and RGAA 10.5, the page's text colour declared
 * with an opaque background colour, which every element inherits.
 *
 * @module
 */
import type {Page} from 'playwright-core';

/** One line per colour problem of the page in its current colour mode; empty when none. */
export async function colourProblems(page: Page, path: string, mode: string): Promise<string[]> {
  const problems = await page.evaluate(() => {
    const MINIMUM = 3;
    interface Rgba {
      r: number;
      g: number;
      b: number;
      a: number;
    }
    /** Computed colours: rgb(), rgba(), or color(srgb …) (0–1 channels) for mixed colours. */
    const parse = (value: string): Rgba | null => {
      const srgb = /^color\(srgb ([^)]+)\)$/.exec(value);
      if (srgb) {
        const [r, g, b, a] = srgb[1]!.split(/[\s/]+/).map(Number);
        return {r: r! * 255, g: g! * 255, b: b! * 255, a: a ?? 1};
      }
      const rgb = /^rgba?\(([^)]+)\)$/.exec(value);
      if (!rgb) return null;
      const [r, g, b, a] = rgb[1]!
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return {r: r!, g: g!, b: b!, a: a ?? 1};
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => ({
      r: top.r * top.a + bottom.r * (1 - top.a),
      g: top.g * top.a + bottom.g * (1 - top.a),
      b: top.b * top.a + bottom.b * (1 - top.a),
      a: 1,
    });
    const luminance = ({r, g, b}: Rgba) => {
      const channel = (value: number) => {
        const v = value / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const contrast = (a: Rgba, b: Rgba) => {
      const [x, y] = [luminance(a), luminance(b)];
      return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    };
    /** The colour painted behind an element: its ancestors' backgrounds, composed down to html's. */
    const behind = (element: Element | null): Rgba => {
      const layers: Rgba[] = [];
      for (let e = element; e; e = e.parentElement) {
        const colour = parse(getComputedStyle(e).backgroundColor);
        if (colour && colour.a > 0) layers.push(colour);
        if (colour?.a === 1) break;
      }
      return layers.reduceRight<Rgba>((base, layer) => over(layer, base), {
        r: 255,
        g: 255,
        b: 255,
        a: 1,
      });
    };
    const describe = (element: Element) => {
      const name =
        element.getAttribute('aria-label') ??
        element.getAttribute('placeholder') ??
        element.textContent ??
        '';
      return `${element.tagName.toLowerCase()} "${name.trim().slice(0, 40)}"`;
    };
    const shown = (element: Element) => element.checkVisibility({visibilityProperty: true});
    const found: string[] = [];

    // 10.5: html declares the text colour and an opaque background in each mode.
    const root = getComputedStyle(document.documentElement);
    if (parse(root.backgroundColor)?.a !== 1)
      found.push(
        `10.5: html's text colour ${root.color} has no opaque background colour (${root.backgroundColor})`,
      );

    // 3.3: what identifies a text field is its boundary.
    const fields = document.querySelectorAll<HTMLElement>(
      'input:not([type=checkbox], [type=radio], [type=hidden], [type=submit], [type=button], [type=reset], [type=image]), textarea, select',
    );
    for (const field of fields) {
      if (!shown(field)) continue;
      const style = getComputedStyle(field);
      const around = behind(field.parentElement);
      const border = parse(style.borderTopColor);
      const borderContrast =
        parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none' && border
          ? contrast(over(border, around), around)
          : 1;
      const fill = parse(style.backgroundColor);
      const fillContrast = fill ? contrast(over(fill, around), around) : 1;
      if (Math.max(borderContrast, fillContrast) < MINIMUM)
        found.push(
          `3.3: ${describe(field)} boundary ${borderContrast.toFixed(2)}:1 (border), ${fillContrast.toFixed(2)}:1 (fill)`,
        );
    }

    // 3.3: a control named by its icon alone is identified by that icon.
    for (const control of document.querySelectorAll('button, a[href], [role=button]')) {
      if (!shown(control) || (control.textContent ?? '').replace(/[\s\u200b]/g, '') !== '')
        continue;
      const icon = [...control.querySelectorAll('svg')].find(shown);
      if (!icon) continue;
      const shape = icon.querySelector('path, circle, rect, polygon, line') ?? icon;
      const style = getComputedStyle(shape);
      const colour = parse(style.fill !== 'none' ? style.fill : style.stroke);
      const around = behind(control);
      const ratio = colour ? contrast(over(colour, around), around) : 1;
      if (ratio < MINIMUM) found.push(`3.3: icon of ${describe(control)} ${ratio.toFixed(2)}:1`);
    }

    // 3.3: a checked checkbox shows the accent colour.
    for (const box of document.querySelectorAll('input[type=checkbox], input[type=radio]')) {
      const accent = parse(getComputedStyle(box).accentColor);
      if (!shown(box) || !accent) continue;
      const around = behind(box.parentElement);
      const ratio = contrast(over(accent, around), around);
      if (ratio < MINIMUM)
        found.push(`3.3: accent colour of ${describe(box.parentElement!)} ${ratio.toFixed(2)}:1`);
    }

    // 3.3 and 10.7: the focus ring of each focusable element, as the keyboard shows it. Elements
    // alike (tag, classes, ring colour inherited, background around) are focused once.
    const focusable = document.querySelectorAll<HTMLElement>(
      'a[href], button:not([disabled]), input:not([type=hidden], [disabled]), select, textarea, summary, [tabindex]:not([tabindex="-1"])',
    );
    const measured = new Set<string>();
    for (const element of focusable) {
      // Focusing the navbar's search field loads the search index, which would still be
      // loading when the tab moves on; its ring is measured by tests/e2e/search.test.ts.
      if (!shown(element) || element.matches('.navbar__search-input')) continue;
      const around = behind(element.parentElement);
      const alike = [
        element.tagName,
        element.className,
        getComputedStyle(element).getPropertyValue('--site-focus-ring'),
        Object.values(around).join(),
      ].join('|');
      if (measured.has(alike)) continue;
      measured.add(alike);
      element.focus({preventScroll: true, focusVisible: true} as FocusOptions);
      if (document.activeElement !== element) continue;
      const style = getComputedStyle(element);
      const ring = parse(style.outlineColor);
      if (!element.matches(':focus-visible') || style.outlineStyle === 'none' || !ring) {
        found.push(`10.7: ${describe(element)} shows no focus outline`);
        continue;
      }
      const ratio = contrast(over(ring, around), around);
      if (ratio < MINIMUM)
        found.push(`3.3: focus ring of ${describe(element)} ${ratio.toFixed(2)}:1`);
    }
    (document.activeElement as HTMLElement | null)?.blur();
    return found;
  });
  return problems.map((problem) => `${path} [${mode}] ${problem}`);
}
