/**
 * The integrations registry as the site reads it: the entries, and what is
 * derived from an entry's id (its guide and its logo) rather than typed twice.
 *
 * @module
 */
import {integrations} from './entries';
import type {Integration} from './schema';

export * from './model';
export type {Integration, LocalizedText, Source} from './schema';

/** Where connection guides live, relative to the docs folder and to the site root. */
export const GUIDE_DIRECTORY = 'spend-insights/integrations';

/** The doc id of a software's connection guide. */
export function guideDocId(id: string): string {
  return `${GUIDE_DIRECTORY}/${id}`;
}

/** The site path of a software's connection guide. */
export function guidePath(id: string): string {
  return `/${guideDocId(id)}`;
}

/** The software a doc is the guide of, or undefined for any other doc. */
export function integrationIdOfDoc(docId: string): string | undefined {
  const prefix = `${GUIDE_DIRECTORY}/`;
  if (!docId.startsWith(prefix)) return undefined;
  const id = docId.slice(prefix.length);
  return id.includes('/') ? undefined : id;
}

/** The site path of a software's logo under `static/`. */
export function logoPath(id: string): string {
  return `/img/logos/${id}.svg`;
}

/** True when the software has a connection guide: every direct-connection software has one. */
export function hasGuide(entry: Pick<Integration, 'methods'>): boolean {
  return entry.methods.includes('direct');
}

/** Every software, sorted by name the way the reader's language sorts it. */
export function sortedIntegrations(
  locale: string,
  entries: readonly Integration[] = integrations,
): Integration[] {
  const collator = new Intl.Collator(locale, {sensitivity: 'base', numeric: true});
  return [...entries].sort((a, b) => collator.compare(a.name, b.name));
}

export function findIntegration(id: string): Integration | undefined {
  return integrations.find((entry) => entry.id === id);
}

export {integrations};
