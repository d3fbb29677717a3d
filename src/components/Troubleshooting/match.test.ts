import {troubleshooting} from '@site/src/data/troubleshooting';
import {matchScore, rankEntries, words} from './match';

const texts = troubleshooting.map((entry) => `${entry.message ?? ''} ${entry.symptom?.en ?? ''}`);
const withMessage = troubleshooting.findIndex((entry) => entry.message !== null);
const message = troubleshooting[withMessage]!.message!;

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
    const french = troubleshooting.map((entry) => entry.symptom?.fr ?? '');
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
