// Writes static/img/logos/<id>.svg for every registry entry: the brand mark
// from simple-icons (CC0) where the package has it, a monogram otherwise.
// Every logo sits on its own plate so it reads on light and dark tiles.
// Usage: node scripts/generate-logos.mjs [--force]
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import * as simpleIcons from 'simple-icons';

const brandMarks = {
  'quickbooks-desktop': 'siQuickbooks',
  'quickbooks-online': 'siQuickbooks',
  xero: 'siXero',
  'myob-business': 'siMyob',
  'sage-200-standard': 'siSage',
  'sage-50-accounts': 'siSage',
  'sage-accounting': 'siSage',
  'sage-intacct': 'siSage',
  'sage-100': 'siSage',
  'sage-x3': 'siSage',
  'zoho-books': 'siZoho',
  odoo: 'siOdoo',
  'sap-business-one': 'siSap',
};

const monograms = {
  'dynamics-365-business-central': 'BC',
  'dynamics-365-finance-operations': 'FO',
  'exact-online': 'EO',
  freeagent: 'FA',
  freshbooks: 'FB',
  'oracle-netsuite': 'NS',
  workday: 'W',
  acumatica: 'A',
  deltek: 'D',
  epicor: 'E',
  infor: 'I',
  'microsoft-dynamics-gp': 'GP',
  'microsoft-dynamics-sl': 'SL',
  'oracle-e-business-suite': 'EBS',
};

// Dark enough for white text at 4.5:1 or more.
const monogramColours = [
  '#1a56b0',
  '#7a2e8e',
  '#0f6b5c',
  '#8a3b12',
  '#374151',
  '#9b1c4a',
  '#2d5a1e',
];

function brandSvg(icon) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48" role="img" aria-hidden="true">
<rect x="0.5" y="0.5" width="47" height="47" rx="9" fill="#ffffff" stroke="#c5cbd3"/>
<g transform="translate(10 10) scale(1.1667)"><path fill="#${icon.hex}" d="${icon.path}"/></g>
</svg>
`;
}

function monogramSvg(id, letters) {
  const colour =
    monogramColours[
      [...id].reduce((sum, char) => sum + char.charCodeAt(0), 0) % monogramColours.length
    ];
  const fontSize = letters.length > 2 ? 15 : 19;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48" role="img" aria-hidden="true">
<rect width="48" height="48" rx="9" fill="${colour}"/>
<text x="24" y="24" dy="0.35em" text-anchor="middle" font-family="system-ui, -apple-system, 'Segoe UI', Arial, sans-serif" font-size="${fontSize}" font-weight="700" fill="#ffffff">${letters}</text>
</svg>
`;
}

const force = process.argv.includes('--force');
mkdirSync('static/img/logos', {recursive: true});
for (const [id, iconName] of Object.entries(brandMarks)) {
  const file = `static/img/logos/${id}.svg`;
  if (force || !existsSync(file)) writeFileSync(file, brandSvg(simpleIcons[iconName]));
}
for (const [id, letters] of Object.entries(monograms)) {
  const file = `static/img/logos/${id}.svg`;
  if (force || !existsSync(file)) writeFileSync(file, monogramSvg(id, letters));
}
console.log(
  `logos in static/img/logos: ${Object.keys(brandMarks).length} brand marks, ${Object.keys(monograms).length} monograms`,
);
