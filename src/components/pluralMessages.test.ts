import {readFileSync} from 'node:fs';
import {join} from 'node:path';

/**
 * Every plural message the site defines, in both languages: Docusaurus picks a
 * form with Intl.PluralRules, so each form must carry the real count.
 */
const french = JSON.parse(
  readFileSync(join(__dirname, '../../i18n/fr/code.json'), 'utf8'),
) as Record<string, {message: string; description?: string}>;
const pluralIds = Object.keys(french).filter((id) =>
  french[id]!.description?.includes('plural forms'),
);

function select(messages: string, locale: string, count: number): string {
  const forms = messages.split('|');
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const order = ['zero', 'one', 'two', 'few', 'many', 'other'].filter((form) =>
    categories.includes(form as Intl.LDMLPluralRule),
  );
  const index = order.indexOf(new Intl.PluralRules(locale).select(count));
  return forms[Math.min(index, forms.length - 1)]!.replace(/\{\w+\}/g, String(count));
}

describe('plural messages', () => {
  it('exist', () => {
    expect(pluralIds.length).toBeGreaterThanOrEqual(2);
  });

  it.each(pluralIds)('%s shows the real count for 1, 2 and 1,000 in French', (id) => {
    for (const count of [1, 2, 1000]) {
      expect(select(french[id]!.message, 'fr', count)).toContain(String(count));
    }
    // 0 is singular in French: a literal "1" would announce one item over an empty list.
    expect(select(french[id]!.message, 'fr', 0)).toContain('0');
  });
});
