import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isAutoGraded } from '../../src/content/question.ts';
import { deckOf, JAVAGUIDE_PATH, REACT_PATH, readRepoFile } from './deck-helpers.ts';

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
    // The `####` sub-sections (JVM, JDK 和 JRE, 重载, 重写, 总结) belong to their question's answer.
    expect(deck.cards.filter((c) => c.kind === 'question')).toHaveLength(27);
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
    expect(deck.questions.filter((q) => q.kind === 'table-row').length).toBeGreaterThanOrEqual(5);
    expect(deck.questions.filter((q) => q.kind === 'definition').length).toBeGreaterThanOrEqual(10);
    // The quality gate keeps fewer than half of the 105 it used to make (docs/question-quality.md).
    expect(deck.questions.filter(isAutoGraded).length).toBeGreaterThanOrEqual(20);
    // "| 分类 | 关键字 | | | |": a grid of keywords with empty headers is not a table of records.
    expect(deck.dropped.some((d) => d.reason === 'layout-table')).toBe(true);
    expect(deck.questions.some((q) => q.kind === 'table-row' && q.stem.includes('关键字'))).toBe(false);
  });
});

describe('React interview questions (English, numbered list items holding ### headings, tables of contents)', () => {
  const deck = deckOf(REACT_PATH);

  it('finds its 416 numbered questions: 415 answered, 1 reported as unanswered', () => {
    // 415 `###` headings open a numbered list item, plus one `####` ("Give an example of Reselect usage?");
    // "What are the benefits of preventing the direct state mutations?" (line 6350) has no answer.
    expect(deck.cards).toHaveLength(415);
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
    const history = deck.cards[1];
    expect(history?.answer).toContain('See deep-dive answer');
  });

  it('keeps sub-headings of any level inside the numbered item that holds them', () => {
    const stateProps = deck.cards.find((c) => c.line === 967);
    expect(stateProps?.prompt).toBe('What is the difference between state and props?');
    expect(stateProps?.answerLines).toEqual({ start: 969, end: 1003 });
    expect(deck.cards.some((c) => c.prompt === 'State' || c.prompt === '1. Syntax:')).toBe(false);
  });

  it('asks in English', () => {
    expect(deck.files[0]?.lang).toBe('en');
    expect(deck.questions.filter(isAutoGraded).length).toBeGreaterThanOrEqual(60);
    for (const q of deck.questions) expect(q.lang).toBe('en');
  });
});
