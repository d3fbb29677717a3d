/**
 * What is derived from a software's id rather than typed twice: its guide and
 * its logo. No Node, zod or Docusaurus import: components load it too.
 *
 * @module
 */
import type {IntegrationMethod} from './model';

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
export function hasGuide(entry: {readonly methods: readonly IntegrationMethod[]}): boolean {
  return entry.methods.includes('direct');
}
