import {troubleshooting} from './entries';
import {ALL_SOFTWARE} from './model';
import type {TroubleshootingEntry} from './schema';

export {troubleshooting, ALL_SOFTWARE};
export type {TroubleshootingEntry};

/** The entries a software's guide shows: its own, then those of every journey. */
export function troubleshootingFor(softwareId: string): TroubleshootingEntry[] {
  return [
    ...troubleshooting.filter((entry) => entry.software === softwareId),
    ...troubleshooting.filter((entry) => entry.software === ALL_SOFTWARE),
  ];
}
