import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { generateQuestions } from '../../src/content/generate-questions.ts';
import { firstFailure, MAX_AUTO_GRADED_PER_CARD } from '../../src/content/quality-gate.ts';
import { isAutoGraded } from '../../src/content/question.ts';
import { buildCandidate } from '../../src/content/question-builder.ts';
import type { Card } from '../../src/content/types.ts';
import { cardOf, NO_COMMANDS } from './gate-fixtures.ts';

describe("a unit that carries its author's options", () => {
  it('is asked with those options only: nothing is generated from its explanation', () => {
    const text = [
      '## Which signal cannot be caught?',
      '',
      '- [ ] SIGTERM',
      '- [x] SIGKILL',
      '- [ ] SIGHUP',
      '',
      'Signals at a glance:',
      '',
      '- **SIGTERM**: asks a process to stop politely',
      '- **SIGKILL**: stops a process at once and cannot be caught',
      '- **SIGHUP**: tells a daemon that its terminal went away',
      '- **SIGINT**: interrupts a process from the keyboard',
    ].join('\n');
    const deck = buildDeck([{ path: 'quiz.md', text }]);
    // One unit: the author's options with the definition list below them (the parser keeps the list as
    // the unit's reveal; the list's own facts are read from it alone).
    const choice = deck.cards.find((c) => c.facts.choice !== null);
    const listOnly = buildDeck([
      { path: 'list.md', text: `## Signals\n\n${text.split('Signals at a glance:')[1]}` },
    ]);
    const withList = listOnly.cards.find((c) => c.facts.definitions.length > 0);
    if (!choice || !withList) throw new Error('fixture not read as expected');
    const unit: Card = { ...choice, facts: { ...choice.facts, definitions: withList.facts.definitions } };
    const auto = generateQuestions([unit], 'seed').questions.filter(isAutoGraded);
    expect(auto.map((q) => q.kind)).toEqual(['choice']);
    expect(auto[0]?.options[auto[0]?.correctIndex ?? -1]).toBe('SIGKILL');
    // The same list in a unit without options does give definition questions.
    const plain: Card = { ...unit, facts: { ...unit.facts, choice: null } };
    expect(generateQuestions([plain], 'seed').questions.some((q) => q.kind === 'definition')).toBe(true);
  });
});

describe('the builder and the per-card limit', () => {
  const card = cardOf('en');
  const draft = {
    kind: 'definition' as const,
    origin: 'definition-reverse' as const,
    distractorSource: 'same-list' as const,
    variant: 'rev-1',
    stem: 'stops a process at once',
    frame: { kind: 'which-term' as const, context: '' },
    answer: 'a',
    line: 2,
  };

  it('too-few-options: a key with one distractor is no question; with two it is', () => {
    expect(buildCandidate(card, { ...draft, correct: 'SIGKILL', distractors: ['SIGTERM'] }, 's')).toBe(
      'too-few-options',
    );
    expect(
      typeof buildCandidate(card, { ...draft, correct: 'SIGKILL', distractors: ['SIGTERM', 'SIGINT'] }, 's'),
    ).toBe('object');
  });

  it('option-too-long: a key past 200 characters is dropped, not cut; one of 200 is kept whole', () => {
    const long = 'x'.repeat(201);
    expect(buildCandidate(card, { ...draft, correct: long, distractors: ['SIGTERM', 'SIGINT'] }, 's')).toBe(
      'option-too-long',
    );
    const built = buildCandidate(
      card,
      { ...draft, correct: long.slice(1), distractors: ['SIGTERM', 'SIGINT'] },
      's',
    );
    expect(typeof built === 'object' && built.question.options).toContain(long.slice(1));
  });

  it('picks distractors that look like the key before those that would give it away by their form', () => {
    const built = buildCandidate(
      card,
      {
        ...draft,
        kind: 'cloze',
        origin: 'cloze',
        distractorSource: 'term-family',
        frame: { kind: 'cloze' },
        stem: '_____ has a cache between -128 and 127.',
        correct: 'Short',
        distractors: ['float', 'double', 'Integer', 'Long', 'char'],
      },
      's',
    );
    if (typeof built !== 'object') throw new Error(built);
    expect(built.question.options).toEqual(expect.arrayContaining(['Short', 'Integer', 'Long']));
    expect(firstFailure(built, NO_COMMANDS)).not.toBe('tell-case');
  });

  it('card-limit: one big table gives at most three questions; a card with fewer keeps all of its own', () => {
    const rows = [
      '200 | the request succeeded',
      '201 | a new resource was created',
      '301 | the resource moved for good',
      '304 | the cached copy is still valid',
      '404 | nothing was found at that address',
      '500 | the server failed unexpectedly',
    ];
    const commands = [
      ['如何查看本机的网络连接？', 'netstat -anp'],
      ['如何测试主机是否可达？', 'ping example.com'],
      ['如何跟踪数据包经过的路由？', 'traceroute example.com'],
      ['如何查询域名的解析记录？', 'dig example.com'],
    ];
    const deckText = [
      '## Status codes',
      '',
      '| Code | Meaning |',
      '|---|---|',
      ...rows.map((r) => `| ${r} |`),
      '',
      '## 常用命令',
      '',
      ...commands.flatMap(([q, c]) => [`### ${q}`, '', '```bash', c, '```', '']),
    ].join('\n');
    const deck = buildDeck([{ path: 'net.md', text: deckText }]);
    const auto = deck.questions.filter(isAutoGraded);
    const table = deck.cards.find((c) => c.prompt === 'Status codes');
    expect(auto.filter((q) => q.cardId === table?.id)).toHaveLength(MAX_AUTO_GRADED_PER_CARD);
    const limited = deck.dropped.filter((d) => d.reason === 'card-limit');
    expect(limited.length).toBeGreaterThan(0);
    expect(limited.every((d) => d.id.startsWith(`${table?.id}:`))).toBe(true);
    // Each command card gives its one question, the other commands of the section as distractors.
    expect(auto.filter((q) => q.kind === 'command')).toHaveLength(commands.length);
    // The limit is a default: a caller may ask for another.
    const one = buildDeck([{ path: 'net.md', text: deckText }], { maxAutoGradedPerCard: 1 });
    expect(one.questions.filter((q) => isAutoGraded(q) && q.cardId === table?.id)).toHaveLength(1);
  });
});
