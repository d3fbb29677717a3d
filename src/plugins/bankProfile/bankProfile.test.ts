import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parse} from 'yaml';
import {i18n} from '@site/docusaurus.config';
import {registry, siteDir} from '@site/tests/registry';
import {checkBankProfile, DEFAULT_PROFILE, formatProfileProblems, loadBankProfile} from '.';
import {AA_TEXT, BACKGROUNDS, contrastRatio, ON_PRIMARY, themeCss, themeOf} from './colour';

const softwareIds = registry.integrations.map(({id}) => id);
const context = {site: i18n, softwareIds, hasStaticFile: () => true};
const example = parse(readFileSync(join(siteDir, DEFAULT_PROFILE), 'utf8')) as Record<
  string,
  unknown
>;

/** A profile as tests edit it: sections of fields. */
type Sections = Record<string, Record<string, unknown>>;

/** The example profile with one change. */
function withChange(change: (profile: Sections) => void): unknown {
  const profile = structuredClone(example) as Sections;
  change(profile);
  return profile;
}

const problemsOf = (data: unknown) =>
  checkBankProfile(data, context).problems.map(({field, message}) => `${field}: ${message}`);

describe('bank profile', () => {
  it('accepts the example profile and every profile of the repository', () => {
    expect(problemsOf(example)).toEqual([]);
    const profile = loadBankProfile(siteDir, DEFAULT_PROFILE, i18n);
    for (const locale of i18n.locales) expect(profile.name[locale]).toBeTruthy();
  });

  it('requires at least one customer support channel, naming the field', () => {
    const data = withChange((profile) => {
      profile.customerSupport = {};
    });
    expect(problemsOf(data)).toEqual([
      'customerSupport: at least one channel is required (email, phone or helpCentre)',
    ]);
    expect(formatProfileProblems('profiles/x.yml', checkBankProfile(data, context).problems)).toBe(
      'Invalid bank profile: 1 problem(s)\n- profiles/x.yml: field "customerSupport": at least one channel is required (email, phone or helpCentre)',
    );
  });

  it('requires every text in each locale the profile is written in, and no other locale', () => {
    const [, other] = i18n.locales;
    expect(
      problemsOf(
        withChange((profile) => {
          delete profile.name![other!];
          profile.name!.xx = 'Xx';
        }),
      ),
    ).toEqual([
      `name.${other}: is missing`,
      `name.xx: is not a locale of the site (${i18n.locales.join(', ')})`,
    ]);
  });

  it("builds a locale it has no text in yet with the default locale's texts, and says so", () => {
    const site = {...i18n, locales: [...i18n.locales, 'xx']};
    const {profile, problems, warnings} = checkBankProfile(example, {...context, site});
    expect(problems).toEqual([]);
    expect(profile).toBeDefined();
    expect(warnings).toEqual([
      `the bank profile has no "xx" text yet: its texts are shown in "${i18n.defaultLocale}" (untranslated)`,
    ]);
  });

  it('names the field of bad values', () => {
    const problems = problemsOf(
      withChange((profile) => {
        profile.customerSupport!.email = 'not an email';
        profile.customerSupport!.phone = '01 99 00 12 34';
        profile.brand!.primaryColour = 'blue';
        delete profile.legal!.publicationDirector;
        profile.accessibility!.contact = {};
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'customerSupport.email: must be an email address',
        expect.stringMatching(/^customerSupport\.phone: must be an international number/),
        'brand.primaryColour: must be a colour written #rrggbb',
        expect.stringMatching(/^legal\.publicationDirector: /),
        'accessibility.contact: needs an email or a url',
      ]),
    );
  });

  it('offers only software of the data files, once each', () => {
    const [first] = softwareIds;
    expect(
      problemsOf(
        withChange((profile) => {
          (profile as {offer: unknown}).offer = [first, 'no-such-software', first];
        }),
      ),
    ).toEqual([
      'offer[1]: "no-such-software" is not a software id (a file name of src/data/integrations/)',
      'offer: lists a software twice',
    ]);
  });

  it('refuses a brand colour that cannot reach AA contrast, naming the field', () => {
    const problems = problemsOf(
      withChange((profile) => {
        profile.brand!.primaryColour = '#ffcc00';
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^brand\.primaryColour: #ffcc00 reaches only 1\.\d\d:1 in light mode/,
    );
  });

  it('refuses a logo that is not in static/', () => {
    const {problems} = checkBankProfile(example, {...context, hasStaticFile: () => false});
    expect(problems.map(({field}) => field)).toEqual(['brand.logo']);
  });
});

describe('brand colour theme', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it.each(['#1a56b0', '#6b2c91', '#0b6b3a', '#000000'])(
    'derives shades of %s that keep AA text contrast in both modes',
    (colour) => {
      const theme = themeOf(colour);
      if (!theme.ok) throw new Error(theme.problem);
      expect(theme.light.primary).toBe(colour);
      for (const mode of ['light', 'dark'] as const) {
        for (const shade of Object.values(theme[mode])) {
          for (const other of [...BACKGROUNDS[mode], ON_PRIMARY[mode]]) {
            expect(contrastRatio(shade, other)).toBeGreaterThanOrEqual(AA_TEXT);
          }
        }
      }
      const css = themeCss(theme);
      expect(css).toContain(`--ifm-color-primary: ${colour};`);
      expect(css).toContain(`--ifm-color-primary: ${theme.dark.primary};`);
      expect(css).toContain("html[data-theme='dark']");
    },
  );

  it('refuses light colours, which cannot carry text on white', () => {
    for (const colour of ['#ffcc00', '#8cb8ff', '#ffffff']) {
      const theme = themeOf(colour);
      expect(theme.ok).toBe(false);
    }
  });
});
