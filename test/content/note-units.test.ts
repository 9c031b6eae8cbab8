import { describe, expect, it } from 'vitest';
import { buildDeck, type Card } from '../../src/content/build-deck.ts';
import { isAutoGraded } from '../../src/content/question.ts';
import { deckOf, stylePath } from './deck-helpers.ts';

/**
 * One card per unit, with the answer a careful reader sees: each fixture is small, written for these
 * tests, and its expected units were counted by reading it.
 */
const units = (cards: readonly Card[]) =>
  cards.map((c) => [c.kind, c.prompt, c.answerLines.start, c.answerLines.end]);
const one = (text: string, path = 'notes.md') => buildDeck([{ path, text }]);

describe('<details><summary> units', () => {
  const deck = deckOf(stylePath('details-units.en.md'));

  it('makes one card per pair, with blank lines, lists and code inside the answer, and no heading card', () => {
    expect(units(deck.cards)).toEqual([
      ['question', 'Which commands show disk usage?', 8, 11],
      ['question', 'How do I `grep` recursively?', 22, 24],
      ['question', 'What does the sticky bit do?', 30, 37],
      ['question', 'What is a zombie process?', 60, 60],
      ['question', 'What does `nice` change?', 67, 72],
    ]);
    // "Junior questions" holds only units: a section, not an explain card that swallows them.
    expect(deck.cards.some((c) => c.prompt === 'Junior questions')).toBe(false);
  });

  it('reads the answer as Markdown and leaves the tags, the summary and "Useful resources" out', () => {
    const disk = deck.cards[0] as Card;
    expect(disk.answer).toBe(
      '- `df` shows free space per file system\n- `du` shows the space a directory takes\n\nBoth accept `-h` for human-readable sizes.',
    );
    const sticky = deck.cards[2] as Card;
    expect(sticky.answer).toContain('On a directory, only the owner');
    expect(sticky.answer).toContain('chmod +t /shared');
    expect(sticky.answer).not.toMatch(/<\/?(?:details|summary)|Example/);
  });

  it('turns <b>, <code> and <br> in a summary into text and a summary over two lines into one prompt', () => {
    expect(deck.cards[1]?.prompt).toBe('How do I `grep` recursively?');
    expect(deck.cards[3]?.prompt).toBe('What is a zombie process?');
  });

  it('reports an empty summary and a placeholder answer as unanswered questions', () => {
    expect(deck.problems.map((p) => [p.line, p.code])).toEqual([
      [43, 'unanswered-question'],
      [50, 'unanswered-question'],
    ]);
  });

  it('keeps a fold labelled "Show more" inside the question above it', () => {
    const nice = deck.cards[4] as Card;
    expect(nice.answer).toBe(
      'The scheduling priority of a process.\n\nValues run from -20 (most favourable) to 19.',
    );
  });

  it('keeps lists on either side of a closing tag apart', () => {
    const deck2 = one(
      '<details><summary>Q one?</summary>\n\n- a\n- b\n\n</details>\n\n<details><summary>Q two?</summary>\n\n- c\n\n</details>\n',
    );
    expect(deck2.cards.map((c) => [c.prompt, c.answer])).toEqual([
      ['Q one?', '- a\n- b'],
      ['Q two?', '- c'],
    ]);
  });
});

describe('lettered choices with a stated key', () => {
  it('asks the question with its code, every option in full, and the key with its explanation as the reveal', () => {
    const deck = deckOf(stylePath('choices-lettered.en.md'));
    expect(units(deck.cards)).toEqual([
      ['choice', "What's the output?", 14, 25],
      ['choice', 'Which keyword declares a block-scoped binding that cannot be reassigned?', 34, 41],
      ['choice', 'Which of these array methods changes the array it is called on?', 47, 53],
    ]);
    const graded = deck.questions.filter(isAutoGraded);
    expect(graded.map((q) => [q.options, q.correctIndex])).toEqual([
      [['`Lydia` and `undefined`', '`undefined`', '`ReferenceError`', '`TypeError`'], 1],
      [['`var`', '`let`', '`const`', '`static`'], 2],
      [['`map`', '`filter`', '`splice`'], 2],
    ]);
    const first = graded[0];
    expect(first?.stem).toBe(
      "What's the output?\n\n```javascript\nfunction sayHi() {\n  console.log(name);\n  var name = 'Lydia';\n}\n\nsayHi();\n```",
    );
    expect(first?.answer).toMatch(/^\*\*B\.\*\* `undefined`\n\nWithin the function, `name` is hoisted/);
    expect(first?.answer).not.toMatch(/<\/?(?:p|details|summary)>/);
    // The options are the author's: no definition, cloze or command question is made from them.
    expect(deck.questions.filter((q) => isAutoGraded(q) && q.kind !== 'choice')).toEqual([]);
  });

  it('reads Chinese options and keys (A、, - A., 答案：, #### 答案：, 正确答案：) and never grades two keys', () => {
    const deck = deckOf(stylePath('choices-lettered.zh.md'));
    expect(units(deck.cards)).toEqual([
      ['choice', '以下代码输出什么？', 11, 18],
      ['choice', '下列哪个关键字可以阻止类被继承？', 22, 32],
      ['choice', '下列哪些是 Java 的基本数据类型？', 38, 43],
    ]);
    const graded = deck.questions.filter(isAutoGraded);
    expect(graded.map((q) => [q.stem.split('\n')[0], q.options[q.correctIndex ?? -1]])).toEqual([
      ['以下代码输出什么？', '1'],
      ['下列哪个关键字可以阻止类被继承？', '`final`'],
    ]);
    expect(graded[0]?.stem).toContain('```java\nint i = 1;');
    const both = deck.questions.find((q) => q.cardId === deck.cards[2]?.id);
    expect(both).toMatchObject({ kind: 'flashcard', answer: '**A.** int\n**C.** boolean' });
  });

  it('never takes a single letter for a definition term, and reads lettered lines without a key as text', () => {
    const grades = one('## Grades\n\n- A: excellent work\n- B: good work\n- C: fair work\n');
    expect(grades.cards.map((c) => [c.kind, c.prompt])).toEqual([['explain', 'Grades']]);
    expect(grades.cards[0]?.facts.definitions).toEqual([]);
    expect(grades.problems).toEqual([]);
    // Under a question, options without a key cannot be graded: said once, no card.
    const asked = one('## Which is a prime?\n\n- A: 4\n- B: 6\n- C: 7\n- D: 9\n');
    expect(asked.cards).toEqual([]);
    expect(asked.problems.map((p) => p.code)).toEqual(['choice-without-answer', 'no-cards']);
  });
});

describe('- [x] / - [ ] options under a heading question', () => {
  const deck = deckOf(stylePath('choices-tasks.en.md'));

  it('makes one choice card per question, without its numbering or decorations, and leaves a to-do list alone', () => {
    expect(units(deck.cards)).toEqual([
      ['choice', 'What does this script print?', 10, 15],
      ['choice', 'Which variable holds the exit status of the last command?', 19, 22],
      ['choice', 'Which of these are valid ways to run a command in a subshell?', 26, 28],
      [
        'choice',
        'Which command prints the working directory? This option is long on purpose, to show that a long option is never cut to fit a button.',
        32,
        35,
      ],
      ['explain', 'Before the exam', 39, 40],
    ]);
    expect(deck.problems).toEqual([]);
  });

  it('puts the code above the options in the stem and keeps every option in the author’s wording', () => {
    const q1 = deck.questions.find((q) => q.kind === 'choice' && q.source.line === 10);
    expect(q1?.stem).toBe('What does this script print?\n\n```bash\nsleep 10 &\necho $!\n```');
    expect(q1?.options).toEqual([
      'the exit status of the last command',
      'the process id of the last background command',
      'the number of arguments',
      'the process id of the shell itself',
    ]);
    expect(q1?.correctIndex).toBe(1);
    expect(q1?.answer).toBe(
      '**the process id of the last background command**\n\n**Explanation:** `$!` expands to the process id of the job most recently placed in the background.',
    );
    const q2 = deck.questions.find((q) => q.kind === 'choice' && q.source.line === 19);
    expect(q2?.options).toEqual(['`$?`', '`$!`', '`$#`', '`$$`']);
  });

  it('merges only exact duplicates and never cuts a long option', () => {
    const q4 = deck.questions.find((q) => q.kind === 'choice' && q.source.line === 32);
    expect(q4?.options).toHaveLength(3);
    expect(q4?.options[1]).toBe(
      'print the absolute path of the current working directory, resolving symbolic links only when asked',
    );
  });

  it('gives two [x] a flashcard that lists the right options, never a graded question', () => {
    const card = deck.cards[2] as Card;
    const qs = deck.questions.filter((q) => q.cardId === card.id);
    expect(qs.map((q) => q.kind)).toEqual(['flashcard']);
    expect(qs[0]?.answer).toBe("**`( cmd )`**\n**`bash -c 'cmd'`**");
    expect(qs[0]?.stem).toContain("A. `( cmd )`\nB. `bash -c 'cmd'`\nC. `{ cmd; }`");
  });
});

describe("Obsidian spaced-repetition cards (the plugin's documented syntax)", () => {
  const deck = deckOf(stylePath('obsidian-cards.md'));
  const pairs = deck.cards.filter((c) => c.kind === 'flashcard').map((c) => [c.prompt, c.answer]);

  it('reads ::, ::: (both ways), ? and ?? (both ways), multi-line sides and list items', () => {
    expect(pairs.slice(0, 8)).toEqual([
      ['Kenya', 'Nairobi'],
      ['Canada', 'Ottawa'],
      ['The capital of Japan', 'Tokyo'],
      ['Tokyo', 'The capital of Japan'],
      ['What is the largest desert on Earth?', 'The Antarctic desert.'],
      ['Which ocean is the deepest?', 'The Pacific Ocean.'],
      ['The Pacific Ocean.', 'Which ocean is the deepest?'],
      ['What are the three states of matter?', '- solid\n- liquid\n- gas'],
    ]);
    expect(pairs.slice(-2)).toEqual([
      ['Chile', 'Santiago'],
      ['Peru', 'Lima'],
    ]);
  });

  it('makes one card per cloze deletion, showing the others and a hint', () => {
    expect(pairs.slice(8, 12)).toEqual([
      [
        'The first female prime minister of Australia was [...].',
        'The first female prime minister of Australia was **Julia Gillard**.',
      ],
      ['The [...] flows into the Mediterranean Sea.', 'The **Nile** flows into the Mediterranean Sea.'],
      ['The Nile flows into the [...].', 'The Nile flows into the **Mediterranean Sea**.'],
      ['This [a word] has a hint.', 'This **note** has a hint.'],
    ]);
  });

  it('never splits code, scope operators or IPv6 addresses, and takes == with spaces for a comparison', () => {
    expect(deck.cards.filter((c) => c.kind === 'flashcard')).toHaveLength(14);
    const rest = deck.cards.find((c) => c.prompt === 'Not cards');
    expect(rest?.answer).toContain('s[::-1] without backticks');
    expect(rest?.answer).toContain('If x == 1 or y == 2 nothing is hidden.');
  });

  it('takes its separators, end marker and cloze markers from front matter', () => {
    const custom = deckOf(stylePath('obsidian-settings.md'));
    expect(custom.cards.map((c) => [c.prompt, c.answer, c.answerLines.start, c.answerLines.end])).toEqual([
      ['Mercury', 'the closest planet to the Sun', 11, 11],
      ['Which planets are gas giants?', 'Jupiter and Saturn.\n\nUranus and Neptune are ice giants.', 15, 17],
      ['Water boils at [...] °C at sea level.', 'Water boils at **100** °C at sea level.', 20, 20],
    ]);
    expect(custom.problems).toEqual([]);
  });

  it('reports bad flashcard settings in front matter', () => {
    const bad = one('---\nflashcards:\n  clozes: [underline]\n---\nQ::A\n');
    expect(bad.problems).toEqual([expect.objectContaining({ line: 2, code: 'invalid-front-matter' })]);
  });

  it('takes a bare word::word for code unless the note says it holds flashcards', () => {
    expect(one('## Notes\n\nstd::vector\n').cards.filter((c) => c.kind === 'flashcard')).toEqual([]);
    expect(one('#flashcards\n\nstd::vector\n').cards.map((c) => c.prompt)).toEqual(['std']);
  });
});

describe('Markdown definition lists', () => {
  it('feed definition questions with the other terms of the list as distractors', () => {
    const deck = deckOf(stylePath('definition-lists.md'));
    expect(units(deck.cards)).toEqual([['explain', 'Transport protocols', 5, 15]]);
    expect(deck.cards[0]?.facts.definitions[0]?.map((d) => d.term)).toEqual(['TCP', 'UDP', 'QUIC', 'SCTP']);
    const tcp = deck.questions.find(
      (q) => q.kind === 'definition' && q.frame?.kind === 'what-is' && q.stem === 'TCP',
    );
    expect(tcp?.options[tcp.correctIndex ?? -1]).toBe(
      'A connection-oriented protocol that guarantees ordered delivery.',
    );
  });
});

describe('what is not an answer', () => {
  const deck = deckOf(stylePath('stubs-and-images.md'));

  it('reports a link-only stub, keeps an image answer for the reveal and grades nothing from it', () => {
    expect(units(deck.cards)).toEqual([
      ['question', 'What does the architecture look like?', 9, 9],
      ['question', 'What is an availability zone?', 15, 15],
      ['question', 'What is a region?', 21, 21],
    ]);
    expect(deck.problems).toEqual([expect.objectContaining({ line: 3, code: 'unanswered-question' })]);
    const image = deck.cards[0] as Card;
    expect(image.answer).toBe('![three-tier architecture](https://example.com/three-tier.png)');
    expect(deck.questions.filter((q) => q.cardId === image.id).map((q) => q.kind)).toEqual(['flashcard']);
  });

  it('leaves labels, "Source:" footers and "Useful resources" lists out of the answer', () => {
    expect(deck.cards[1]?.answer).toBe(
      'One or more data centres in a region with independent power and networking.',
    );
    expect(deck.cards[2]?.answer).toBe('A geographic area that holds several availability zones.');
  });
});

describe('numbered question items', () => {
  it('run past a nested list and a paragraph the author did not indent, up to the next question item', () => {
    const deck = deckOf(stylePath('numbered-items.md'));
    expect(units(deck.cards)).toEqual([
      ['question', 'What is a commit?', 5, 8],
      ['question', 'What is a branch?', 12, 12],
      ['question', 'What is a tag?', 15, 15],
    ]);
    expect(deck.cards[0]?.answer).toContain('The id is a hash of the content and the metadata.');
  });
});

describe('prompts', () => {
  it('drop numbering and decorations but keep the ids they always had', () => {
    const deck = one(
      '### ⭐️ Q12. What is a pod? ⭐\n\nThe smallest deployable unit.\n\n### 3. Why 3.5?\n\nBecause.\n',
    );
    expect(deck.cards.map((c) => c.prompt)).toEqual(['What is a pod?', 'Why 3.5?']);
    const before = one('### Q12. What is a pod? ⭐\n\nThe smallest deployable unit.\n');
    expect(before.cards[0]?.id).toBe(one('### Q12. What is a pod? ⭐\n\nOther text.\n').cards[0]?.id);
  });
});
