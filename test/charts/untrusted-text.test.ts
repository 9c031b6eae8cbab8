import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import {
  cleanText,
  EMPTY_LABEL,
  fitLabel,
  fitToColumns,
  fitToWidth,
} from '../../adapters/shared/charts/untrusted-text.ts';

describe('untrusted names and titles', () => {
  it('become one line of visible text: no controls, no bidi overrides, no invisible characters', () => {
    expect(cleanText('tab\tnew\nline\u0000nul')).toBe('tab new linenul');
    expect(cleanText('evil\u202Edesrever\u202C name')).toBe('evildesrever name');
    expect(cleanText('\u2067isolated\u2069 \u200Fmark\u200B')).toBe('isolated mark');
    expect(cleanText('  spaced   out  ')).toBe('spaced out');
  });

  it('keep emoji sequences, accents and Chinese whole', () => {
    expect(cleanText('👩‍💻 Zoë 张伟 1️⃣')).toBe('👩‍💻 Zoë 张伟 1️⃣');
    // Decomposed accents are composed, so nothing is lost by dropping loose diacritics.
    expect(cleanText('Zoe\u0308 Nguye\u0302\u0303n')).toBe('Zoë Nguyễn');
  });

  it('drop stacked diacritics that would climb over the rows above', () => {
    expect(cleanText('Z\u0351\u0352\u0353\u0354\u0355algo')).toBe('Zalgo');
    // Marks of other scripts stay, up to three on one character.
    expect(cleanText('हिन्दी')).toBe('हिन्दी');
    const pointed = cleanText('ب\u064E\u0651\u064B\u0652\u0650');
    expect([...pointed]).toHaveLength(4);
    expect(pointed.startsWith('ب')).toBe(true);
  });

  it('fit a 64-character name into the room given, cut between whole characters, with an ellipsis', () => {
    const name = 'W'.repeat(64);
    const fitted = fitToWidth(name, 24, stringWidth);
    expect(fitted).toBe(`${'W'.repeat(23)}…`);
    expect(stringWidth(fitted)).toBeLessThanOrEqual(24);
    // Chinese characters are two columns: 11 of them and the ellipsis fill 23 of 24 columns.
    expect(fitToWidth('一二三四五六七八九十'.repeat(3), 24, stringWidth)).toBe('一二三四五六七八九十一…');
    // An emoji sequence is never split into its parts.
    expect(fitToWidth('ab👩‍💻👩‍💻👩‍💻', 6, stringWidth)).toBe('ab👩‍💻…');
  });

  it('are cut the same in one pass when the width adds up character by character, as terminal columns do', () => {
    for (const text of [
      'W'.repeat(64),
      '一二三四五六七八九十'.repeat(3),
      'ab👩‍💻👩‍💻👩‍💻',
      'Zoë Ångström',
      'short',
    ]) {
      for (const max of [1, 5, 6, 24, 80])
        expect(fitToColumns(text, max, stringWidth)).toBe(fitToWidth(text, max, stringWidth));
    }
  });

  it('leave a name that fits alone, and show a placeholder for a name with nothing visible', () => {
    expect(fitLabel('Bob', 24, stringWidth)).toBe('Bob');
    expect(fitLabel('\u200B\u2066\u2069', 24, stringWidth)).toBe(EMPTY_LABEL);
  });
});
