import { describe, expect, it } from 'vitest';
import { judge, type Spec } from './gate-fixtures.ts';

const spec = (
  origin: Spec['origin'],
  stem: string,
  options: readonly string[],
  lang: 'en' | 'zh' = 'en',
): Spec => ({
  origin,
  stem,
  options,
  lang,
});

describe('options are of one kind, and a row is asked by what describes it', () => {
  it('drops a distractor of another kind among names that share a head word, and keeps one kind', () => {
    const stem = 'a tree kept balanced by colouring its nodes';
    expect(judge(spec('definition-reverse', stem, ['Red-black tree', 'AVL tree', 'Bloom filter']))).toBe(
      'odd-one-out',
    );
    expect(judge(spec('definition-reverse', stem, ['Red-black tree', 'AVL tree', 'Splay tree']))).toBeNull();
  });

  it('drops a key that alone lacks the head word its distractors share, in Chinese notes too', () => {
    const stem = '后进先出的容器';
    expect(judge(spec('definition-reverse', stem, ['Stack', 'ArrayQueue', 'CircularQueue'], 'zh'))).toBe(
      'odd-one-out',
    );
    expect(judge(spec('definition-reverse', stem, ['Stack', 'ArrayDeque', 'HashMap'], 'zh'))).toBeNull();
  });

  it('drops a command that alone lacks the first word three others share (three `show` commands)', () => {
    const stem = 'Mode: Privileged EXEC; Purpose: Enters global configuration mode.';
    const showCommands = ['show running-config', 'show startup-config', 'show mac-address-table'];
    expect(judge(spec('table-row', stem, ['configure terminal', ...showCommands]))).toBe('odd-one-out');
    expect(
      judge(spec('table-row', stem, ['configure terminal', 'show running-config', 'enable', 'reload'])),
    ).not.toBe('odd-one-out');
  });

  it('drops a term in Chinese among terms in Latin letters, and keeps terms of one script', () => {
    const stem = '超可靠机器类通信';
    expect(judge(spec('definition-reverse', stem, ['uMTC', 'mMTC', 'RTT', '协议栈'], 'zh'))).toBe(
      'odd-one-out',
    );
    expect(judge(spec('definition-reverse', stem, ['uMTC', 'mMTC', 'RTT', 'eMBB'], 'zh'))).not.toBe(
      'odd-one-out',
    );
  });

  it('drops a gloss of three words asked against common words, and keeps it against identifiers', () => {
    expect(judge(spec('definition-reverse', 'unit of execution', ['Task', 'Process', 'Job', 'Fork']))).toBe(
      'not-a-description',
    );
    expect(
      judge(
        spec('definition-reverse', 'the unit of execution a scheduler dispatches', [
          'Task',
          'Process',
          'Job',
        ]),
      ),
    ).not.toBe('not-a-description');
    expect(
      judge(
        spec('definition-reverse', 'For CSS-in-JS libraries', [
          'useInsertionEffect',
          'useLayoutEffect',
          'useTransition',
        ]),
      ),
    ).not.toBe('not-a-description');
  });

  it('drops a table row described only by the names of other things, and keeps a described one', () => {
    const options = ['onScrollCapture()', 'onWheelOld()', 'onDragLegacy()'];
    expect(judge(spec('table-row', 'replaced by: `onScroll()` or `addEventListener()`', options))).toBe(
      'cells-name-others',
    );
    expect(
      judge(spec('table-row', 'replaced by: a passive listener added once on mount', options)),
    ).toBeNull();
  });

  it('drops a row of a comparison table described only by 可能/不可能, and keeps one with facts', () => {
    const options = ['读已提交', '可串行化', '读未提交'];
    expect(judge(spec('table-row', '脏读: 不可能; 幻读: 可能', options, 'zh'))).toBe('uninformative-cells');
    expect(
      judge(spec('table-row', '脏读: 不会出现; 加锁方式: 读加共享锁直到事务结束', options, 'zh')),
    ).toBeNull();
  });
});
