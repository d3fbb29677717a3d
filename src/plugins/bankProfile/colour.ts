/**
 * The site's theme from one brand colour: the Infima primary shades for light
 * and dark mode, and the WCAG 2.2 AA contrast they must reach (4.5:1 for text,
 * 3:1 for controls) on the theme's own backgrounds. Pure functions.
 *
 * @module
 */

type Rgb = readonly [number, number, number];

/** Text (links, primary buttons' labels) needs 4.5:1; controls (borders, focus rings) 3:1. */
export const AA_TEXT = 4.5;
export const AA_CONTROL = 3;

/**
 * The backgrounds primary-coloured text sits on, per mode: Infima's page and
 * surface colours and the active menu item's background.
 */
export const BACKGROUNDS = {
  light: ['#ffffff', '#ebedf0'],
  dark: ['#1b1b1d', '#242526', '#444950'],
} as const;

/** The label colour on primary buttons and step numbers (`--site-on-primary`). */
export const ON_PRIMARY = {light: '#ffffff', dark: '#111418'} as const;

export type ColourMode = keyof typeof BACKGROUNDS;

function parse(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function format(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** The colour `amount` (0 to 1) of the way towards `target`. */
function mix(hex: string, target: string, amount: number): string {
  const from = parse(hex);
  const to = parse(target);
  const [r, g, b] = from.map((channel, index) => channel + (to[index]! - channel) * amount);
  return format([r!, g!, b!]);
}

/** WCAG relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = parse(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The lowest contrast of a colour against the mode's backgrounds and its button label. */
function worstContrast(colour: string, mode: ColourMode): number {
  return Math.min(
    ...[...BACKGROUNDS[mode], ON_PRIMARY[mode]].map((other) => contrastRatio(colour, other)),
  );
}

/** The Infima variables of one mode. */
export type PrimaryShades = Record<
  'primary' | 'dark' | 'darker' | 'darkest' | 'light' | 'lighter' | 'lightest',
  string
>;

/** How far each shade moves from the primary colour, as Infima's own generator spaces them. */
const SHADE_STEPS = {
  dark: 0.1,
  darker: 0.15,
  darkest: 0.3,
  light: 0.1,
  lighter: 0.15,
  lightest: 0.3,
};

/** The furthest tint of the brand colour towards white that dark mode may use. */
const MAX_DARK_MODE_TINT = 0.8;
/** Dark mode aims beyond the minimum, as the palette it replaces did, so hover shades keep AA. */
const DARK_MODE_TARGET = 7;

/**
 * The shades of one mode around `primary`. Shades that move towards the
 * background are kept only while they still reach AA for text; otherwise they
 * stay at the primary colour.
 */
function shadesAround(primary: string, mode: ColourMode): PrimaryShades {
  const towardsBackground = mode === 'light' ? '#ffffff' : '#000000';
  const awayFromBackground = mode === 'light' ? '#000000' : '#ffffff';
  const safe = (colour: string) => (worstContrast(colour, mode) >= AA_TEXT ? colour : primary);
  const [lighten, darken] =
    mode === 'light'
      ? [
          (amount: number) => mix(primary, towardsBackground, amount),
          (amount: number) => mix(primary, awayFromBackground, amount),
        ]
      : [
          (amount: number) => mix(primary, awayFromBackground, amount),
          (amount: number) => mix(primary, towardsBackground, amount),
        ];
  return {
    primary,
    dark: safe(darken(SHADE_STEPS.dark)),
    darker: safe(darken(SHADE_STEPS.darker)),
    darkest: safe(darken(SHADE_STEPS.darkest)),
    light: safe(lighten(SHADE_STEPS.light)),
    lighter: safe(lighten(SHADE_STEPS.lighter)),
    lightest: safe(lighten(SHADE_STEPS.lightest)),
  };
}

/** The theme of a brand colour, or why it cannot be one. */
export type Theme =
  | {readonly ok: true; readonly light: PrimaryShades; readonly dark: PrimaryShades}
  | {readonly ok: false; readonly problem: string};

const ratio = (value: number) => `${value.toFixed(2)}:1`;

/**
 * The theme derived from a brand colour: light mode uses the colour itself,
 * which must reach 4.5:1 with the light backgrounds and white button labels
 * (and so 3:1 for controls); dark mode uses the closest tint of it that
 * reaches AA on the dark backgrounds, aiming for 7:1.
 */
export function themeOf(colour: string): Theme {
  const base = colour.toLowerCase();
  const light = worstContrast(base, 'light');
  if (light < AA_TEXT) {
    return {
      ok: false,
      problem: `${base} reaches only ${ratio(light)} in light mode (text needs ${AA_TEXT}:1 on ${[...new Set([...BACKGROUNDS.light, ON_PRIMARY.light])].join(', ')}, controls ${AA_CONTROL}:1): choose a darker colour`,
    };
  }
  let dark: string | undefined;
  for (let step = 0; step <= MAX_DARK_MODE_TINT * 100; step += 1) {
    const tint = mix(base, '#ffffff', step / 100);
    if (worstContrast(tint, 'dark') >= AA_TEXT && dark === undefined) dark = tint;
    if (worstContrast(tint, 'dark') >= DARK_MODE_TARGET) {
      dark = tint;
      break;
    }
  }
  if (dark === undefined) {
    return {
      ok: false,
      problem: `${base} cannot reach ${AA_TEXT}:1 in dark mode, even lightened towards white by ${MAX_DARK_MODE_TINT * 100} % (on ${[...new Set([...BACKGROUNDS.dark, ON_PRIMARY.dark])].join(', ')})`,
    };
  }
  return {ok: true, light: shadesAround(base, 'light'), dark: shadesAround(dark, 'dark')};
}

function declarations(shades: PrimaryShades, mode: ColourMode): string {
  const lines = Object.entries(shades).map(([shade, value]) =>
    shade === 'primary'
      ? `  --ifm-color-primary: ${value};`
      : `  --ifm-color-primary-${shade}: ${value};`,
  );
  lines.push(
    `  --site-focus-ring: ${shades.primary};`,
    `  --site-on-primary: ${ON_PRIMARY[mode]};`,
  );
  return lines.join('\n');
}

/**
 * The stylesheet of a theme. The selectors outrank Infima's and the site's
 * own (`:root`, `[data-theme='dark']`), whatever order the styles load in.
 */
export function themeCss(theme: Extract<Theme, {ok: true}>): string {
  return `/* Generated from the bank profile's brand.primaryColour (src/plugins/bankProfile). */
html:root {
${declarations(theme.light, 'light')}
}

html[data-theme='dark']:root {
${declarations(theme.dark, 'dark')}
}
`;
}
