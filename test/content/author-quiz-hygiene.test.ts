import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { isAutoGraded } from '../../src/content/question.ts';
import { nestedPhrases } from '../../src/content/question-builder.ts';
import { deckOf } from './deck-helpers.ts';

/** What an author quiz shows a player: its own words, no picture-only question, each question once. */
describe('an author quiz asked in a chat window', () => {
  const deck = deckOf('test/fixtures/content/quizzes/author-quiz-hygiene.en.md');
  const graded = deck.questions.filter(isAutoGraded);

  it('keeps element names the author writes about, and resolves backslash escapes outside code', () => {
    expect(graded[0]?.stem).toBe('Which attribute of the element <build-target> sets the lowest level?');
    const summary = deck.cards.find((c) => c.prompt.startsWith('What does'));
    expect(summary?.prompt).toBe('What does $count hold in a <job-step> of a template?');
    const inline = buildDeck([
      { path: 'n.md', text: '## What is List<T> in `Map<K, V>` and \\*this\\*?\n\nA type.\n' },
    ]);
    expect(inline.cards[0]?.prompt).toBe('What is List<T> in `Map<K, V>` and *this*?');
    // Formatting tags are markup, not words: HTML bold reads as Markdown's, a `<br>` as a space.
    const tagged = buildDeck([
      { path: 'n.md', text: '## What does <b>umask</b> set?<br>\n\nThe default mode.\n' },
    ]);
    expect(tagged.cards[0]?.prompt).toBe('What does **umask** set?');
  });

  it('asks an "All of the above" question as a flashcard listing the options in the author\'s order', () => {
    expect(graded.some((q) => q.stem.startsWith('Which of these tools'))).toBe(false);
    const tools = deck.questions.find((q) => q.stem.startsWith('Which of these tools'));
    expect(tools?.kind).toBe('flashcard');
    expect(tools?.stem).toContain('A. Make\nB. Ninja\nC. Bazel\nD. All of the above');
  });

  it('asks a repeated question once, and neither a picture nor a listing it lacks as auto-graded', () => {
    expect(graded.map((q) => q.stem)).toEqual([
      'Which attribute of the element <build-target> sets the lowest level?',
      'Which flag prints the version?',
    ]);
    // The picture question stays a flashcard with its pictures listed.
    const pictures = deck.questions.find((q) => q.stem.startsWith('Which diagram'));
    expect(pictures).toMatchObject({ kind: 'flashcard' });
    expect(pictures?.stem).toContain('A. ![](pics/q4/a.png)');
    expect(deck.questions.filter((q) => q.stem.startsWith('Which flag prints'))).toHaveLength(2);
  });
});

describe('generated options', () => {
  it('never offer a broader or narrower name of the key (or of another option) as a distractor', () => {
    expect(nestedPhrases('Docker Hub', 'Docker')).toBe(true);
    expect(nestedPhrases('docker image prune', 'docker image')).toBe(true);
    // Siblings that only share a word, and words inside words, are not nested names.
    expect(nestedPhrases('docker pull', 'docker push')).toBe(false);
    expect(nestedPhrases('constant folding', 'const')).toBe(false);
  });
});

describe('HTML in a question', () => {
  it('keeps components and unknown elements, and reads formatting tags in every case as markup', () => {
    const deck = buildDeck([
      { path: 'n.md', text: '## Why wrap rows in <Table> and not <B>bold</B> text?\n\nBecause.\n' },
    ]);
    expect(deck.cards[0]?.prompt).toBe('Why wrap rows in <Table> and not **bold** text?');
  });
});

describe('what a quiz page carries that is not the question', () => {
  const choiceOf = (text: string) =>
    buildDeck([{ path: 'q.md', text }]).questions.find((q) => q.kind === 'choice');

  it("reads options wrapped in Jekyll's {% raw %} tags as the page shows them, lines unmoved", () => {
    const text = [
      '#### Which binding shows a value in a template?',
      '',
      '- [ ] {% raw %}`[value]="x"`{% endraw %}',
      '- [x] {% raw %}`{{ x }}`{% endraw %}',
      '- [ ] {%- raw -%}`(value)="x"`{%- endraw -%}',
    ].join('\n');
    const q = choiceOf(text);
    expect(q?.options).toEqual(['`[value]="x"`', '`{{ x }}`', '`(value)="x"`']);
    expect(q?.source.line).toBe(3);
  });

  it('shows a blank the author typed as the chat blank, in English and Chinese, and leaves names alone', () => {
    const zh = choiceOf(
      ['#### 单元测试之间应当是 **\\_** 的。', '', '- [ ] 有序', '- [x] 互不依赖', '- [ ] 共享'].join('\n'),
    );
    expect(zh?.stem).toBe('单元测试之间应当是 ＿＿＿ 的。');
    const en = choiceOf(
      [
        '#### A \\_\\_\\_\\_ test replaces the network.',
        '',
        '- [x] hermetic',
        '- [ ] flaky',
        '- [ ] smoke',
      ].join('\n'),
    );
    expect(en?.stem).toBe('A _____ test replaces the network.');
    const names = choiceOf(
      [
        '#### Which method of a snake_case class runs first, before `__init__`?',
        '',
        '- [x] `__new__`',
        '- [ ] `__call__`',
        '- [ ] `__del__`',
      ].join('\n'),
    );
    expect(names?.stem).toBe('Which method of a snake_case class runs first, before `__init__`?');
  });

  it('drops a trailing link to the documentation from an option, however the link names it', () => {
    const q = choiceOf(
      [
        '#### How does a directive receive a value?',
        '',
        '- [ ] through a service',
        '- [x] through an input property [Angular documentation](https://angular.dev/guide)',
        '- [ ] through a global',
        '- [ ] through `官方文档` [官方文档](https://example.com)',
      ].join('\n'),
    );
    expect(q?.options).toEqual([
      'through a service',
      'through an input property',
      'through a global',
      'through `官方文档`',
    ]);
  });
});

describe('options typed as code without backticks', () => {
  const optionsOf = (text: string) =>
    buildDeck([{ path: 'q.md', text }]).questions.find((q) => q.kind === 'choice')?.options;

  it("keep the author's backslashes and stars, which Markdown would take for escapes and emphasis", () => {
    expect(
      optionsOf(
        [
          '#### Which sed command swaps two words?',
          '',
          "- [ ] sed 's/(.*) (.*)/\\2 \\1/'",
          "- [x] sed 's/\\(.*\\) \\(.*\\)/\\2 \\1/'",
          "- [ ] sed 's/.* .*/\\1/'",
        ].join('\n'),
      ),
    ).toEqual(["sed 's/(.*) (.*)/\\2 \\1/'", "sed 's/\\(.*\\) \\(.*\\)/\\2 \\1/'", "sed 's/.* .*/\\1/'"]);
    expect(
      optionsOf(
        [
          '#### 哪个 grep 只匹配整行都是数字的行？',
          '',
          "A. grep '[0-9]*'",
          "B. grep '^[0-9]*$'",
          "C. grep '^[0-9]*'",
          '',
          '答案：B',
        ].join('\n'),
      ),
    ).toEqual(["grep '[0-9]*'", "grep '^[0-9]*$'", "grep '^[0-9]*'"]);
  });

  it('read as Markdown renders them when they are prose or plain escapes', () => {
    expect(
      optionsOf(
        [
          '#### What does a `const` binding forbid?',
          '',
          '- [x] assigning it *again*',
          '- [ ] reading it before use',
          '- [ ] the value \\$count changing',
        ].join('\n'),
      ),
    ).toEqual(['assigning it again', 'reading it before use', 'the value $count changing']);
  });
});
