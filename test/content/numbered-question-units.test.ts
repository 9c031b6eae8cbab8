import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { withNumberedQuestionHeadings } from '../../src/content/numbered-questions.ts';

/**
 * Numbered question lists whose answers are not indented under their items (`1. **Q?**`, plain `1. Q?`,
 * `**1. Q?**`, answer paragraphs after): one card per question, its answer up to the next question.
 */

const NOTE = [
  '# Architecture',
  '',
  '## Chapter 1',
  '',
  '1. **What are the four dimensions of software architecture?**',
  '',
  '- Characteristics',
  '- Decisions',
  '',
  '2. **List the eight core expectations of a software architect**',
  '',
  'The expectations are:',
  '',
  '- Make architecture decisions',
  '- Keep current with latest trends',
  '',
  '## Chapter 3',
  '',
  '1. What is meant by the term connascence?',
  '',
  '🤓 **Connascence** is a metric of coupling between parts of a system.',
  '',
  '2. What is the weakest form of connascence?',
  '',
  '🤓 **Connascence of Name** is the weakest form.',
  '',
  '## Chapter 4',
  '',
  '**1. What three criteria must an attribute meet to be an architecture characteristic?**',
  '',
  'It must be testable and measurable.',
].join('\n');

describe('numbered question lists with answers at the margin', () => {
  const cards = buildDeck([{ path: 'arch.md', text: NOTE }]).cards;
  const prompts = cards.map((c) => c.prompt);

  it('makes one card per question, in every numbering variant, with no numbering in its text', () => {
    expect(prompts).toEqual([
      'What are the four dimensions of software architecture?',
      'List the eight core expectations of a software architect',
      'What is meant by the term connascence?',
      'What is the weakest form of connascence?',
      'What three criteria must an attribute meet to be an architecture characteristic?',
    ]);
  });

  it('ends each answer at the next question', () => {
    const first = cards.find((c) => c.prompt.startsWith('What is meant'));
    expect(first?.answer).toContain('metric of coupling');
    expect(first?.answer).not.toContain('weakest');
  });

  it("leaves ordinary numbered points and an answer's own numbered points alone", () => {
    const steps = ['# Setup', '', '1. Install it?', '2. Run it?', '3. Check it?', ''].join('\n');
    expect(withNumberedQuestionHeadings(steps)).toBe(steps);
    const folded = [
      '<details><summary>How do you set up a web server?</summary>',
      '',
      '**1. What are the main requirements?**',
      '',
      'A user per application.',
      '',
      '**2. Which directories?**',
      '',
      'One per application.',
      '',
      '**3. Which owner?**',
      '',
      'The application user.',
      '',
      '</details>',
    ].join('\n');
    expect(withNumberedQuestionHeadings(folded)).toBe(folded);
  });
});

/**
 * The same lists with each answer indented under its question, as CommonMark reads an item's content:
 * one card per item, the answer without the item's indentation (its lists, tables and code intact).
 */
describe('numbered question lists with answers indented under the items', () => {
  const EN = [
    '# Git interview',
    '',
    '## Basics',
    '',
    '1. **What is a commit?**',
    '   - **Answer**: A snapshot of the tracked files, with a message and a parent.',
    '',
    '2. **How do you undo the last commit but keep its changes?**',
    '',
    '   Reset softly:',
    '',
    '   ```sh',
    '   git reset --soft HEAD~1',
    '   ```',
    '',
    '3. What is the difference between merge and rebase?',
    '',
    '   | | merge | rebase |',
    '   |---|---|---|',
    '   | history | kept | rewritten |',
    '',
    '10. **What does `git stash` do?**',
    '    It shelves uncommitted changes so the tree is clean.',
    '',
  ].join('\n');
  const ZH = [
    '# 二、容器',
    '',
    '18. **java 容器都有哪些？**',
    '',
    '    常用的容器有 List、Set 和 Map。',
    '',
    '19. **Collection 和 Collections 有什么区别**',
    '',
    '    - Collection 是一个集合接口。',
    '    - Collections 是集合类的一个工具类。',
    '',
    '20. **如何决定使用 HashMap 还是 TreeMap?**',
    '',
    '    插入、删除和定位元素用 HashMap；需要有序遍历用 TreeMap。',
    '',
  ].join('\n');

  it('makes one card per item, its question without the numbering, in English and Chinese', () => {
    const en = buildDeck([{ path: 'git.md', text: EN }]).cards;
    expect(en.map((c) => c.prompt)).toEqual([
      'What is a commit?',
      'How do you undo the last commit but keep its changes?',
      'What is the difference between merge and rebase?',
      'What does `git stash` do?',
    ]);
    expect(en.every((c) => c.sectionPath.includes('Basics'))).toBe(true);
    const zh = buildDeck([{ path: 'java.md', text: ZH }]).cards;
    expect(zh.map((c) => c.prompt)).toEqual([
      'java 容器都有哪些？',
      'Collection 和 Collections 有什么区别',
      '如何决定使用 HashMap 还是 TreeMap?',
    ]);
    expect(zh[1]?.answer).toBe('- Collection 是一个集合接口。\n- Collections 是集合类的一个工具类。');
  });

  it('keeps the answer whole: code, tables and lists as written, ending at the next question', () => {
    const en = buildDeck([{ path: 'git.md', text: EN }]).cards;
    const undo = en.find((c) => c.prompt.startsWith('How do you undo'));
    expect(undo?.answer).toBe('Reset softly:\n\n```sh\ngit reset --soft HEAD~1\n```');
    expect(undo?.answer).not.toContain('merge');
    const table = en.find((c) => c.prompt.includes('merge and rebase'));
    expect(table?.answer.split('\n')[0]).toBe('| | merge | rebase |');
    expect(en.find((c) => c.prompt.includes('stash'))?.answer).toBe(
      'It shelves uncommitted changes so the tree is clean.',
    );
  });

  it('leaves numbered steps with indented detail, and questions with no answer, as they were', () => {
    const steps = [
      '# Setup',
      '',
      '1. Install the package.',
      '   Use npm.',
      '2. Run the migrations.',
      '   Twice if needed.',
      '3. Start the bot.',
      '   It prints a URL.',
      '',
    ].join('\n');
    expect(withNumberedQuestionHeadings(steps)).toBe(steps);
    const unanswered = [
      '# Review',
      '',
      '1. What is a commit?',
      '2. What is a branch?',
      '3. What is a tag?',
      '',
      'Answers next week.',
    ].join('\n');
    expect(withNumberedQuestionHeadings(unanswered)).toBe(unanswered);
  });
});

describe('numbered questions in other numberings', () => {
  it('reads `1、问题？` (the Chinese enumeration comma) like `1. 问题？`', () => {
    const text = [
      '# Linux',
      '',
      '1、软链接用哪个命令创建？',
      '- ln -s',
      '',
      '2、哪个命令结束后台进程？',
      '- kill -9 进程号',
      '',
      '3、哪个目录存放系统的配置文件？',
      '- /etc',
      '',
    ].join('\n');
    const cards = buildDeck([{ path: 'linux.md', text }]).cards;
    expect(cards.map((c) => [c.prompt, c.answer])).toEqual([
      ['软链接用哪个命令创建？', '- ln -s'],
      ['哪个命令结束后台进程？', '- kill -9 进程号'],
      ['哪个目录存放系统的配置文件？', '- /etc'],
    ]);
  });

  it('reads a numbered question kept in backticks so it does not render as a list', () => {
    const text = [
      '`1. What is a commit?`',
      '',
      'A snapshot of the tracked files.',
      '',
      '`2. What is a branch?`',
      '',
      'A movable name for a commit.',
      '',
      '`3. What does git init do?`',
      '',
      'It creates an empty repository.',
      '',
    ].join('\n');
    const cards = buildDeck([{ path: 'git.md', text }]).cards;
    expect(cards.map((c) => c.prompt)).toEqual([
      'What is a commit?',
      'What is a branch?',
      'What does git init do?',
    ]);
    // Near miss: inline code that is a numbered line of code, not a question, stays text.
    const code = ['`1. x = 1`', '', 'text', '', '`2. y = 2`', '', 'more', '', '`3. z = 3`', '', 'end'].join(
      '\n',
    );
    expect(withNumberedQuestionHeadings(code)).toBe(code);
  });
});

describe('numbered questions whose answers stand a space or two in', () => {
  it('reads ` > 答案` one space in as an answer at the margin (CommonMark does)', () => {
    const text = [
      '### 进程的概念',
      '',
      '1. 什么是进程？',
      '',
      ' > 具有一定独立功能的程序在一个数据集合上的一次动态执行过程。',
      '',
      '2. 进程有哪些组成部分？',
      '',
      ' > 程序、数据、执行状态。',
      '',
      '3. 程序和进程的区别是什么？',
      '',
      ' > 进程是动态的，程序是静态的。',
      '',
    ].join('\n');
    const cards = buildDeck([{ path: 'os.md', text }]).cards;
    expect(cards.map((c) => c.prompt)).toEqual([
      '什么是进程？',
      '进程有哪些组成部分？',
      '程序和进程的区别是什么？',
    ]);
    expect(cards[1]?.answer).toBe('> 程序、数据、执行状态。');
  });
});

describe("Pandoc's self-numbering list (`#.`)", () => {
  it('reads `#. Q?` items with their options indented under them as one choice card each', () => {
    const text = [
      '#. Which keyword declares a constant in C#?',
      '',
      '    - [x] `const`',
      '    - [ ] `static`',
      '    - [ ] `var`',
      '',
      '#. Which type holds a whole number?',
      '',
      '    - [ ] `string`',
      '    - [x] `int`',
      '    - [ ] `bool`',
      '',
      '#. Which method writes a line to the console?',
      '',
      '    - [x] `Console.WriteLine`',
      '    - [ ] `Console.ReadLine`',
      '    - [ ] `Console.Clear`',
      '',
    ].join('\n');
    const cards = buildDeck([{ path: 'csharp.md', text }]).cards;
    expect(cards.map((c) => [c.kind, c.prompt])).toEqual([
      ['choice', 'Which keyword declares a constant in C#?'],
      ['choice', 'Which type holds a whole number?'],
      ['choice', 'Which method writes a line to the console?'],
    ]);
  });
});
