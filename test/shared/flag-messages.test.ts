import { describe, expect, it } from 'vitest';
import { flagCatalogue, ft } from '../../adapters/shared/flag-messages.ts';
import { placeholdersOf } from '../../adapters/shared/format-message.ts';
import { FLAG_REASONS } from '../../src/engine/question-flags.ts';

describe('wording of reported questions', () => {
  it('has every key in English and Chinese, with the same placeholders', () => {
    const keys = Object.keys(flagCatalogue.en).sort();
    expect(Object.keys(flagCatalogue.zh).sort()).toEqual(keys);
    for (const key of keys) {
      const k = key as keyof typeof flagCatalogue.en;
      expect(flagCatalogue.zh[k], key).toMatch(/[\u4e00-\u9fff]|^\{reason\} ×\{count\}$/);
      expect(placeholdersOf(flagCatalogue.zh[k]), key).toEqual(placeholdersOf(flagCatalogue.en[k]));
    }
  });

  it('names every reason, and fits the form title in a Slack modal title (24 characters)', () => {
    for (const reason of FLAG_REASONS)
      for (const lang of ['en', 'zh'] as const) expect(ft(lang, `flag.reason.${reason}`)).not.toBe('');
    for (const lang of ['en', 'zh'] as const)
      expect(ft(lang, 'flag.formTitle').length).toBeLessThanOrEqual(24);
  });
});
