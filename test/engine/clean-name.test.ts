import { describe, expect, it } from 'vitest';
import { cleanName, MAX_NAME_LENGTH, nameFromId } from '../../src/engine/clean-name.ts';

describe('cleanName', () => {
  it('keeps ordinary names of every script, emoji sequences included', () => {
    for (const name of ['Ann', '王小明', 'José Müller', 'O’Brien', '👨‍👩‍👧‍👦 family', 'علي']) {
      expect(cleanName(name, 'x')).toBe(name);
    }
  });

  it('drops NUL and control characters, bidi controls and lone surrogates; one line, trimmed', () => {
    expect(cleanName('Bo\u0000b', 'x')).toBe('Bob');
    expect(cleanName(' two\nlines\t here ', 'x')).toBe('two lines here');
    expect(cleanName('Eve\u202E1 :kaerts\u202C', 'x')).toBe('Eve1 :kaerts');
    expect(cleanName('\u2067Mal\u2069lory\u200F', 'x')).toBe('Mallory');
    expect(cleanName('Ann\uD800e', 'x')).toBe('Ann\uFFFDe');
    expect(cleanName('end\uDC00', 'x')).toBe('end\uFFFD');
  });

  it('falls back when nothing printable is left', () => {
    expect(cleanName('\u0000\u202E  ', 'U42')).toBe('U42');
    expect(nameFromId('slack:T1:U42')).toBe('U42');
  });

  it('cuts a long name to the limit on a character boundary, and a pile of marks to its base', () => {
    const long = cleanName('😀'.repeat(10_000), 'x');
    expect([...long]).toHaveLength(MAX_NAME_LENGTH);
    expect(long.endsWith('😀…')).toBe(true);
    const zalgo = cleanName(`Z${'\u0301'.repeat(500)}alg${'\u0336'.repeat(200)}o`, 'x');
    expect(zalgo).toBe('Zalgo');
    expect(cleanName(`Z${'\u0301'.repeat(100_000)}`, 'x')).toBe('Z');
    expect(cleanName('a'.repeat(MAX_NAME_LENGTH), 'x')).toBe('a'.repeat(MAX_NAME_LENGTH));
  });
});
