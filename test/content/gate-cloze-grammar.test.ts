import { describe, expect, it } from 'vitest';
import { judge, type Spec } from './gate-fixtures.ts';

const cloze = (stem: string, options: readonly string[], lang: 'en' | 'zh' = 'en'): Spec => ({
  origin: 'cloze',
  stem,
  options,
  lang,
});

describe('a cloze is settled by the notes, not by its grammar or a guess', () => {
  it('drops an article that fits only the key, and keeps one every option fits', () => {
    const options = ['ext4', 'btrfs', 'zfs'];
    expect(
      judge(cloze('An _____ is a journaling file system that most distributions use by default.', options)),
    ).toBe('grammar-tell');
    expect(
      judge(cloze('_____ is a journaling file system that most distributions use by default.', options)),
    ).toBeNull();
  });

  it('drops a description written without its subject ("Are …") beside the only plural term', () => {
    const which = (options: readonly string[]): Spec => ({
      origin: 'definition-reverse',
      stem: 'Are executable units of software packaged with their libraries so that they run anywhere',
      options,
      lang: 'en',
    });
    expect(judge(which(['Containers', 'Cloud Region', 'Hypervisor']))).toBe('grammar-tell');
    expect(judge(which(['Containers', 'Pods', 'Images']))).toBeNull();
  });

  it('drops a verb that agrees only with the key, and keeps a blank every option agrees with', () => {
    const options = ['Selectors', 'Middleware', 'Thunk'];
    expect(judge(cloze('_____ are functions that derive data from the store state.', options))).toBe(
      'grammar-tell',
    );
    expect(
      judge(
        cloze('_____ are functions that derive data from the store state.', [
          'Selectors',
          'Reducers',
          'Thunks',
        ]),
      ),
    ).toBeNull();
  });

  it('drops a blank with too little around it, and keeps a sentence that settles it (Chinese too)', () => {
    const options = ['Raft', 'Paxos', 'Gossip'];
    expect(judge(cloze('＿＿＿ 是共识算法。', options, 'zh'))).toBe('cloze-too-short');
    expect(
      judge(cloze('＿＿＿ 是一种为了易于理解而设计、选出领导者后由它复制日志的共识算法。', options, 'zh')),
    ).toBeNull();
  });
});
