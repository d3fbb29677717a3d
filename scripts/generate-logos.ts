/**
 * Writes static/img/logos/<id>.svg for the registry's software: the brand mark
 * from simple-icons (CC0) where the package has it, a monogram otherwise.
 * Existing files are kept unless --force is given.
 *
 * Usage: npm run logos [-- --force]
 */
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import * as simpleIcons from 'simple-icons';
import {brandLogoSvg, monogramLogoSvg, type BrandIcon} from './logos';

const brandMarks: Record<string, keyof typeof simpleIcons> = {
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
  'sage-200-professional': 'siSage',
  'sage-300': 'siSage',
  'sap-business-bydesign': 'siSap',
  'sap-ecc': 'siSap',
  'sap-netweaver': 'siSap',
  'sap-s4hana-cloud-public-edition': 'siSap',
  'sap-s4hana-cloud-private-edition': 'siSap',
  'sap-s4hana-on-premise': 'siSap',
};

const monograms: Record<string, string> = {
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
  'deltek-ajera': 'DA',
  foundation: 'F',
  'infor-lawson': 'IL',
  meditech: 'M',
  'oracle-peoplesoft': 'PS',
  'oracle-fusion-cloud-erp': 'OFC',
  'jd-edwards-enterpriseone': 'JDE',
  'jd-edwards-world': 'JDW',
  'tyler-eden': 'TE',
  'tyler-incode': 'TI',
  'tyler-erp-pro': 'TEP',
  'tyler-energov': 'TEG',
  sisfin: 'SIS',
  'yardi-breeze': 'YB',
  'yardi-kube': 'YK',
  munis: 'MU',
  'yardi-voyager': 'YV',
};

const force = process.argv.includes('--force');
mkdirSync('static/img/logos', {recursive: true});
const write = (id: string, svg: () => string) => {
  const file = `static/img/logos/${id}.svg`;
  if (force || !existsSync(file)) writeFileSync(file, svg());
};
for (const [id, iconName] of Object.entries(brandMarks)) {
  write(id, () => brandLogoSvg(simpleIcons[iconName] as BrandIcon));
}
for (const [id, letters] of Object.entries(monograms)) {
  write(id, () => monogramLogoSvg(id, letters));
}
console.log(
  `logos: ${Object.keys(brandMarks).length} brand marks, ${Object.keys(monograms).length} monograms in static/img/logos`,
);
