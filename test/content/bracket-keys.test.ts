import { describe, expect, it } from 'vitest';
import { bracketKey } from '../../src/content/bracket-keys.ts';
import { buildDeck } from '../../src/content/build-deck.ts';
import { lineOptions } from '../../src/content/choice-syntax.ts';
import { isAutoGraded } from '../../src/content/question.ts';
import { deckOf, stylePath } from './deck-helpers.ts';

/**
 * Exam notes that write the key in the question's own blank (`…错误的是【 D 】`, `权限值为（B）`) with the
 * options side by side on one line, split by runs of spaces or tabs, the key often in bold too. Fixture
 * written for these tests (bracket-keys.zh.md): six single-choice questions read, three dropped (a bold
 * option against the bracket, options out of order, a bracket naming no option), a multi-select, a
 * paragraph and a heading asking, and a letter in brackets in prose.
 */
const one = (text: string) => buildDeck([{ path: 'notes.md', text }]);
const graded = (text: string) =>
  one(text)
    .questions.filter(isAutoGraded)
    .map((q) => [q.stem, q.options, q.options[q.correctIndex ?? -1]]);

describe('the key in the blank, the options on one line', () => {
  const deck = deckOf(stylePath('bracket-keys.zh.md'));

  it('makes one choice card per keyed question, the bracket left as an empty blank', () => {
    expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([
      ['choice', '下面关于Linux的描述错误的是【  】'],
      ['choice', '若要将鼠标从虚拟机中释放出来，可按【  】键来实现。'],
      ['choice', '存放用户密码摘要的文件是（  ）'],
      ['choice', '显示当前工作目录的命令是 (  )'],
      ['choice', '删除空目录的命令是［  ］'],
      ['choice', '把 a.txt 复制为 b.txt，正确的命令是（  ）。'],
      ['choice', '下列属于文本编辑器的是【  】'],
      ['choice', '终止前台进程的快捷键是（  ）'],
      ['choice', '下列哪个命令可以测试网络连通性（  ）'],
      ['explain', '说明'],
    ]);
    // The key is in no title the question is filed under.
    expect(deck.cards.flatMap((c) => c.sectionPath).filter((t) => /[【（(［]\s*[A-H]/.test(t))).toEqual([]);
  });

  it('asks with the options in the author’s words, bold marks gone, the key from the bracket', () => {
    const asked = deck.questions
      .filter(isAutoGraded)
      .sort((a, b) => a.source.line - b.source.line)
      .map((q) => [q.options, q.options[q.correctIndex ?? -1]]);
    expect(asked).toEqual([
      [['支持图形化界面操作', '多任务', '具有丰富的网络功能', '单用户'], '单用户'],
      [['Ctrl-Shift', 'Ctrl+Alt', 'Ctrl+Enter', 'Ctrl+Del'], 'Ctrl+Alt'],
      [['/etc/passwd', '/etc/shadow', '/etc/group', '/etc/gshadow'], '/etc/shadow'],
      [['ls', 'cd', 'pwd', 'who'], 'pwd'],
      [['rmdir', 'rm -f', 'unlink', 'del'], 'rmdir'],
      [['copy a.txt b.txt', 'cp a.txt | b.txt', 'cat b.txt a.txt', 'cp a.txt b.txt'], 'cp a.txt b.txt'],
      [['Ctrl+A', 'Ctrl+Q', 'Ctrl+C', 'Ctrl+Z'], 'Ctrl+C'],
      [['ping', 'mkdir', 'chmod', 'tar'], 'ping'],
    ]);
  });

  it('reads several letters as a multi-select: no auto-graded question, the reveal lists them', () => {
    const card = deck.cards.find((c) => c.prompt.startsWith('下列属于文本编辑器'));
    const asked = deck.questions.filter((q) => q.cardId === card?.id);
    expect(asked.map((q) => q.kind)).toEqual(['flashcard']);
    expect(asked[0]?.answer).toBe('**A.** vi\n**B.** nano\n**D.** emacs');
  });

  it('drops a bold option against the bracket, options out of order, and a bracket naming no option', () => {
    expect(deck.problems.map((p) => [p.line, p.code])).toEqual([
      [36, 'choice-without-answer'],
      [44, 'choice-without-answer'],
    ]);
    expect(deck.problems[0]?.message).toContain('names no option, or not the one marked below');
    const prompts = deck.cards.map((c) => c.prompt).join('\n');
    expect(prompts).not.toContain('查看进程');
    expect(prompts).not.toContain('更改文件属主');
    expect(prompts).not.toContain('切换用户身份');
  });

  it('shows a key the author wrote in bold like every other option: bold is no tell', () => {
    const questions = graded(
      [
        '### 3. Early computer networks were composed of (**D**) systems.',
        'A) Computer-communication line-computer  ',
        'B) PC-communication line-PC  ',
        'C) terminal - communication line - terminal  ',
        'D) **Computer-communication line-terminal**  ',
        '',
      ].join('\n'),
    );
    expect(questions).toEqual([
      [
        'Early computer networks were composed of (  ) systems.',
        [
          'Computer-communication line-computer',
          'PC-communication line-PC',
          'terminal - communication line - terminal',
          'Computer-communication line-terminal',
        ],
        'Computer-communication line-terminal',
      ],
    ]);
  });

  it('leaves a letter in brackets in prose alone', () => {
    expect(deck.cards.find((c) => c.prompt === '说明')?.answer).toContain('使用 (A) 类地址');
  });
});

describe('reading the bracket and the row', () => {
  it('finds the key in every bracket kind, full- and half-width, at the end or mid-sentence', () => {
    const letters = (t: string) => bracketKey(t)?.letters ?? null;
    expect(letters('下面关于Linux的描述错误的是【 D 】')).toEqual(['D']);
    expect(letters('可按【B】键来实现')).toEqual(['B']);
    expect(letters('权限值为（ B）')).toEqual(['B']);
    expect(letters('权限值为(C )')).toEqual(['C']);
    expect(letters('如何删除一个非空子目录/tmp（B ）')).toEqual(['B']);
    expect(letters('删除目录的命令是［A］')).toEqual(['A']);
    expect(letters('下列属于编辑器的是（A、B、D）')).toEqual(['A', 'B', 'D']);
  });

  it('finds none in a call, a label, a name, beside a blank or where two brackets hold letters', () => {
    expect(bracketKey('函数 f(A) 的返回值')).toBeNull();
    expect(bracketKey('(A) 一个选项')).toBeNull();
    expect(bracketKey('证书颁发机构 (CA) 的作用是（ ）')).toBeNull();
    expect(bracketKey('证书颁发机构 (CA) 负责签发证书')).toBeNull();
    expect(bracketKey('应选 (B) 还是 (C)')).toBeNull();
    expect(bracketKey('数组 `arr[A]` 的值是')).toBeNull();
    expect(bracketKey('读(r)和写(w)的权限')).toBeNull();
  });

  it('splits a row at the next letter only, keeping spaces inside an option', () => {
    const texts = (t: string) => lineOptions(t, 'A')?.map((o) => [o.letter, o.text, o.bold]) ?? null;
    expect(texts('A. cd  @John \t\tB. cd  #John \t\t**C.cd  ~John**')).toEqual([
      ['A', 'cd  @John', false],
      ['B', 'cd  #John', false],
      ['C', 'cd  ~John', true],
    ]);
    expect(texts('A、单用户  B、多用户')).toEqual([
      ['A', '单用户', false],
      ['B', '多用户', false],
    ]);
    // A label of another stop is words: `B)` does not end `A.`'s option.
    expect(texts('A. see note B) below')).toEqual([['A', 'see note B) below', false]]);
    expect(texts('A.chmod\t\tC.chown\t\tB.chgrp')).toBeNull();
    expect(texts('**A./etc**')).toEqual([['A', '/etc', true]]);
  });
});

describe('the bracket with a key stated below, or bold on every option', () => {
  const question = (key: string, options: string, below = '') =>
    `# 测验\n\n1. 查看磁盘用量的命令是${key}\n\n   ${options}\n${below}\n2. 显示当前目录的命令是（A）\n\n   A.pwd\t\tB.cd\n`;

  it('keeps a key stated below that agrees, and every option in bold', () => {
    expect(graded(question('（C）', 'A.ls\t\tB.du -x\t\tC.df\t\tD.ps', '\n   答案：C\n'))[0]).toEqual([
      '查看磁盘用量的命令是（  ）',
      ['ls', 'du -x', 'df', 'ps'],
      'df',
    ]);
    expect(graded(question('（C）', '**A.ls**\t\t**B.du -x**\t\t**C.df**'))[0]?.[2]).toBe('df');
  });

  it('drops the question when the key below disagrees', () => {
    const deck = one(question('（C）', 'A.ls\t\tB.du -x\t\tC.df\t\tD.ps', '\n   答案：B\n'));
    expect(deck.cards.map((c) => c.prompt)).toEqual(['显示当前目录的命令是（  ）']);
    expect(deck.problems.map((p) => p.code)).toEqual(['choice-without-answer']);
  });

  it('reads no key from a letter in brackets with no lettered options under it', () => {
    const deck = one('# 网络\n\n1. 使用 (A) 类地址的网络很少。\n2. 常见的是 C 类地址。\n');
    expect(deck.cards.every((c) => c.kind !== 'choice')).toBe(true);
  });
});
