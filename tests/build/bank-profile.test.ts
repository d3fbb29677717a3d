import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {JSDOM} from 'jsdom';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parse, parseDocument, stringify} from 'yaml';
import {createSiteCopy, type SiteCopy} from '../../scripts/siteCopy';
import {i18n} from '../../docusaurus.config';
import type {BankProfileData} from '../../src/data/bankProfile';
import {isOffered} from '../../src/components/Bank/_utils';
import {DEFAULT_PROFILE} from '../../src/plugins/bankProfile';
import {guidePath, hasGuide} from '../../src/data/paths';
import {loadRegistry} from '../../src/plugins/integrations/registry';
import {integrationFile} from '../../src/plugins/integrations/siteFiles';
import {projectRoot} from '../../scripts/siteCopy';
import {registry, today} from '../registry';
import {buildTestBank, TEST_BANK_BUILD_DIR, TEST_BANK_PROFILE} from '../testBankBuild';

// The profile rules are unit-tested in src/plugins/bankProfile/bankProfile.test.ts;
// this proves the build uses the profile BANK_PROFILE selects, everywhere, and
// stops on a bad one naming its file and field. Its build of both locales with
// the test bank's profile is the one the browser tests serve (tests/testBankBuild.ts).
const OTHER_PROFILE = TEST_BANK_PROFILE;
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

/** The logo files the navbar of a built page shows. */
const navbarLogos = (document: Document) =>
  [...document.querySelectorAll<HTMLImageElement>('.navbar__brand img')].map((img) => ({
    src: img.getAttribute('src'),
    alt: img.getAttribute('alt'),
  }));

/** The entries of a built error messages page, each with whether it shows the bank's contact. */
function entriesShowingContact(document: Document): Map<string, boolean> {
  return new Map(
    [...document.querySelectorAll('main article[data-entry]')].map((article) => [
      article.getAttribute('data-entry')!,
      article.querySelector('[data-bank-contact="customer"]') !== null,
    ]),
  );
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

  describe('a build of both locales with another profile', () => {
    // Which entries show the bank's contact is the data's `contactBank`, not their wording:
    // in this copy, one entry that has it loses it and one that has not gains it.
    let flipped: {removed: string; added: string};
    let texts: Map<string, string>;
    beforeAll(() => {
      flipped = flipContactBank(site);
      const {status, output} = buildTestBank(site);
      expect(status, output).toBe(0);
      texts = builtTexts(TEST_BANK_BUILD_DIR);
    });

    it('names the selected bank and its channels on the start page, guides and messages, marks software outside its offer, and has no trace of the default profile', () => {
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

    it("shows its own bank's logo in the navbar, decorative next to the title, and nothing of the other bank's; so does the default build", () => {
      const defaultBuild = join(projectRoot, 'build');
      for (const [profile, dir, otherProfile] of [
        [other, TEST_BANK_BUILD_DIR, example],
        [example, defaultBuild, other],
      ] as const) {
        // The navbar is the same on every page of a locale; each locale's pages
        // read the static files copied into that locale's build.
        for (const pageLocale of i18n.locales) {
          const base = pageLocale === i18n.defaultLocale ? '/' : `/${pageLocale}/`;
          const file = join(dir, base, 'index.html');
          const document = new JSDOM(readFileSync(file, 'utf8')).window.document;
          const logos = navbarLogos(document);
          expect(logos.length, file).toBeGreaterThan(0);
          expect(logos, file).toEqual(
            logos.map(() => ({src: `${base}${profile.brand.logo}`, alt: ''})),
          );
          expect(document.querySelector('.navbar__brand .navbar__title')!.textContent).not.toBe('');
        }
        const mentions = [...builtTexts(dir)].filter(([, text]) =>
          text.includes(otherProfile.brand.logo),
        );
        expect(mentions.map(([file]) => file)).toEqual([]);
      }
    });

    it("shows the bank's contact under exactly the error entries whose data says contactBank, in both locales", () => {
      const {registry: copied} = loadRegistry(site.dir, {site: i18n, today});
      const expected = new Map(
        [...copied.integrations.flatMap(({errors}) => errors), ...copied.journeyErrors].map(
          (entry) => [entry.id, entry.contactBank === true],
        ),
      );
      expect(expected.get(flipped.removed)).toBe(false);
      expect(expected.get(flipped.added)).toBe(true);
      for (const pageLocale of i18n.locales) {
        const prefix = pageLocale === i18n.defaultLocale ? '' : `${pageLocale}/`;
        const file = `${prefix}spend-insights/resources/error-messages.html`;
        const shown = entriesShowingContact(new JSDOM(texts.get(file)).window.document);
        expect(new Map([...shown].sort()), file).toEqual(new Map([...expected].sort()));
      }
    });
  });
});

/**
 * Takes `contactBank` away from the first error entry of the copy's data that
 * has it, and gives it to the first that has not; returns their ids.
 */
function flipContactBank(site: SiteCopy): {removed: string; added: string} {
  const {registry: data} = loadRegistry(site.dir, {site: i18n, today});
  const entries = data.integrations.flatMap(({id, errors}) =>
    errors.map((entry) => ({file: integrationFile(id), entry})),
  );
  const removed = entries.find(({entry}) => entry.contactBank)!;
  const added = entries.find(({entry}) => !entry.contactBank)!;
  for (const [{file, entry}, value] of [
    [removed, false],
    [added, true],
  ] as const) {
    site.edit(file, (text) => {
      const document = parseDocument(text);
      const index = (document.toJS() as {errors: {id: string}[]}).errors.findIndex(
        ({id}) => id === entry.id,
      );
      if (value) document.setIn(['errors', index, 'contactBank'], true);
      else document.deleteIn(['errors', index, 'contactBank']);
      return document.toString();
    });
  }
  return {removed: removed.entry.id, added: added.entry.id};
}
