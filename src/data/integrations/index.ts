import {integrations} from './entries';
import type {Integration, IntegrationMethod} from './model';

export * from './model';

/** Every software, sorted by name the way the reader's language sorts it. */
export function sortedIntegrations(locale: string): Integration[] {
  const collator = new Intl.Collator(locale, {sensitivity: 'base', numeric: true});
  return [...integrations].sort((a, b) => collator.compare(a.name, b.name));
}

/** The software a catalog shows: by method, or by ids in the order given. */
export function selectIntegrations(
  all: readonly Integration[],
  selection: {method?: IntegrationMethod; ids?: readonly string[]},
): Integration[] {
  if (selection.ids) {
    return selection.ids.map((id) => {
      const entry = all.find((candidate) => candidate.id === id);
      if (!entry) throw new Error(`IntegrationsList: no software with id "${id}" in the registry`);
      return entry;
    });
  }
  const {method} = selection;
  return method ? all.filter((entry) => entry.methods.includes(method)) : [...all];
}

export function findIntegration(id: string): Integration | undefined {
  return integrations.find((entry) => entry.id === id);
}

export {integrations};
