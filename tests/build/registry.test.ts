import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parse, stringify} from 'yaml';
import {createSiteCopy, type SiteCopy} from '../../scripts/siteCopy';
import {hasGuide} from '../../src/data/paths';
import {registry} from '../registry';

// The checks themselves are unit-tested in src/plugins/integrations/registry.test.ts;
// this proves the build runs them in a translated locale and stops with their message.
describe('the integrations plugin in the build', () => {
  let site: SiteCopy;
  beforeAll(() => {
    site = createSiteCopy();
  });
  afterAll(() => site.dispose());

  it('stops the French build on a bad data file, naming the file, entry and field', () => {
    const software = registry.integrations.find(hasGuide)!;
    const file = `src/data/integrations/${software.id}.yml`;
    const data = parse(readFileSync(join(site.dir, file), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(site.dir, file), stringify({...data, countries: ['UK']}));
    const {status, output} = site.build('fr');
    expect(status).not.toBe(0);
    expect(output).toContain('[fr] Invalid data files: 1 problem(s)');
    expect(output).toContain(
      `- ${file}: entry "${software.id}", field "countries[0]": is not an ISO 3166-1 alpha-2 country code`,
    );
  });
});
