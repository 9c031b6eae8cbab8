import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { gateContextOf } from '../../src/content/quality-gate.ts';
import { ANSWER_CASES } from './gate-cases-answers.ts';
import { AUTHORED_CASES } from './gate-cases-authored.ts';
import { GIVEAWAY_CASES } from './gate-cases-giveaways.ts';
import { OPTION_CASES } from './gate-cases-options.ts';
import { READING_CASES } from './gate-cases-reading.ts';
import { SHAPE_CASES } from './gate-cases-shapes.ts';
import { judge, type Spec } from './gate-fixtures.ts';

/** Each rule of the quality gate: a candidate it must drop and a near miss it must keep. */
const CASES = [
  ...READING_CASES,
  ...ANSWER_CASES,
  ...OPTION_CASES,
  ...SHAPE_CASES,
  ...AUTHORED_CASES,
  ...GIVEAWAY_CASES,
];

describe('the quality gate drops what a player would reject, and keeps the near miss', () => {
  for (const [rule, dropped, kept] of CASES) {
    it(`${rule}: ${dropped.stem.slice(0, 48)}`, () => {
      expect(judge(dropped)).toBe(rule);
      expect(judge(kept)).toBeNull();
    });
  }

  it('covers every rule the gate checks by itself', () => {
    const covered = new Set(CASES.map(([rule]) => rule));
    for (const rule of [
      'reference-section',
      'layout-table',
      'link-table',
      'option-label-table',
      'misaligned-table',
      'example-data',
      'masked-description',
      'blank-in-option',
      'comparison-table',
      'aspect-labels',
      'raw-html',
      'image-question',
      'empty-stem',
      'missing-listing',
      'missing-picture',
      'asks-for-several',
      'refers-to-options',
      'stem-too-long',
      'stem-not-standalone',
      'stem-lead-in',
      'fragment',
      'not-a-description',
      'too-many-blanks',
      'blank-splits-word',
      'key-in-stem',
      'key-gloss',
      'typing-hint',
      'give-away',
      'ambiguous-key',
      'names-another',
      'blank-in-enumeration',
      'cloze-not-defining',
      'uninformative-cells',
      'distractor-not-sibling',
      'generic-list-label',
      'not-a-term',
      'tell-blank',
      'tell-code',
      'tell-brackets',
      'tell-script',
      'tell-punctuation',
      'tell-case',
      'tell-length',
      'tell-opening',
    ] as const)
      expect(covered.has(rule), rule).toBe(true);
  });

  it('ambiguous-key: a subcommand the notes run with the same arguments as the key would do the job too', () => {
    const notes = (other: string) =>
      buildDeck([
        {
          path: 'docker.md',
          text: [
            '## Stopping',
            '',
            '```sh',
            'docker kill $(docker ps -q)',
            '```',
            '',
            '```sh',
            `${other}`,
            '```',
          ].join('\n'),
        },
      ]);
    const spec: Spec = {
      origin: 'command',
      stem: 'How do I stop every running container?',
      options: ['docker kill', 'docker stop', 'docker rm'],
      arguments: '$(docker ps -q)',
      source: 'same-program',
    };
    expect(judge(spec, gateContextOf(notes('docker stop $(docker ps -q)').cards))).toBe('ambiguous-key');
    // Another program on the same operand does another job; the same subcommand on other arguments too.
    expect(judge(spec, gateContextOf(notes('docker stop web').cards))).toBeNull();
    expect(judge(spec, gateContextOf(notes('watch $(docker ps -q)').cards))).toBeNull();
  });

  it('ambiguous-key: a distractor the notes use for the same job under another question would do it too', () => {
    const notes = (otherTask: string) =>
      buildDeck([
        {
          path: 'images.md',
          text: [
            '## 镜像',
            '',
            '### 如何批量删除悬空镜像文件？',
            '',
            '`docker rmi $(docker images -q -f dangling=true)`',
            '',
            `### ${otherTask}`,
            '',
            '`docker image prune`',
          ].join('\n'),
        },
      ]);
    const spec: Spec = {
      origin: 'command',
      stem: '如何批量删除悬空镜像文件？',
      options: ['docker rmi', 'docker image prune', 'docker pull'],
      lang: 'zh',
      source: 'same-program',
    };
    expect(judge(spec, gateContextOf(notes('删除悬空镜像').cards))).toBe('ambiguous-key');
    // The same command under a task that shares no job with the asked one.
    expect(judge(spec, gateContextOf(notes('查看磁盘用量').cards))).toBeNull();
  });

  it('leaves the options and key the author wrote alone, judging only where they sit', () => {
    const author: Spec = {
      origin: 'author-choice',
      stem: 'Which of these is a text editor?',
      options: ['vim', '`ls`', 'cp'],
      source: 'author',
    };
    expect(judge(author)).toBeNull();
    expect(judge({ ...author, card: { sectionPath: ['Shell', 'References'] } })).toBe('reference-section');
  });
});
