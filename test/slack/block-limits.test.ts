import { describe, expect, it } from 'vitest';
import {
  BLOCK_LIMITS,
  button,
  fitBlocks,
  fitMrkdwn,
  fitPlain,
  sectionBlock,
  sectionBlocks,
} from '../../adapters/slack/block-limits.ts';
import {
  dailyOpenMessage,
  dailyResultsMessage,
  practiceQuestionMessage,
} from '../../adapters/slack/render/question-blocks.ts';
import { homeView, leaderboardMessage } from '../../adapters/slack/render/standings-blocks.ts';
import type { Question } from '../../src/content/question.ts';
import type { RoundRecord } from '../../src/engine/records.ts';
import { checkBlocks, checkMessage } from '../fakes/slack/block-kit-check.ts';
import { LONG_ZH_QUESTION } from './slack-harness.ts';

const ZH = '容器共享宿主机内核，镜像分层存储；'; // 17 characters
const EMOJI = '🐳'; // a surrogate pair

const round: RoundRecord = {
  id: 'r1',
  tenantId: 'slack:T1',
  channelId: 'slack:T1:C1',
  kind: 'daily',
  questionId: 'q',
  ownerId: null,
  localDate: '2026-01-05',
  opensAt: new Date('2026-01-05T09:00:00Z'),
  closesAt: new Date('2026-01-05T17:00:00Z'),
  status: 'open',
  postRef: 'C1:1.1',
  late: false,
  resultsPostedAt: null,
};

/** A question at every content limit at once: 1,500-character Chinese stem, 30 options of 75 characters. */
const HUGE: Question = {
  ...LONG_ZH_QUESTION,
  stem: `${ZH.repeat(88)}<b>&`,
  options: Array.from({ length: 30 }, (_, i) => `${i}${EMOJI}${ZH.repeat(5)}`.slice(0, 75)),
  correctIndex: 29,
  answer: `${LONG_ZH_QUESTION.answer}${'**粗体** & <尖括号> '.repeat(500)}`,
};

describe('Block Kit limits, enforced in one module', () => {
  it('cuts plain text on grapheme boundaries, never splitting a surrogate pair', () => {
    const cut = fitPlain(EMOJI.repeat(100), BLOCK_LIMITS.buttonText);
    expect(cut.length).toBeLessThanOrEqual(75);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.slice(0, -1)).toBe(EMOJI.repeat((cut.length - 1) / 2));
  });

  it('escapes &, <, > and never cuts inside an entity', () => {
    const cut = fitMrkdwn('&'.repeat(5000), 3000);
    expect(cut.length).toBeLessThanOrEqual(3000);
    expect(cut.replace('…', '')).toMatch(/^(&amp;)+$/);
  });

  it('closes a code block left open by a cut and reopens it in the next section', () => {
    const text = `intro\n\`\`\`\n${'echo 你好\n'.repeat(800)}\`\`\``;
    const one = fitMrkdwn(text, 3000, { escape: false });
    expect(one.split('```').length % 2).toBe(1);
    const many = sectionBlocks(text, 5, { escape: false });
    expect(many.length).toBeGreaterThan(1);
    for (const block of many) {
      const t = block.text?.text ?? '';
      expect(t.length).toBeLessThanOrEqual(3000);
      expect(t.split('```').length % 2).toBe(1);
    }
  });

  it('keeps a section within 3,000 characters of long Chinese text', () => {
    const block = sectionBlock(ZH.repeat(1000));
    expect(block.text?.text.length).toBeLessThanOrEqual(3000);
    expect(checkBlocks([block], 50)).toEqual([]);
  });

  it('refuses rather than cuts a button value (an id cut short would be a different id)', () => {
    expect(() => button({ actionId: 'a', text: 'x', value: 'v'.repeat(2001) })).toThrow(/2000/);
  });

  it('keeps at most 50 blocks and says something was left out', () => {
    const blocks = Array.from({ length: 80 }, (_, i) => sectionBlock(`line ${i}`));
    const fitted = fitBlocks(blocks);
    expect(fitted).toHaveLength(50);
    expect(JSON.stringify(fitted.at(-1))).toContain('…');
  });

  it('renders the largest possible question, its results, practice, leaderboard and App Home within every limit', () => {
    const open = dailyOpenMessage(round, HUGE, {
      lang: 'zh',
      late: true,
      timezone: 'Asia/Shanghai',
      answers: 12345,
    });
    expect(checkMessage({ ...open })).toEqual([]);
    const results = dailyResultsMessage(
      {
        round: { ...round, status: 'closed' },
        question: HUGE,
        answered: 300,
        correct: 200,
        fastest: Array.from({ length: 50 }, (_, i) => ({
          playerId: `p${i}`,
          displayName: `${ZH.repeat(10)}${i}`,
          latencyMs: 1000 + i,
        })),
      },
      { lang: 'zh' },
    );
    expect(checkMessage({ ...results })).toEqual([]);
    expect(JSON.stringify(results.blocks)).toContain('docker-interview-zh.md:120');
    expect(checkMessage({ ...practiceQuestionMessage(round, HUGE, 'en') })).toEqual([]);
    const rows = Array.from({ length: 10 }, (_, i) => ({
      rank: i + 1,
      playerId: `p${i}`,
      displayName: ZH.repeat(20),
      points: 100 - i,
      answered: 10,
      correct: 5,
      accuracy: 0.5,
      streak: 3,
      rating: 1500,
    }));
    const board = {
      period: 'week' as const,
      scope: { kind: 'topic' as const, topic: ZH.repeat(20) },
      sections: [ZH.repeat(20)],
      timezone: 'UTC',
      rows,
      viewer: rows[3] ?? null,
      totalPlayers: 10,
    };
    expect(checkMessage({ ...leaderboardMessage(board, 'zh') })).toEqual([]);
    expect(checkBlocks(homeView(null, board, 'zh', ZH).blocks, 100)).toEqual([]);
  });
});
