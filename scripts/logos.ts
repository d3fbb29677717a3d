/** Logo SVGs for the registry: every logo sits on its own plate so it reads on light and dark tiles. */

export interface BrandIcon {
  readonly hex: string;
  readonly path: string;
}

/** A brand mark from simple-icons (CC0), centred on a white plate. */
export function brandLogoSvg(icon: BrandIcon): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48" role="img" aria-hidden="true">
<rect x="0.5" y="0.5" width="47" height="47" rx="9" fill="#ffffff" stroke="#c5cbd3"/>
<g transform="translate(10 10) scale(1.1667)"><path fill="#${icon.hex}" d="${icon.path}"/></g>
</svg>
`;
}

// Each is dark enough for white text at 4.5:1 or more.
const MONOGRAM_COLOURS = [
  '#1a56b0',
  '#7a2e8e',
  '#0f6b5c',
  '#8a3b12',
  '#374151',
  '#9b1c4a',
  '#2d5a1e',
];

/** Initials on a coloured plate, for software whose mark is not in simple-icons. */
export function monogramLogoSvg(id: string, letters: string): string {
  const colour =
    MONOGRAM_COLOURS[
      [...id].reduce((sum, char) => sum + char.charCodeAt(0), 0) % MONOGRAM_COLOURS.length
    ];
  const fontSize = letters.length > 2 ? 15 : 19;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48" role="img" aria-hidden="true">
<rect width="48" height="48" rx="9" fill="${colour}"/>
<text x="24" y="24" dy="0.35em" text-anchor="middle" font-family="system-ui, -apple-system, 'Segoe UI', Arial, sans-serif" font-size="${fontSize}" font-weight="700" fill="#ffffff">${letters}</text>
</svg>
`;
}

/** Up to three initials of a software name: "Exact Online" gives "EO". */
export function initialsOf(name: string): string {
  const words = name.split(/[\s&-]+/).filter((word) => /^[A-Za-z0-9]/.test(word));
  return words
    .slice(0, 3)
    .map((word) => word[0]!.toUpperCase())
    .join('');
}
