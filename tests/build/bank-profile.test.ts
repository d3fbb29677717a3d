import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {JSDOM} from 'jsdom';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parse, stringify} from 'yaml';
import {createSiteCopy, type SiteCopy} from '../../scripts/siteCopy';
import {i18n} from '../../docusaurus.config';
import type {BankProfileData} from '../../src/data/bankProfile';
import {isOffered} from '../../src/components/Bank/_utils';
import {DEFAULT_PROFILE} from '../../src/plugins/bankProfile';
import {guidePath, hasGuide} from '../../src/data/paths';
import {projectRoot} from '../../scripts/siteCopy';
import {registry} from '../registry';

// The profile rules are unit-tested in src/plugins/bankProfile/bankProfile.test.ts;
// this proves the build uses the profile BANK_PROFILE selects, everywhere, and
// stops on a bad one naming its file and field.
const OTHER_PROFILE = 'profiles/test-bank.yml';
const locale = i18n.defaultLocale;

const readProfile = (file: string) =>
  parse(readFileSync(join(projectRoot, file), 'utf8')) as BankProfileData;
const other = readProfile(OTHER_PROFILE);
const example = readProfile(DEFAULT_PROFILE);

/** What would give the example profile away in a page or a bundle: its texts and channels. */
function traces(profile: BankProfileData): string[] {
  return [
    ...Object.values(profile.name),
    ...[profile.customerSupport, profile.staffSupport].flatMap((channels) =>
      [channels.email, channels.phone, channels.helpCentre].filter(
        (value): value is string => value !== undefined,
      ),
    ),
    profile.legal.entity,
    profile.legal.publicationDirector,
  ];
}

/** Every text file of a build: pages, scripts and styles. */
function builtTexts(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, {recursive: true, encoding: 'utf8'})
      .filter((file) => /\.(html|js|css|json|xml)$/.test(file))
      .map((file) => [file, readFileSync(join(dir, file), 'utf8')]),
  );
}

describe('the bank profile in the build', () => {
  let site: SiteCopy;
  beforeAll(() => {
    site = createSiteCopy();
  });
  afterAll(() => site.dispose());

  const buildWith = (profile: string) =>
    site.docusaurus(['build', '--locale', locale], {BANK_PROFILE: profile});

  it('stops on a profile with no customer contact, or a low-contrast colour, naming the file and field', () => {
    const noContact = 'profiles/no-contact.yml';
    writeFileSync(join(site.dir, noContact), stringify({...other, customerSupport: {}}));
    const first = buildWith(noContact);
    expect(first.status).not.toBe(0);
    expect(first.output).toContain(
      `- ${noContact}: field "customerSupport": at least one channel is required`,
    );

    const pale = 'profiles/pale.yml';
    writeFileSync(
      join(site.dir, pale),
      stringify({...other, brand: {...other.brand, primaryColour: '#ffcc00'}}),
    );
    const second = buildWith(pale);
    expect(second.status).not.toBe(0);
    expect(second.output).toContain(`- ${pale}: field "brand.primaryColour": #ffcc00 reaches only`);
  });

  it('names the selected bank and its channels on the start page, guides and messages, marks software outside its offer, and has no trace of the default profile', () => {
    const {status, output} = buildWith(OTHER_PROFILE);
    expect(status, output).toBe(0);
    const buildDir = join(site.dir, 'build');
    const texts = builtTexts(buildDir);
    const page = (path: string) =>
      new JSDOM(texts.get(`${path.replace(/^\//, '')}.html`)).window.document;
    const name = other.name[locale]!;
    const {email, phone} = other.customerSupport;

    // The start page: the bank's name and its customer channels.
    const start = page('/spend-insights/connect');
    expect(start.querySelector('main')!.textContent).toContain(name);
    const contact = start.querySelector('main [data-bank-contact="customer"]')!;
    if (email) expect(contact.querySelector(`a[href="mailto:${email}"]`)).not.toBeNull();
    if (phone) expect(contact.textContent).toContain(phone);
    // …and in the footer of every page.
    expect(start.querySelector('footer.footer')!.textContent).toContain(name);

    // Software outside the offer is marked on the start page and its guide; the rest is not.
    const guides = registry.integrations.filter(hasGuide);
    const outside = guides.filter((entry) => !isOffered(other, entry));
    const inside = guides.filter((entry) => isOffered(other, entry));
    expect(outside.length).toBeGreaterThan(0);
    expect(inside.some((entry) => entry.tags.includes('premium'))).toBe(true);
    for (const entry of outside) {
      expect(start.querySelector(`[data-not-in-offer="${entry.id}"]`)).not.toBeNull();
      const guide = page(guidePath(entry.id));
      const notice = guide.querySelector(`main [data-not-in-offer="${entry.id}"]`)!;
      expect(notice.textContent).toContain(name);
      // File upload is offered only for software the provider reads files from.
      const upload = notice.querySelector('a[href="/spend-insights/resources/link-file"]');
      expect(upload !== null).toBe(entry.methods.includes('file-upload'));
    }
    for (const entry of inside) {
      expect(page(guidePath(entry.id)).querySelector('[data-not-in-offer]')).toBeNull();
    }

    // A guide's checklist names the bank; the messages staff copy are built in
    // the page from the profile the bundle carries.
    const guide = page(guidePath(inside[0]!.id));
    expect(guide.querySelector('main')!.textContent).toContain(
      `The connection link (Link URL) ${name} sent you.`,
    );
    const scripts = [...texts].filter(([file]) => file.endsWith('.js')).map(([, text]) => text);
    for (const value of [name, email, phone].filter(Boolean)) {
      expect(scripts.some((text) => text.includes(value!))).toBe(true);
    }

    // The brand colour is the theme's primary colour.
    const styles = [...texts].filter(([file]) => file.endsWith('.css')).map(([, text]) => text);
    expect(styles.join('\n')).toContain(`--ifm-color-primary:${other.brand.primaryColour}`);

    // Nothing of the default profile.
    const leaks = [...texts].flatMap(([file, text]) =>
      traces(example)
        .filter((value) => text.includes(value))
        .map((value) => `${file}: ${value}`),
    );
    expect(leaks).toEqual([]);
  });
});
