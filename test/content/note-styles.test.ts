import { describe, expect, it } from 'vitest';
import { questionStem } from '../../adapters/shared/question-text.ts';
import { buildDeck } from '../../src/content/build-deck.ts';
import { isAutoGraded } from '../../src/content/question.ts';
import { deckOf, readRepoFile, STYLES_PATH } from './deck-helpers.ts';

const one = (text: string, path = 'notes.md') => buildDeck([{ path, text }]);

describe('every supported style, in English notes the parser has never seen', () => {
  const deck = deckOf(STYLES_PATH);
  const card = (prompt: string) => deck.cards.find((c) => c.prompt === prompt);

  it('takes question headings and topics with a body, and skips contents and references', () => {
    expect(card('What does `kill` command do?')).toBeUndefined();
    expect(card('What does the `kill` command do?')).toMatchObject({
      kind: 'question',
      line: 15,
      answerLines: { start: 17, end: 17 },
    });
    expect(card('Signals')).toMatchObject({ kind: 'explain', answerLines: { start: 32, end: 42 } });
    expect(
      deck.cards.some((c) => ['Contents', 'References', 'Shell notes', 'Quick cards'].includes(c.prompt)),
    ).toBe(false);
  });

  it('does not take a # line inside a code block for a heading', () => {
    expect(deck.cards.some((c) => c.prompt.includes('comment inside code'))).toBe(false);
    expect(card('Signals')?.answer).toContain('# This is a comment inside code, not a heading');
  });

  it('reads <details><summary>, question::answer, a ? line, [x] choices and A.–D. with a stated answer', () => {
    expect(card('What does `chmod 644` give the owner?')).toMatchObject({
      kind: 'question',
      answer: 'Read and write, but not execute.',
    });
    expect(card("Which command changes a file's owner?")).toMatchObject({
      kind: 'flashcard',
      answer: '`chown`',
    });
    expect(card('What does `pwd` print?')).toMatchObject({
      kind: 'flashcard',
      answer: 'the current working directory',
    });
    const editor = deck.questions.find(
      (q) => q.kind === 'choice' && q.stem === 'Which of these is a text editor?',
    );
    expect(editor?.options[editor.correctIndex ?? -1]).toBe('vim');
    expect([...(editor?.options ?? [])].sort()).toEqual(['cp', 'ls', 'vim']);
    const etc = deck.questions.find((q) => q.kind === 'choice' && q.stem.startsWith('Which directory'));
    expect(etc?.options[etc.correctIndex ?? -1]).toBe('/etc');
    expect(etc?.options).toHaveLength(4);
  });

  it('keeps a <details> that does not ask inside its section', () => {
    expect(deck.cards.some((c) => c.prompt === 'See more')).toBe(false);
    expect(card('Permissions')?.answer).toContain('Extra material that belongs to the Permissions section.');
  });

  it('makes definition, table-row, command and choice questions with same-family distractors', () => {
    const kinds = new Set(deck.questions.filter(isAutoGraded).map((q) => q.kind));
    // No cloze: the one sentence with a family term ("It sends a signal to a process, `SIGTERM` by
    // default.") leans on its heading, and the quality gate drops it.
    expect([...kinds].sort()).toEqual(['choice', 'command', 'definition', 'table-row']);
    const signal = deck.questions.find((q) => q.kind === 'definition' && q.frame?.kind === 'which-term');
    expect([...(signal?.options ?? [])].sort()).toEqual(['SIGHUP', 'SIGINT', 'SIGKILL', 'SIGTERM']);
    const grep = deck.questions.find((q) => q.kind === 'command' && q.stem.includes('search inside files'));
    expect(grep?.options[grep.correctIndex ?? -1]).toBe('grep');
    const modes = deck.questions.find((q) => q.kind === 'table-row' && q.stem.includes('read the file'));
    expect([...(modes?.options ?? [])].sort()).toEqual(['`r`', '`w`', '`x`'].map((m) => m.replace(/`/g, '')));
  });

  it('asks an either/or question as a choice between the two', () => {
    const tabs = deck.questions.find((q) => q.kind === 'choice' && q.stem.includes('tabs or spaces'));
    expect(tabs?.options[tabs.correctIndex ?? -1]).toBe('tabs');
  });

  it('asks the whole alternatives named after a colon, and no question that would cut a name apart', () => {
    const ask = (prompt: string, answer: string) =>
      buildDeck([{ path: 'acl.md', text: `## ${prompt}\n\n${answer}\n` }])
        .questions.filter((q) => q.kind === 'choice')
        .map((q) => [[...q.options].sort(), q.options[q.correctIndex ?? -1]]);
    expect(
      ask(
        'Which can write an explicit DENY rule: Security Group or NACL?',
        '**Only the NACL.** Groups allow.',
      ),
    ).toEqual([[['NACL', 'Security Group'], 'NACL']]);
    expect(ask('Which is faster: a hash map or a tree map?', 'A hash map is faster on average.')).toEqual([
      [['hash map', 'tree map'], 'hash map'],
    ]);
    // Without a colon only the words next to "or" are known: "Group" alone would be a fragment.
    expect(ask('Is a Security Group or a Network ACL stateful?', 'A Security Group is stateful.')).toEqual(
      [],
    );
  });

  it('asks no either/or question whose answer picks each one in its own case, or that asks how to choose', () => {
    const ask = (prompt: string, answer: string) =>
      buildDeck([{ path: 'maps.md', text: `## ${prompt}\n\n${answer}\n` }]).questions.filter(
        (q) => q.kind === 'choice',
      );
    const depends =
      '插入、删除和定位元素时，HashMap 是最好的选择。然而，如果你需要有序遍历 key，TreeMap 是更好的选择。';
    expect(ask('用 HashMap 还是 TreeMap 更好？', depends)).toEqual([]);
    expect(ask('如何决定使用 HashMap 还是 TreeMap?', 'HashMap 更快。')).toEqual([]);
    expect(ask('How do you decide between tabs or spaces?', 'Tabs are what make requires.')).toEqual([]);
    // Near miss: one side named as the answer, the other only as what it is not.
    const plain = ask('用 HashMap 还是 TreeMap 更快？', 'HashMap 更快，TreeMap 要维护红黑树的顺序。');
    expect(plain.map((q) => q.options[q.correctIndex ?? -1])).toEqual(['HashMap']);
  });

  it('asks no either/or question of three alternatives, nor with an alternative cut inside its word', () => {
    const ask = (prompt: string, answer: string) =>
      buildDeck([{ path: 'java.md', text: `## ${prompt}\n\n${answer}\n` }]).questions.filter(
        (q) => q.kind === 'choice',
      );
    expect(ask('String的拼接，使用`+`还是StringBuilder或者StringBuffer', 'String是线程安全的。')).toEqual([]);
    expect(ask('拼接字符串用+还是StringBuilder', 'String拼接首选+。')).toEqual([]);
  });

  it('reports the unanswered question instead of playing it', () => {
    expect(deck.cards.some((c) => c.prompt.startsWith('Why do zombie'))).toBe(false);
    expect(deck.problems).toEqual([
      expect.objectContaining({ line: 44, code: 'unanswered-question', severity: 'warning' }),
    ]);
  });

  it('reads deck and tags from front matter, detects English, and lists relative images for the loader', () => {
    expect(deck.files[0]).toMatchObject({ deck: 'Shell basics', tags: ['shell', 'linux'], lang: 'en' });
    expect(deck.files[0]?.images).toEqual([{ line: 80, src: 'images/permissions.png' }]);
    for (const q of deck.questions)
      expect(q).toMatchObject({ deck: 'Shell basics', tags: ['shell', 'linux'], lang: 'en' });
  });
});

describe('problems a note can have', () => {
  it('reports invalid front matter with its line and still reads the note', () => {
    const deck = buildDeck([
      { path: 'bad.md', text: readRepoFile('test/fixtures/content/styles/bad-front-matter.md') },
    ]);
    expect(deck.problems).toEqual([
      expect.objectContaining({ file: 'bad.md', line: 2, severity: 'error', code: 'invalid-front-matter' }),
    ]);
    expect(deck.cards.map((c) => c.prompt)).toEqual(['什么是进程？']);
  });

  it('reports a bad lang value', () => {
    const deck = one('---\nlang: fr\n---\n## What is a pipe?\n\nA way to connect commands.\n');
    expect(deck.problems).toEqual([expect.objectContaining({ line: 2, code: 'invalid-front-matter' })]);
  });

  it('reports a file with only headings', () => {
    const deck = buildDeck([
      { path: 'h.md', text: readRepoFile('test/fixtures/content/styles/only-headings.md') },
    ]);
    expect(deck.cards).toEqual([]);
    expect(deck.problems.map((p) => p.code)).toContain('no-cards');
    expect(deck.problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('lets front matter choose the question language', () => {
    const deck = buildDeck([
      { path: 'l.md', text: readRepoFile('test/fixtures/content/styles/lang-override.md') },
    ]);
    expect(deck.files[0]?.lang).toBe('en');
    expect(deck.questions.every((q) => q.lang === 'en')).toBe(true);
  });

  it('takes link-only stubs for nothing', () => {
    const deck = one(
      '## What is Git?\n\n[See the Git book](https://git-scm.com/book)\n\n## Links\n\n- [a](https://a.example)\n',
    );
    expect(deck.cards).toEqual([]);
    expect(deck.problems).toEqual([
      expect.objectContaining({ code: 'unanswered-question', line: 1 }),
      expect.objectContaining({ code: 'no-cards' }),
    ]);
  });
});

describe('Chinese notes in the seed style but new content', () => {
  const deck = one(
    [
      '## Git 知识点',
      '',
      '### Git 的三个区域有哪些？',
      '',
      '+ 工作区',
      '+ 暂存区',
      '+ 本地仓库',
      '',
      '### 常用命令',
      '',
      '+ git add：把修改加入暂存区',
      '+ git commit：把暂存区提交到本地仓库',
      '+ git push：把本地提交推送到远程仓库',
      '+ git fetch：从远程仓库取回提交但不合并',
      '',
      '### 如何查看提交历史？',
      '',
      '使用 `git log`',
    ].join('\n'),
    'git.md',
  );

  it('finds question and topic cards and asks in Chinese', () => {
    expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([
      ['question', 'Git 的三个区域有哪些？'],
      ['explain', '常用命令'],
      ['question', '如何查看提交历史？'],
    ]);
    const def = deck.questions.find((q) => q.kind === 'definition');
    expect(questionStem('zh', def ?? { stem: '' })).toMatch(/指的是什么|哪一项/);
    const explain = deck.questions.find((q) => q.kind === 'flashcard' && q.cardId === deck.cards[1]?.id);
    expect(questionStem('zh', explain ?? { stem: '' })).toBe('请解释：常用命令');
  });

  it('makes no auto-graded question where no family of distractors exists', () => {
    // The three areas are the only list: no sibling list to draw outsiders from.
    const areas = deck.cards.find((c) => c.prompt === 'Git 的三个区域有哪些？');
    expect(deck.questions.filter((q) => q.cardId === areas?.id).map((q) => q.kind)).toEqual(['flashcard']);
  });

  it('asks for the command with other git subcommands as distractors', () => {
    const log = deck.questions.find((q) => q.kind === 'command');
    expect(log?.options[log.correctIndex ?? -1]).toBe('git log');
    for (const o of log?.options ?? []) expect(o).toMatch(/^git (log|add|commit|push|fetch)$/);
  });
});

describe('Pandoc bracketed spans read as their words', () => {
  const note = [
    '---',
    'title: Reference',
    '---',
    '',
    '## Glossary',
    '',
    '[absolute path]{#absolute-path}',
    ':   A path that refers to a particular location in a file system.',
    '',
    '[argument]{#argument}',
    ':   A value given to a function or program when it runs.',
    '',
    '[comment]{#comment .term}',
    ':   A remark in a program that the computer ignores when it runs the program.',
    '',
    '[pipe]{#pipe}',
    ':   A connection from the output of one program to the input of another.',
    '',
    'A [redirect]{.smallcaps} sends output to a file.',
    '',
    '```python',
    'x = rows[i]{#keep}',
    '```',
    '',
  ].join('\n');
  const deck = buildDeck([{ path: 'reference.md', text: note }]);

  it('shows a definition list term without its brackets and anchor', () => {
    const shown = deck.questions.flatMap((q) => [q.stem, ...q.options]).join('\n');
    expect(shown).toContain('absolute path');
    expect(shown).not.toMatch(/\]\{[#.]/);
    const terms = deck.questions.filter((q) => q.kind === 'definition' && q.correctIndex !== null);
    expect(terms.length).toBeGreaterThan(0);
  });

  it('keeps a link and the characters of a code block as written', () => {
    const kept = buildDeck([
      { path: 'a.md', text: '## Manual\n\nThe [manual](https://x.org) explains every option in detail.\n' },
    ]);
    expect(kept.questions.map((q) => q.answer).join('\n')).toContain('[manual](https://x.org)');
    expect(deck.questions.map((q) => q.answer).join('\n')).toContain('rows[i]{#keep}');
  });
});
