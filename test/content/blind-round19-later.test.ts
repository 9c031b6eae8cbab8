import { describe, expect, it } from 'vitest';
import { translatesTerm } from '../../src/content/gate-checks/translated-term.ts';
import { askedOf as asked, choicesOf } from './deck-helpers.ts';

/**
 * Layouts and questions round 19's later blind sets (AY, AZ) showed misread or wrongly asked, in fixtures
 * written for these tests: options as an HTML list lettered by the browser, points under labels read as
 * options, a note's learning objectives and header fields, names their descriptions translate.
 */
describe('options as an HTML list lettered by the browser', () => {
  const quiz = (type: string) =>
    [
      '## Which lifecycle method runs when a dialog partly covers an activity?',
      '',
      `<ol type="${type}">`,
      '  <li>onPause(), the activity is still displayed</li>',
      '  <li>onStop(), the activity is hidden</li>',
      '  <li>onDestroy(), the activity is gone</li>',
      '</ol>',
      '',
      '**Answer: A**',
    ].join('\n');

  it('reads `<ol type="a">` items as options A, B, C keyed by the answer after them', () => {
    expect(choicesOf(quiz('a'))).toEqual([
      [
        'Which lifecycle method runs when a dialog partly covers an activity?',
        'onPause(), the activity is still displayed',
      ],
    ]);
  });

  it('reads no options from a numbered HTML list (near miss)', () => {
    expect(choicesOf(quiz('1'))).toEqual([]);
  });
});

describe('points under labels are no options', () => {
  it('asks nothing of `**Gotcha:**` beside a bold `**Correct:**` over the bullets that say it', () => {
    const gotcha = (n: number, question: string, correct: readonly string[]) => [
      `### 🔥 **${n}. ${question}**`,
      '',
      '* **Gotcha:** Many developers get this wrong.',
      '* **Correct:**',
      '',
      ...correct.map((c) => `  * ${c}`),
      '',
      '---',
      '',
    ];
    const note = [
      ...gotcha(1, 'What’s the difference between PUT and PATCH?', [
        '`PUT` replaces the entire resource.',
        '`PATCH` makes a partial update.',
      ]),
      ...gotcha(2, 'Is REST stateless?', ['Yes: each request carries its own credentials.']),
      ...gotcha(3, 'Should POST be idempotent?', ['No: use an idempotency key to retry safely.']),
      ...gotcha(4, 'Can DELETE be safely retried?', ['Yes: deleting twice leaves the same state.']),
    ].join('\n');
    expect(choicesOf(note)).toEqual([]);
  });
});

describe('what the note says of itself', () => {
  it('asks nothing of its learning objectives by audience', () => {
    const note = [
      '# PostgreSQL internals',
      '',
      '## Learning Objectives',
      '',
      '- **Beginner**: Why `DELETE` does not free disk space at once.',
      '- **Developer**: Why long-running transactions hurt performance.',
      '- **Architect**: Tuning autovacuum for terabyte-scale tables.',
    ].join('\n');
    expect(asked(note)).toEqual([]);
  });

  it('asks nothing of its header fields (背景, 维护约定, 关联)', () => {
    const note = [
      '# 术语表',
      '',
      '- **背景**：评审中反复出现的问题本质都是术语撞车，本表把它们一次修复。',
      '- **维护约定**：任何评审若发现新的术语歧义，必须回写本表。',
      '- **关联**：架构设计、PRD、测试用例。',
    ].join('\n');
    expect(asked(note)).toEqual([]);
  });
});

describe('names their descriptions translate (set AY, AZ)', () => {
  it('sees @Conditional, unable_to_confirm and optional rendered', () => {
    expect(translatesTerm('@Conditional', '条件注解决定是否生效')).toBe(true);
    expect(translatesTerm('unable_to_confirm', '无法确认（如探测不到快照类）')).toBe(true);
    expect(translatesTerm('optional', '可选项，未提供')).toBe(true);
    // Near miss: a description that renders none of the name's words.
    expect(translatesTerm('threaddump', '显示当前应用程序的审计事件')).toBe(false);
  });
});
