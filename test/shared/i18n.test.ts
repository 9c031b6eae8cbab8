import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../adapters/shared/format-message.ts';
import {
  catalogue,
  ENGINE_REJECTIONS,
  optionLetter,
  periodName,
  rejectionMessage,
  scopeName,
  signed,
  t,
} from '../../adapters/shared/i18n.ts';

describe('shared wording', () => {
  it('has every key in both English and Chinese, with the same placeholders', () => {
    const enKeys = Object.keys(catalogue.en).sort();
    expect(Object.keys(catalogue.zh).sort()).toEqual(enKeys);
    for (const key of enKeys) {
      const k = key as keyof typeof catalogue.en;
      expect(catalogue.zh[k].trim(), key).not.toBe('');
      expect(placeholdersOf(catalogue.zh[k]), key).toEqual(placeholdersOf(catalogue.en[k]));
    }
  });

  it('says something specific for every engine rejection code in both languages', () => {
    expect(ENGINE_REJECTIONS.length).toBeGreaterThanOrEqual(25);
    for (const code of ENGINE_REJECTIONS) {
      const enText = rejectionMessage('en', code, 'Docker');
      const zhText = rejectionMessage('zh', code, 'Docker');
      expect(enText).not.toContain('{');
      expect(zhText).not.toContain('{');
      expect(enText).not.toBe(t('en', 'rejection.unknown', { code }));
      expect(zhText).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('names the topic the player asked for and still answers for a code it does not know', () => {
    expect(rejectionMessage('en', 'unknown_topic', 'Kubernetes')).toBe(
      'There is no topic called "Kubernetes".',
    );
    expect(rejectionMessage('zh', 'unknown_topic', '网络')).toBe('没有名为“网络”的主题。');
    expect(rejectionMessage('en', 'brand_new_code')).toBe('That did not work (brand_new_code).');
  });

  it('fills parameters and picks singular or plural in English', () => {
    expect(t('en', 'answer.points', { points: 1 })).toBe('+1 point');
    expect(t('en', 'answer.points', { points: 3 })).toBe('+3 points');
    expect(t('zh', 'answer.points', { points: 3 })).toBe('+3 分');
    expect(
      t('en', 'duel.challengeTopic', { challenger: 'ann', opponent: 'bob', count: 1, topic: 'Docker' }),
    ).toBe('ann challenges bob to a duel of 1 question on Docker.');
  });

  it('names periods, scopes, options and rating changes', () => {
    expect(periodName('en', 'week')).toBe('this week');
    expect(periodName('zh', 'month')).toBe('本月');
    expect(scopeName('en', { kind: 'topic', topic: 'Docker' })).toBe('topic Docker');
    expect(scopeName('zh', { kind: 'tenant' })).toBe('所有人');
    expect([0, 1, 2, 3].map(optionLetter).join('')).toBe('ABCD');
    expect([12, -8, 0].map(signed)).toEqual(['+12', '−8', '±0']);
  });
});
