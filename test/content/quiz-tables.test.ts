import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';

/**
 * A quiz written as tables: under each question a table whose rows are the options (a column of letters
 * A–D, a column of texts) and the key row marked by the author (a colour, bold, a tick). It is the author's
 * own choice question; its rows are never asked as "which letter had this text".
 */
const one = (text: string) => buildDeck([{ path: 'quiz.md', text }]);
const kinds = (text: string) => one(text).questions.map((q) => q.kind);
const reasons = (text: string) => one(text).dropped.map((d) => d.reason);

const zhQuiz = (marked: readonly number[]) =>
  [
    '# 期中复习题',
    '',
    '### 1.局域网交换机利用________进行数据交换。',
    '|编号|选项|',
    '|:-|:-|',
    ...['路由表', '端口表', '端口号/MAC地址映射表', 'IP地址表'].map((t, k) => {
      const letter = String.fromCharCode(65 + k);
      return marked.includes(k)
        ? `|<font color="red">${letter}</font>|<font color="red">${t}</font>|`
        : `|${letter}|${t}|`;
    }),
    '',
  ].join('\n');

describe('a quiz table under a question is the author choice question it is', () => {
  it('asks the heading with the texts as options and the red row as the key (zh)', () => {
    const deck = one(zhQuiz([2]));
    const choice = deck.questions.find((q) => q.kind === 'choice');
    expect(choice?.stem).toContain('局域网交换机利用');
    expect(choice?.options).toEqual(['路由表', '端口表', '端口号/MAC地址映射表', 'IP地址表']);
    expect(choice?.options[choice.correctIndex ?? -1]).toBe('端口号/MAC地址映射表');
    expect(kinds(zhQuiz([2]))).not.toContain('table-row');
  });

  it('reads a bold or ticked row as the key, with the mark taken off (en)', () => {
    const text = [
      '## Quiz',
      '',
      '### 1. Which IEEE standard defines Token Ring access control?',
      '',
      '| Option | Text |',
      '|---|---|',
      '| A | IEEE 802.3 |',
      '| B | IEEE 802.4 |',
      '| **C** | **IEEE 802.5** |',
      '| D | IEEE 802.11 |',
      '',
      '### 2. Which command shows the MAC address on Windows?',
      '',
      '| | |',
      '|---|---|',
      '| A | arp -a |',
      '| B | ipconfig /all ✓ |',
      '| C | netstat -an |',
      '',
    ].join('\n');
    const choices = one(text).questions.filter((q) => q.kind === 'choice');
    expect(choices.map((q) => q.options[q.correctIndex ?? -1])).toEqual(['IEEE 802.5', 'ipconfig /all']);
  });

  it('asks no auto-graded question when two rows are marked, and none from the rows either', () => {
    expect(kinds(zhQuiz([1, 2]))).not.toContain('choice');
    expect(kinds(zhQuiz([1, 2]))).not.toContain('table-row');
    expect(kinds(zhQuiz([1, 2]))).toContain('flashcard');
  });

  it('gives no row question from a lettered table with no mark (option-label-table)', () => {
    expect(kinds(zhQuiz([]))).not.toContain('table-row');
    expect(reasons(zhQuiz([]))).toContain('option-label-table');
  });

  it('keeps row questions from a table of single-letter names that are not A, B, C in order', () => {
    const text = [
      '# Vim',
      '',
      '## Motions',
      '',
      '| Key | Motion |',
      '|---|---|',
      '| h | move the cursor one column left |',
      '| j | move the cursor one line down |',
      '| k | move the cursor one line up |',
      '| l | move the cursor one column right |',
      '',
    ].join('\n');
    expect(reasons(text)).not.toContain('option-label-table');
    expect(kinds(text)).toContain('table-row');
  });

  it('drops an author quiz whose options repeat one another (repeated-option), keeps distinct ones', () => {
    const text = [
      '### 29.将笔记本电脑和手机连接在一起的网络可称为。',
      '|编号|选项|',
      '|:-|:-|',
      '|<font color="red">A</font>|<font color="red">PAN</font>|',
      '|B|WAN|',
      '|C|LAN|',
      '|D|WAN|',
      '',
    ].join('\n');
    expect(kinds(text)).not.toContain('choice');
    expect(reasons(text)).toContain('repeated-option');
    expect(kinds(text.replace('|D|WAN|', '|D|MAN|'))).toContain('choice');
  });
});
