import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';

/**
 * True-or-false exercises whose verdict the author wrote as an answer, not as options (a textbook review
 * quiz's "(T/F)" items, a Chinese exam's 判断题 with `（√）` closing each statement). Fixtures written for
 * these tests.
 */
const one = (text: string) => buildDeck([{ path: 'notes.md', text }]);
const choicesOf = (text: string) =>
  one(text)
    .questions.filter((q) => q.kind === 'choice')
    .map((q) => [q.stem, q.options.join(' / '), q.options[q.correctIndex ?? -1]]);
const cardKinds = (text: string) => one(text).cards.map((c) => [c.kind, c.prompt]);

describe('a statement put to judgement, its verdict under it', () => {
  it('asks "(T/F)" items with a verdict bullet as True / False, in a list beside lettered questions', () => {
    const note = [
      '# Chapter 23 review',
      '',
      '1. (T/F) A firewall stops every attack that starts inside the network.',
      '\t- False',
      '2. (T/F) Signature scanners compare files against known malware patterns.',
      '\t- True',
      '3. Which malware copies itself to other machines?',
      '\tA. Trojan horse',
      '\tB. Worm',
      '\tC. Spyware',
      '\t- **Answer:** B',
    ].join('\n');
    expect(choicesOf(note)).toEqual([
      ['(T/F) A firewall stops every attack that starts inside the network.', 'True / False', 'False'],
      ['(T/F) Signature scanners compare files against known malware patterns.', 'True / False', 'True'],
      ['Which malware copies itself to other machines?', 'Trojan horse / Worm / Spyware', 'Worm'],
    ]);
  });

  it('reads "True or False:" and "判断：" under a numbering heading with a labelled verdict and its reason', () => {
    const note = [
      '# Review',
      '',
      '## Question 1',
      'True or False: A VPN hides traffic from the local network.',
      '',
      '**Answer:** True. The tunnel is encrypted end to end.',
      '',
      '## Question 2',
      '判断：UDP 是面向连接的协议。',
      '',
      '答案：错误',
    ].join('\n');
    expect(choicesOf(note)).toEqual([
      ['True or False: A VPN hides traffic from the local network.', 'True / False', 'True'],
      ['判断：UDP 是面向连接的协议。', '正确 / 错误', '错误'],
    ]);
    const reveal = one(note).cards.find((c) => c.kind === 'choice')?.answer ?? '';
    expect(reveal).toContain('The tunnel is encrypted end to end.');
  });

  it('leaves a question answered "对，…" and an answer opening with "错误处理" as questions', () => {
    const note = [
      '# HashMap',
      '',
      '### HashMap 的键可以是 null 吗？',
      '',
      '对，最多一个键为 null。',
      '',
      '### 异常应该在哪里处理？',
      '',
      '错误处理应当集中在一层完成。',
    ].join('\n');
    expect(choicesOf(note)).toEqual([]);
    expect(cardKinds(note)).toEqual([
      ['question', 'HashMap 的键可以是 null 吗？'],
      ['question', '异常应该在哪里处理？'],
    ]);
  });
});

describe('statements closing with their verdict', () => {
  it('asks a list of 判断题 whose statements close with （√） / （×） / (T) / (F)', () => {
    const note = [
      '# 判断题',
      '',
      '1. 进程是资源分配的基本单位。（√）',
      '2. 线程是资源分配的基本单位（×）',
      '3. A deadlock needs all four conditions at once. (T)',
      '4. Paging causes external fragmentation. (F)',
    ].join('\n');
    expect(choicesOf(note)).toEqual([
      ['进程是资源分配的基本单位。', '正确 / 错误', '正确'],
      ['线程是资源分配的基本单位', '正确 / 错误', '错误'],
      ['A deadlock needs all four conditions at once.', 'True / False', 'True'],
      ['Paging causes external fragmentation.', 'True / False', 'False'],
    ]);
  });

  it('leaves names and one checked feature in a list of points alone', () => {
    const generics = ['# Types', '', '- The box holds a value of type Box(T)', '- The list of it is List(T)'];
    expect(choicesOf(generics.join('\n'))).toEqual([]);
    const features = ['# Engines', '', '- InnoDB 支持事务（√）', '- MyISAM 是表级锁', '- Memory 存在内存中'];
    expect(choicesOf(features.join('\n'))).toEqual([]);
  });
});

describe('an exam review written as headings (set AJ)', () => {
  it('asks a heading closing with （✔）/(✖) as True / False, the quote under it being the reason', () => {
    const note = [
      '# 判断题',
      '',
      '#### 14. 在程序的执行过程中，Cache与主存的地址映射是由操作系统来管理的。 (✖)',
      '> 是由硬件自动完成的',
      '',
      '#### 13. NAND闪存更适用作为U盘。 （✔）',
    ].join('\n');
    expect(choicesOf(note)).toEqual([
      ['在程序的执行过程中，Cache与主存的地址映射是由操作系统来管理的。', '正确 / 错误', '错误'],
      ['NAND闪存更适用作为U盘。', '正确 / 错误', '正确'],
    ]);
    expect(one(note).cards[0]?.answer).toContain('是由硬件自动完成的');
  });

  it('asks a choice heading over a quoted hint, the hint no part of the stem', () => {
    const note = [
      '# 选择题',
      '',
      '#### 4. 若[x]补 = 1.10001100，则[x]原=( B )。',
      '> 这里的第一位表示符号位不是小数点<br>',
      '> 原码 = 补码按位取反后 + 1',
      '',
      '&emsp;&emsp;A: 1.0010101<br>',
      '&emsp;&emsp;B: 1.01110100<br>',
      '&emsp;&emsp;C: 0.0010110<br>',
      '&emsp;&emsp;D: 0.1101010<br>',
    ].join('\n');
    const [question] = one(note).questions.filter((q) => q.kind === 'choice');
    expect(question?.stem).toBe('若[x]补 = 1.10001100，则[x]原=(  )。');
    expect(question?.options[question.correctIndex ?? -1]).toBe('1.01110100');
  });
});
