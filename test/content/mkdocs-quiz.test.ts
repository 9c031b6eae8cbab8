import { describe, expect, it } from 'vitest';
import { buildDeck, type Card } from '../../src/content/build-deck.ts';
import { isAutoGraded } from '../../src/content/question.ts';
import { deckOf, stylePath } from './deck-helpers.ts';

/**
 * `<quiz>` blocks of the mkdocs-quiz plugin: one card per block, the question with the code it asks about
 * as the stem, the author's options in order with the `[x]` key, the content section as the reveal. The
 * fixture is written for these tests; its units were counted by reading it.
 */
const deck = deckOf(stylePath('mkdocs-quiz.en.md'));
const one = (text: string) => buildDeck([{ path: 'notes.md', text }]);
const cardAt = (line: number): Card => {
  const card = deck.cards.find((c) => c.line === line);
  if (!card) throw new Error(`no card at line ${line}`);
  return card;
};
const gradedOf = (card: Card) => deck.questions.filter((q) => q.cardId === card.id && isAutoGraded(q));

describe('mkdocs-quiz <quiz> blocks', () => {
  it('makes one card per block, asked by its question (never "quiz"), and no card for the headings above', () => {
    expect(deck.cards.map((c) => [c.kind, c.prompt, c.line])).toEqual([
      ['choice', 'Which command prints the name of the directory you are in?', 14],
      ['choice', 'What does this pipeline print when `notes.txt` holds three lines?', 24],
      ['choice', "Which of these commands can change a file's permissions or owner?", 39],
      ['choice', 'Which branch is checked out after this command?', 54],
      ['choice', 'Which option of `git log` shows one commit per line?', 72],
      ['flashcard', 'The command that creates a new repository is `git` [...].', 84],
    ]);
    // "Shell", "Git" and the "Learn more" heading inside a reveal are sections or answers, never cards;
    // a section made only of quizzes is not reported empty.
    expect(deck.problems.map((p) => [p.line, p.code])).toEqual([[66, 'choice-without-answer']]);
  });

  it('takes the deck name from the front matter title', () => {
    expect(deck.files[0]?.deck).toBe('Shell and Git basics');
    expect(deck.cards.every((c) => c.deck === 'Shell and Git basics')).toBe(true);
  });

  it('keeps the author options in order, with the [x] key', () => {
    const pwd = cardAt(14);
    expect(pwd.facts.choice?.options).toEqual(['`ls`', '`pwd`', '`cd`', '`whoami`']);
    expect(pwd.facts.choice?.correct).toEqual([1]);
    expect(gradedOf(pwd).map((q) => [q.stem, q.options, q.correctIndex])).toEqual([
      [
        'Which command prints the name of the directory you are in?',
        ['`ls`', '`pwd`', '`cd`', '`whoami`'],
        1,
      ],
    ]);
  });

  it('shows a code block between the question and the options, or above the question, with the stem', () => {
    expect(gradedOf(cardAt(24)).map((q) => q.stem)).toEqual([
      'What does this pipeline print when `notes.txt` holds three lines?\n\n```bash\ncat notes.txt | wc -l\n```',
    ]);
    expect(gradedOf(cardAt(54)).map((q) => q.stem)).toEqual([
      'Which branch is checked out after this command?\n\n```bash\ngit switch -c feature\n```',
    ]);
  });

  it('reveals the key with the content after the options, blank lines and headings included', () => {
    expect(cardAt(14).answer).toBe('**`pwd`**\n\n`pwd` stands for *print working directory*.');
    expect(cardAt(24).answer).toBe(
      '**`3`**\n\n`wc -l` counts newline characters.\n\nEach line of a text file ends with one, so the count is the number of lines.',
    );
    expect(cardAt(54).answer).toBe(
      '**`feature`**\n\n## Learn more\n\n`-c` creates the branch before switching to it.',
    );
  });

  it('reads `* [X]` and `- []` as the plugin does', () => {
    const branch = cardAt(54);
    expect(branch.facts.choice?.options).toEqual([
      'the branch you were on',
      '`feature`',
      'a detached `HEAD`',
    ]);
    expect(branch.facts.choice?.correct).toEqual([1]);
  });

  it('keeps the options of a quiz with per-answer feedback together, and leaves the feedback out', () => {
    const log = cardAt(72);
    expect(log.facts.choice?.options).toEqual(['`--stat`', '`--oneline`', '`--graph`']);
    expect(log.facts.choice?.correct).toEqual([1]);
    expect(log.answer).toBe('**`--oneline`**\n\n`git log --oneline --graph` combines both.');
  });

  it('asks nothing auto-graded of a block with two [x] (as a `- [x]` heading quiz does), and keeps both keys', () => {
    const perms = cardAt(39);
    expect(perms.facts.choice?.correct).toEqual([0, 1]);
    expect(gradedOf(perms)).toEqual([]);
    expect(perms.answer).toContain('**`chmod`**\n**`chown`**');
  });

  it('reports a block with no [x] and makes no card of it', () => {
    expect(deck.cards.some((c) => c.prompt.startsWith('Which branch name'))).toBe(false);
    expect(deck.problems[0]?.message).toContain('no option is marked [x]');
  });

  it('asks a fill-in-the-blank block as a flashcard, with the content after `---` in the reveal', () => {
    const init = cardAt(84);
    expect(init.answer).toBe(
      'The command that creates a new repository is `git` **init**.\n\nIt makes the `.git` directory.',
    );
    expect(deck.questions.filter((q) => q.cardId === init.id).map((q) => q.kind)).toEqual(['flashcard']);
  });

  it('gives no card for a navigation line, the plugin comments, or a quiz shown in a code block', () => {
    const texts = deck.cards.map((c) => `${c.prompt}\n${c.answer}`).join('\n');
    expect(texts).not.toMatch(/Networking|mkdocs-quiz|shown rather than asked|write a quiz/);
  });

  it('ends a topic at its first quiz: the text above is the topic, the quizzes are never part of it', () => {
    const d = one(
      '## Signals\n\nA signal is a notification the kernel delivers to a process.\n\n<quiz>\nWhich signal cannot be caught?\n- [ ] `SIGTERM`\n- [x] `SIGKILL`\n</quiz>\n\nThat is all for signals.\n',
    );
    expect(d.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      ['explain', 'Signals', 'A signal is a notification the kernel delivers to a process.'],
      ['choice', 'Which signal cannot be caught?', '**`SIGKILL`**'],
    ]);
  });

  it('reads a quiz indented in a content tab or a list item as Markdown, not as code', () => {
    const tabbed = one(
      '=== "Quiz"\n\n    <quiz>\n    Which signal cannot be caught?\n    - [ ] `SIGTERM`\n    - [x] `SIGKILL`\n\n    `kill -9` sends it.\n    </quiz>\n',
    );
    const inItem = one(
      '1. Warm-up\n   <quiz>\n   Which signal cannot be caught?\n   - [ ] `SIGTERM`\n   - [x] `SIGKILL`\n   </quiz>\n',
    );
    for (const d of [tabbed, inItem]) {
      expect(
        d.cards.map((c) => [c.kind, c.prompt, c.facts.choice?.options, c.facts.choice?.correct]),
      ).toEqual([['choice', 'Which signal cannot be caught?', ['`SIGTERM`', '`SIGKILL`'], [1]]]);
    }
    expect(tabbed.cards[0]?.answer).toBe('**`SIGKILL`**\n\n`kill -9` sends it.');
  });

  it('reads a quiz folded in a <details> as the unit, with a fold inside its reveal as part of it', () => {
    const d = one(
      '<details><summary>Quiz 1</summary>\n\n<quiz>\nWhich port does SSH use?\n- [ ] 21\n- [x] 22\n\n<details><summary>Why?</summary>\nIANA assigned it.\n</details>\n</quiz>\n\n</details>\n',
    );
    expect(d.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      ['choice', 'Which port does SSH use?', '**22**\n\nIANA assigned it.'],
    ]);
  });

  it('reports a quiz with no question or no options as unanswered', () => {
    const d = one('<quiz>\n- [x] yes\n- [ ] no\n</quiz>\n\n<quiz>\nWhat is a shell?\n</quiz>\n');
    expect(d.cards).toEqual([]);
    expect(d.problems.map((p) => [p.line, p.code])).toEqual([
      [1, 'unanswered-question'],
      [6, 'unanswered-question'],
      [1, 'no-cards'],
    ]);
  });
});

describe('near misses: what reads as before beside <quiz>', () => {
  const mixed = one(
    [
      '## Processes',
      '',
      '<details><summary>What is a zombie process?</summary>',
      '',
      'A process that has exited and waits for its parent to read its status.',
      '',
      '</details>',
      '',
      '### Which signal stops a process for good?',
      '',
      '- [ ] `SIGSTOP`',
      '- [x] `SIGKILL`',
      '- [ ] `SIGHUP`',
      '',
      '**Explanation:** `SIGKILL` cannot be caught or ignored.',
      '',
      '### How do you end a quiz block?',
      '',
      'Write `</quiz>` on a line of its own.',
      '',
    ].join('\n'),
  );

  it('keeps a <details> unit, a `- [x]` heading quiz and a prose `</quiz>` as they were', () => {
    expect(mixed.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      [
        'question',
        'What is a zombie process?',
        'A process that has exited and waits for its parent to read its status.',
      ],
      [
        'choice',
        'Which signal stops a process for good?',
        '**`SIGKILL`**\n\n**Explanation:** `SIGKILL` cannot be caught or ignored.',
      ],
      ['question', 'How do you end a quiz block?', 'Write `</quiz>` on a line of its own.'],
    ]);
    expect(mixed.cards[1]?.facts.choice?.options).toEqual(['`SIGSTOP`', '`SIGKILL`', '`SIGHUP`']);
  });

  it('still reads the <details> fixture unit by unit', () => {
    const details = deckOf(stylePath('details-units.en.md'));
    expect(details.cards.map((c) => c.prompt)).toEqual([
      'Which commands show disk usage?',
      'How do I `grep` recursively?',
      'What does the sticky bit do?',
      'What is a zombie process?',
      'What does `nice` change?',
    ]);
  });
});
