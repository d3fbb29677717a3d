import {published} from '@site/tests/registry';
import {matchScore, rankEntries, words} from './match';

const english = published('en').errors;
const texts = english.map((entry) => `${entry.message ?? ''} ${entry.symptom ?? ''}`);
const withMessage = english.findIndex((entry) => entry.message !== undefined);
const message = english[withMessage]!.message!;

describe('matching a pasted error message', () => {
  it('finds the entry first when the whole message is pasted with text around it', () => {
    const pasted = `Hi, when I try to connect I get this: "${message}" — what should I do?`;
    expect(rankEntries(pasted, texts)[0]).toBe(withMessage);
  });

  it('ignores case, accents and punctuation', () => {
    const mangled = message
      .toUpperCase()
      .replace(/[.,:;!?]/g, '')
      .replace(/e/gi, 'é');
    expect(rankEntries(mangled, texts)[0]).toBe(withMessage);
  });

  it('matches French symptoms with or without accents', () => {
    const french = published('fr').errors.map((entry) => entry.symptom ?? '');
    const target = french.findIndex((text) => /[éèàç]/.test(text));
    const plain = french[target]!.normalize('NFD').replace(/\p{Diacritic}/gu, '');
    expect(rankEntries(`bonjour, ${plain}`, french)[0]).toBe(target);
    expect(rankEntries(french[target]!, french)[0]).toBe(target);
  });

  it('leaves out entries that share no word, and scores nothing for an empty query', () => {
    expect(rankEntries('zzzz qqqq', texts)).toEqual([]);
    expect(matchScore(words(''), words(message))).toBe(0);
  });
});
