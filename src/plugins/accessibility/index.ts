/**
 * The accessibility statement's figures at build time, shaped like the
 * integrations plugin: `loadContent` reads and checks the audit file
 * (`src/data/accessibility-audit.yml`, stopping the build on a bad value),
 * computes the RGAA rate and status and warns when the audit is more than a
 * year old; `contentLoaded` publishes the status and rate as global data (the
 * footer of every page) and the statement's details, in the build's locale
 * with its typography, as `@accessibility-data/statement.json`.
 *
 * @module
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {StatementCriterion, StatementData} from '../../data/accessibilityData';
import {RGAA_CRITERIA, RGAA_THEMES, type RgaaText} from '../../data/rgaa';
import {typograph, typographyLocale} from '../typography';
import {
  AUDIT_FILE,
  auditAgeInDays,
  computeConformity,
  formatAuditProblems,
  loadAudit,
  type Audit,
} from './audit';

export const ACCESSIBILITY_PLUGIN = 'spend-insights-accessibility';
/** The alias under which the statement imports its module. */
const DATA_ALIAS = '@accessibility-data';

/** How old an audit may be before the build warns, in days. */
const MAX_AUDIT_AGE = 365;

/** The statement's data in `locale`: texts in that locale (else the default's), typographed. */
export function publishStatement(
  audit: Audit,
  locale: string,
  defaultLocale: string,
): StatementData {
  const typography = typographyLocale(locale);
  const local = (text: RgaaText | Readonly<Record<string, string>>) => {
    const texts = text as Readonly<Partial<Record<string, string>>>;
    const value = texts[locale] ?? texts[defaultLocale] ?? '';
    return typography ? typograph(value, typography) : value;
  };
  const conformity = computeConformity(audit);
  const titles = new Map(audit.samplePages.map((page) => [page.id, local(page.title)]));
  const criterion = (id: string, failing: 'NC' | 'NT'): StatementCriterion => {
    const reference = RGAA_CRITERIA.find((entry) => entry.id === id)!;
    const entry = audit.criteria.find((item) => item.criterion === id)!;
    const pages = audit.samplePages
      .filter(({id: page}) => (entry.pages?.[page] ?? entry.all)?.result === failing)
      .map(({id: page}) => titles.get(page)!);
    return {
      id,
      title: local(reference),
      theme: local(RGAA_THEMES[reference.theme]!),
      ...(entry.finding && {finding: local(entry.finding)}),
      pages,
    };
  };
  return {
    status: conformity.status,
    rate: conformity.rate,
    date: audit.date,
    auditor: local(audit.auditor),
    samplePageCount: audit.samplePages.length,
    compliant: conformity.compliant,
    applicable: conformity.applicable,
    notApplicable: conformity.notApplicable,
    total: audit.criteria.length,
    browsers: audit.environment.browsers,
    assistiveTechnologies: audit.environment.assistiveTechnologies,
    tools: audit.environment.tools.map((tool) => ({...tool, use: local(tool.use)})),
    samplePages: audit.samplePages.map((page) => ({path: page.path, title: local(page.title)})),
    nonCompliant: conformity.nonCompliant.map((id) => criterion(id, 'NC')),
    notTested: conformity.notTested.map((id) => criterion(id, 'NT')),
    derogations: audit.derogations.map(local),
    exempt: audit.exempt.map(local),
  };
}

/** Warnings about an audit that is checked but may no longer describe the site. */
export function auditWarnings(audit: Audit, today: Date, axeVersion?: string): string[] {
  const warnings: string[] = [];
  const age = auditAgeInDays(audit, today);
  if (age > MAX_AUDIT_AGE) {
    warnings.push(
      `${AUDIT_FILE}: the accessibility audit of ${audit.date} is ${age} days old (more than a year): audit the site again and update the file`,
    );
  }
  const axe = audit.environment.tools.find((tool) => tool.name === 'axe-core');
  if (axeVersion && axe?.version && axe.version !== axeVersion) {
    warnings.push(
      `${AUDIT_FILE}: the audit used axe-core ${axe.version}, the site now tests with ${axeVersion}: re-run the sweeps and update the file`,
    );
  }
  return warnings;
}

export default function accessibilityPlugin(context: LoadContext): Plugin<StatementData> {
  const {siteDir, i18n, generatedFilesDir} = context;
  return {
    name: ACCESSIBILITY_PLUGIN,
    loadContent() {
      const {audit, problems} = loadAudit(siteDir);
      if (!audit) throw new Error(`[${i18n.currentLocale}] ${formatAuditProblems(problems)}`);
      const packageJson = JSON.parse(readFileSync(join(siteDir, 'package.json'), 'utf8')) as {
        devDependencies?: Record<string, string>;
      };
      for (const warning of auditWarnings(
        audit,
        new Date(),
        packageJson.devDependencies?.['axe-core'],
      ))
        logger.warn(`[${i18n.currentLocale}] ${warning}`);
      return Promise.resolve(publishStatement(audit, i18n.currentLocale, i18n.defaultLocale));
    },
    async contentLoaded({content, actions}) {
      actions.setGlobalData({status: content.status, rate: content.rate});
      await actions.createData('statement.json', JSON.stringify(content));
    },
    configureWebpack() {
      return {
        resolve: {alias: {[DATA_ALIAS]: join(generatedFilesDir, ACCESSIBILITY_PLUGIN, 'default')}},
      };
    },
    getPathsToWatch() {
      return [join(siteDir, AUDIT_FILE)];
    },
  };
}
