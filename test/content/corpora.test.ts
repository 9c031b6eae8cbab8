import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { isAutoGraded } from '../../src/content/question.ts';
import {
  deckOf,
  JAVAGUIDE_PATH,
  OBSIDIAN_DOCS,
  REACT_PATH,
  readRepoFile,
  SYSADMIN_PATH,
} from './deck-helpers.ts';

it('keeps both corpora byte for byte as published (sha256 of ../shared/corpora)', () => {
  const sha = (p: string): string => createHash('sha256').update(readRepoFile(p)).digest('hex');
  expect(sha(JAVAGUIDE_PATH)).toBe('8abe7973518125490fa2b9eb175f043a54405aedb45e509edcc23728d1de15ae');
  expect(sha(REACT_PATH)).toBe('10b1e2b14b34710f1c83f3bba8a2a34b10962bab27766ac84a2186f7b0af719b');
});

/**
 * Unit counts established by reading the two corpora (test/fixtures/content/corpora/SOURCES.md), not by
 * running the parser: nothing in the pipeline is tuned to the seed.
 */
describe('JavaGuide (Chinese, ### questions under ## chapters, front matter)', () => {
  const deck = deckOf(JAVAGUIDE_PATH);

  it('finds its 27 question headings and 2 topic headings, and no reference section', () => {
    // 29 `###` headings: 27 ask (？, "vs", 了解么/吗); "⭐️ 自增自减运算符" and "⭐️ 移位运算符" are topics.
    // The `####` sub-sections (JVM, JDK 和 JRE, 重载, 重写, 总结) belong to their question's answer. The
    // first topic ends with an exercise and its "答案：" (line 325): a question card of its own.
    expect(deck.cards.filter((c) => c.kind === 'question')).toHaveLength(28);
    expect(deck.cards.find((c) => c.line === 325)?.answer).toBe(
      '`a = 11`、`b = 9`、 `c = 10`、 `d = 10`、 `e = 10`。',
    );
    expect(deck.cards.find((c) => c.prompt === '自增自减运算符')?.answerLines).toEqual({
      start: 293,
      end: 323,
    });
    expect(deck.cards.filter((c) => c.kind === 'explain').map((c) => c.prompt)).toEqual([
      '自增自减运算符',
      '移位运算符',
    ]);
    expect(deck.cards.some((c) => c.prompt === '参考' || c.prompt === 'JVM')).toBe(false);
    expect(deck.problems).toEqual([]);
  });

  it('reads its front matter (title as deck name, tag) and detects Chinese', () => {
    expect(deck.files[0]).toMatchObject({
      deck: 'Java基础常见面试题总结(上)',
      tags: ['Java基础'],
      lang: 'zh',
    });
  });

  it('takes a question with its sub-sections as one answer', () => {
    const jvm = deck.cards.find((c) => c.prompt === 'JVM vs JDK vs JRE');
    expect(jvm).toMatchObject({ line: 43, answerLines: { start: 45, end: 84 } });
    expect(jvm?.answer).toContain('#### JDK 和 JRE');
    const last = deck.cards[deck.cards.length - 1];
    expect(last?.prompt).toBe('什么是可变长参数？');
    expect(last?.answerLines.end).toBeLessThan(1287);
  });

  it('makes auto-graded questions from its tables and definition lists, and none from its keyword grid', () => {
    // Its comparison tables ("| 对比维度 | JIT | AOT |") and its comparisons' bold labels give none; its
    // table of primitive types and its lists of named kinds do.
    expect(deck.questions.filter((q) => q.kind === 'table-row').length).toBeGreaterThanOrEqual(3);
    expect(deck.questions.filter((q) => q.kind === 'definition').length).toBeGreaterThanOrEqual(2);
    expect(deck.dropped.some((d) => d.reason === 'comparison-table')).toBe(true);
    expect(deck.questions.filter(isAutoGraded).length).toBeGreaterThanOrEqual(6);
    // "| 分类 | 关键字 | | | |": a grid of keywords with empty headers is not a table of records.
    expect(deck.dropped.some((d) => d.reason === 'layout-table')).toBe(true);
    expect(deck.questions.some((q) => q.kind === 'table-row' && q.stem.includes('关键字'))).toBe(false);
  });
});

describe('React interview questions (English, numbered list items holding ### headings, tables of contents)', () => {
  const deck = deckOf(REACT_PATH);

  it('finds its 416 numbered questions: 415 answered, 1 reported as unanswered', () => {
    // 415 `###` headings open a numbered list item, plus one `####` ("Give an example of Reselect usage?",
    // item 154: a question of its own, not part of item 153's answer); "What are the benefits of preventing
    // the direct state mutations?" (line 6350) has no answer. The 416th card is the <details> unit "Using
    // Class Component" (line 2365).
    expect(deck.cards).toHaveLength(416);
    expect(deck.cards.find((c) => c.line === 4024)?.prompt).toBe('Give an example of Reselect usage?');
    expect(deck.cards.find((c) => c.line === 4016)?.answerLines).toEqual({ start: 4018, end: 4022 });
    expect(deck.cards.every((c) => c.kind === 'question')).toBe(true);
    expect(deck.problems).toEqual([
      expect.objectContaining({ line: 6350, code: 'unanswered-question', severity: 'warning' }),
    ]);
  });

  it('skips the tables of contents, the title preface and the disclaimer', () => {
    const prompts = deck.cards.map((c) => c.prompt);
    expect(prompts).not.toContain('Table of Contents');
    expect(prompts).not.toContain('Disclaimer');
    expect(prompts).not.toContain('React Interview Questions & Answers');
    expect(prompts.some((p) => p.includes('Hide/Show') || p.includes('See deep-dive'))).toBe(false);
  });

  it('ends answers before "Back to Top" and keeps deep-dive <details> inside the answer', () => {
    const first = deck.cards[0];
    expect(first).toMatchObject({
      prompt: 'What is React?',
      line: 495,
      answerLines: { start: 497, end: 499 },
    });
    for (const card of deck.cards)
      expect(card.answer).not.toMatch(/Back to Top\]\(#table-of-contents\)\**\s*$/);
    // The deep-dive fold is read as the Markdown it holds: its text stays in the answer, its tags do not.
    const history = deck.cards[1];
    expect(history?.answer).toContain('The evolution of React has a fascinating history');
    expect(history?.answer).toContain('- React 17 (October 2020) focused on making React upgrades easier');
    expect(history?.answer).not.toMatch(/<\/?(?:details|summary)/);
  });

  it('keeps sub-headings of any level inside the numbered item that holds them', () => {
    const stateProps = deck.cards.find((c) => c.line === 967);
    expect(stateProps?.prompt).toBe('What is the difference between state and props?');
    expect(stateProps?.answerLines).toEqual({ start: 969, end: 1003 });
    expect(deck.cards.some((c) => c.prompt === 'State' || c.prompt === '1. Syntax:')).toBe(false);
  });

  it('asks in English', () => {
    expect(deck.files[0]?.lang).toBe('en');
    // Few but sound: its many "Feature | A | B" comparison tables and masked descriptions give none, nor
    // rows described only by other methods' names (option-kinds.ts), nor descriptions sharing a word with
    // the key alone ("catch JavaScript errors" / Error Boundaries, other-forms.ts).
    expect(deck.questions.filter(isAutoGraded).length).toBeGreaterThanOrEqual(11);
    for (const q of deck.questions) expect(q.lang).toBe('en');
  });
});

describe('Test your sysadmin skills (English, <details><summary> units under ###### headings)', () => {
  const deck = deckOf(SYSADMIN_PATH);

  it('makes one question card per answered <details> (221 of 271) and reports the other 50', () => {
    // Counted with a separate script over the raw text: 271 pairs, 50 whose body is only "To be completed."
    // and/or a "Useful resources" link list. The ###### headings above them are sections, not cards.
    expect(deck.cards.filter((c) => c.kind === 'question')).toHaveLength(221);
    expect(deck.cards.filter((c) => c.kind !== 'question')).toEqual([]);
    const unanswered = deck.problems.filter((p) => p.code === 'unanswered-question');
    expect(unanswered).toHaveLength(50);
    expect(unanswered[0]?.line).toBe(338);
    // "Simple Questions" is a list of questions with no answers: reported once, not a card.
    expect(deck.problems.filter((p) => p.code !== 'unanswered-question')).toEqual([
      expect.objectContaining({ line: 69, code: 'empty-section' }),
    ]);
  });

  it('keeps blank lines, lists and code inside an answer and ends it before its links', () => {
    const distro = deck.cards[0];
    expect(distro).toMatchObject({
      prompt: 'Give some examples of Linux distribution. What is your favorite distro and why?',
      line: 93,
      answerLines: { start: 94, end: 111 },
    });
    expect(distro?.answer).toMatch(/^- Red Hat Enterprise Linux\n- Fedora/);
    expect(distro?.answer).toContain('My favorite Linux distribution:');
    expect(distro?.answer).not.toContain('Useful resources');
    for (const card of deck.cards) expect(card.answer).not.toMatch(/<\/?(?:details|summary)\b/);
  });
});

describe('the Obsidian spaced-repetition plugin documentation (its examples are the syntax)', () => {
  /** The ```markdown examples of a doc page, each read as a note of its own. */
  const examples = (file: string): string[] =>
    [...readRepoFile(`${OBSIDIAN_DOCS}/${file}`).matchAll(/```(?:markdown)?\n([\s\S]*?)```/g)].map(
      (m) => m[1] ?? '',
    );
  const cardsOf = (text: string) =>
    buildDeck([{ path: 'example.md', text }]).cards.map((c) => [c.prompt, c.answer]);

  it('reads each Q&A example as the page says it is shown', () => {
    const [single, reversed, multi, multiReversed] = examples('en-flashcards-q-and-a-cards.md');
    expect(cardsOf(single ?? '')).toEqual([['the question goes on this side', 'answer goes here!']]);
    expect(cardsOf(reversed ?? '')).toEqual([
      ['info 1', 'info 2'],
      ['info 2', 'info 1'],
    ]);
    expect(cardsOf(multi ?? '')).toEqual([
      [
        'As per the definition of "multiline" the prompt can be on multiple lines',
        'same goes for\nthe answer',
      ],
    ]);
    expect(cardsOf(multiReversed ?? '')).toEqual([
      ['info 1A info 1B info 1C', 'info 2A\ninfo 2B'],
      ['info 2A\ninfo 2B', 'info 1A info 1B info 1C'],
    ]);
  });

  it('reads the cloze examples as one card per deletion', () => {
    const [single, multiple] = examples('en-flashcards-cloze-cards.md');
    expect(cardsOf(single ?? '')).toEqual([
      [
        'The first female prime minister of Australia was [...]',
        'The first female prime minister of Australia was **Julia Gillard**',
      ],
    ]);
    expect(cardsOf(multiple ?? '').map(([prompt]) => prompt)).toEqual([
      'The first female [...] of Australia was Julia Gillard',
      'The first female prime minister of Australia was [...]',
    ]);
  });

  it('reads the Chinese page’s examples the same way', () => {
    const zh = examples('zh-flashcards.md');
    expect(cardsOf(zh[0] ?? '')).toEqual([['这是问题', '这是答案']]);
    expect(cardsOf(zh[2] ?? '')).toEqual([['多行卡片的正面', '多行卡片的反面']]);
    const decks = zh.find((e) => e.includes('Question4 (in deckB)::Answer4\nQuestion5')) ?? '';
    expect(cardsOf(decks)).toEqual([
      ['Question1 (in deckA)', 'Answer1'],
      ['Question2 (also in deckA)', 'Answer2'],
      ['Question3 (also in deckA)', 'Answer3'],
      ['Question4 (in deckB)', 'Answer4'],
      ['Question5 (also in deckB)', 'Answer5'],
      ['Question6 (in deckC)', 'Answer6'],
    ]);
    const tagged = zh.find((e) => e.includes('clowder')) ?? '';
    expect(cardsOf(tagged)).toEqual([['A group of cats is called a', 'clowder']]);
  });

  it('makes no card of an example shown inside a code fence of the page itself', () => {
    const page = buildDeck([
      { path: 'q.md', text: readRepoFile(`${OBSIDIAN_DOCS}/en-flashcards-q-and-a-cards.md`) },
    ]);
    expect(page.cards.every((c) => c.kind === 'explain')).toBe(true);
  });
});
