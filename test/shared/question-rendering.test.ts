import { describe, expect, it } from 'vitest';
import { dailyPostBody } from '../../adapters/discord/render-daily.ts';
import { optionButtons as discordButtons, questionText } from '../../adapters/discord/render-question.ts';
import { questionStem } from '../../adapters/shared/question-text.ts';
import { duelQuestionMessage } from '../../adapters/slack/render/duel-blocks.ts';
import { dailyOpenMessage, practiceQuestionMessage } from '../../adapters/slack/render/question-blocks.ts';
import { renderQuestion } from '../../adapters/terminal/render-text.ts';
import { buildDeck } from '../../src/content/build-deck.ts';
import type { Question } from '../../src/content/question.ts';
import type { DuelRecord, RoundRecord } from '../../src/engine/records.ts';
import { canonicalQuestion, decodeQuestion } from '../../src/store/prisma/question-payload.ts';

const round: RoundRecord = {
  id: 'r1',
  tenantId: 't',
  channelId: 't:c',
  kind: 'daily',
  questionId: 'q',
  ownerId: null,
  localDate: '2026-01-05',
  opensAt: new Date('2026-01-05T09:00:00Z'),
  closesAt: null,
  status: 'open',
  postRef: null,
  late: false,
  resultsPostedAt: null,
};

/** A cloze made from Chinese notes, as the content pipeline builds it. */
const CLOZE: Question = {
  id: 'c1:cloze:blank-1',
  cardId: 'c1',
  deck: 'docker',
  kind: 'cloze',
  lang: 'zh',
  stem: '＿＿＿ 命令用于容器与主机之间的数据拷贝',
  frame: { kind: 'cloze' },
  options: ['docker cp', 'docker tag', 'docker save'],
  correctIndex: 0,
  answer: '`docker cp` 命令用于容器与主机之间的数据拷贝',
  source: { file: 'docker.md', line: 3 },
  sectionPath: ['Docker', '拷贝'],
  tags: [],
};

const slackButtons = (message: { blocks: unknown[] }): string[] =>
  message.blocks.flatMap((b) => {
    const block = b as { type: string; elements?: { text?: { text: string } }[] };
    return block.type === 'actions' ? (block.elements ?? []).map((e) => e.text?.text ?? '') : [];
  });

describe('the generated frame follows the language the player or channel chose', () => {
  it('words the frame in English around Chinese note text, and in Chinese for a Chinese channel', () => {
    expect(questionStem('en', CLOZE)).toBe('Fill in the blank:\n> ＿＿＿ 命令用于容器与主机之间的数据拷贝');
    expect(questionStem('zh', CLOZE)).toBe('填空：\n> ＿＿＿ 命令用于容器与主机之间的数据拷贝');
    const slack = JSON.stringify(
      dailyOpenMessage(round, CLOZE, { lang: 'en', late: false, timezone: 'UTC', answers: 0 }),
    );
    expect(slack).toContain('Fill in the blank');
    expect(slack).not.toContain('填空');
    expect(slack).toContain('命令用于容器与主机之间的数据拷贝');
    const discord = dailyPostBody('en', { round, question: CLOZE }, 0).embeds?.[0]?.description ?? '';
    expect(discord).toContain('Fill in the blank:\n> ＿＿＿ 命令用于容器与主机之间的数据拷贝');
    expect(renderQuestion('zh', CLOZE, '每日一题')).toContain('填空：\n> ＿＿＿');
    expect(renderQuestion('en', CLOZE, 'Daily')).toContain('Fill in the blank:');
  });

  it('words every frame the pipeline makes, in both languages, with the note text untouched', () => {
    const deck = buildDeck([
      {
        path: 'signals.md',
        text: [
          '## Signals',
          '',
          '- **SIGTERM**: asks a process to stop politely',
          '- **SIGKILL**: stops a process at once and cannot be caught',
          '- **SIGHUP**: tells a daemon that its terminal went away',
          '- **SIGINT**: interrupts a process from the keyboard',
        ].join('\n'),
      },
    ]);
    const framed = deck.questions.filter((q) => q.frame);
    expect(new Set(framed.map((q) => q.frame?.kind))).toEqual(new Set(['explain', 'what-is', 'which-term']));
    for (const q of framed) {
      const en = questionStem('en', q);
      const zh = questionStem('zh', q);
      expect(en).toContain(q.stem);
      expect(zh).toContain(q.stem);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).not.toBe(zh);
    }
  });

  it('shows a question stored before frames existed as its stem, and stores the frame with the question', () => {
    const { frame: _frame, ...old } = { ...CLOZE, stem: '填空：\n> ＿＿＿ 命令用于容器与主机之间的数据拷贝' };
    const decoded = decodeQuestion(JSON.stringify(old));
    expect(decoded.frame ?? null).toBeNull();
    expect(questionStem('en', decoded)).toBe(old.stem);
    expect(decodeQuestion(canonicalQuestion(CLOZE).payload)).toEqual(CLOZE);
  });

  it("shows a table row's question with the card's question when its header names no kind, stored or not", () => {
    const row: Question = {
      ...CLOZE,
      kind: 'table-row',
      lang: 'en',
      stem: 'Default, good for isolated containers',
      frame: {
        kind: 'which-row',
        header: 'Type',
        context: 'What are the different Docker networking types?',
      },
      options: ['Bridge', 'Host', 'Overlay', 'None'],
    };
    expect(questionStem('en', row)).toBe(
      'What are the different Docker networking types?\nWhich Type matches this description?\n> Default, good for isolated containers',
    );
    expect(decodeQuestion(canonicalQuestion(row).payload)).toEqual(row);
    // Stored before the context existed: read without it.
    const { context: _context, ...before } = row.frame as {
      kind: 'which-row';
      header: string;
      context: string;
    };
    const old = decodeQuestion(JSON.stringify({ ...row, frame: before }));
    expect(questionStem('en', old)).toBe(
      'Which Type matches this description?\n> Default, good for isolated containers',
    );
  });
});

describe('long options: every option in full as text, letters on the buttons', () => {
  // Four options that share their first 80 characters: cut to fit a button, they would look alike.
  const prefix =
    '容器与宿主机共享同一个内核，通过命名空间隔离进程、网络和挂载点，通过控制组限制每个进程组可以使用的处理器、内存和磁盘带宽，因此与传统虚拟机相比启动很快、占用很少，';
  const LONG: Question = {
    ...CLOZE,
    kind: 'definition',
    stem: '容器',
    frame: { kind: 'what-is', context: '' },
    options: [
      `${prefix}适合微服务。`,
      `${prefix}适合批处理。`,
      `${prefix}适合桌面应用。`,
      `${prefix}适合嵌入式设备。`,
    ],
  };

  it('Slack: the options block holds each option whole and the buttons carry only A–D', () => {
    expect(prefix.length).toBeGreaterThan(75);
    for (const message of [
      dailyOpenMessage(round, LONG, { lang: 'zh', late: false, timezone: 'UTC', answers: 0 }),
      practiceQuestionMessage(round, LONG, 'en'),
    ]) {
      expect(slackButtons(message)).toEqual(['A', 'B', 'C', 'D']);
      const text = JSON.stringify(message.blocks);
      for (const o of LONG.options) expect(text).toContain(o);
    }
    // Short options keep their text on the buttons.
    expect(slackButtons(practiceQuestionMessage(round, CLOZE, 'en'))).toEqual([
      'A. docker cp',
      'B. docker tag',
      'C. docker save',
    ]);
  });

  it('Discord: the embed lists each option whole and the buttons carry only A–D', () => {
    const labels = discordButtons(
      'zh',
      LONG,
      () => ({ kind: 'reveal', roundId: 'r', topicKey: '' }),
      null,
    ).map((b) => b.label);
    expect(labels).toEqual(['A', 'B', 'C', 'D']);
    const text = questionText('zh', LONG);
    LONG.options.forEach((o, i) => {
      expect(text).toContain(`**${String.fromCharCode(65 + i)}.** ${o}`);
    });
    const short = discordButtons('en', CLOZE, () => ({ kind: 'reveal', roundId: 'r', topicKey: '' }), null);
    expect(short.map((b) => b.label)).toEqual(['A. docker cp', 'B. docker tag', 'C. docker save']);
  });

  it('the terminal prints every option whole', () => {
    const text = renderQuestion('zh', LONG, '练习');
    for (const o of LONG.options) expect(text).toContain(o);
  });
});

describe('every question names the sections above it, as its topic', () => {
  // "When is a value dropped?" is a Rust question only beside a topic that says Rust.
  const RUST: Question = {
    ...CLOZE,
    id: 'r1:choice:0',
    kind: 'choice',
    lang: 'en',
    stem: 'When is a value dropped?',
    frame: undefined,
    options: ['When its owner goes out of scope', 'When the program exits', 'When it is copied'],
    sectionPath: ['Rust Ownership Quiz', 'Q3'],
  };
  const DUEL: DuelRecord = {
    id: 'd1',
    tenantId: 't',
    channelId: 't:c',
    challengerId: 't:u1',
    opponentId: 't:u2',
    topic: null,
    questionIds: [RUST.id],
    status: 'active',
    createdAt: new Date('2026-01-05T08:59:00Z'),
    expiresAt: new Date('2026-01-05T10:00:00Z'),
    acceptedAt: new Date('2026-01-05T09:00:00Z'),
    settledAt: null,
    winnerId: null,
    challengerRatingDelta: null,
    opponentRatingDelta: null,
    postRef: null,
  };
  const topicOf = (text: string): boolean => text.includes('Topic: Rust Ownership Quiz');

  it('Slack: the daily post, a practice question and a duel question', () => {
    const daily = dailyOpenMessage(round, RUST, { lang: 'en', late: false, timezone: 'UTC', answers: 0 });
    expect(topicOf(JSON.stringify(daily.blocks))).toBe(true);
    expect(topicOf(JSON.stringify(practiceQuestionMessage(round, RUST, 'en').blocks))).toBe(true);
    const duel = duelQuestionMessage(
      { duel: DUEL, index: 0, total: 3, question: RUST, deadline: new Date('2026-01-05T09:01:00Z') },
      'en',
      'UTC',
      new Date('2026-01-05T09:00:00Z'),
    );
    expect(topicOf(JSON.stringify(duel.blocks))).toBe(true);
  });

  it('Discord and the terminal', () => {
    const body = dailyPostBody('en', { round, question: RUST }, 0);
    expect(topicOf(JSON.stringify(body.embeds))).toBe(true);
    expect(renderQuestion('en', RUST, 'Practice')).toContain('Rust Ownership Quiz');
  });

  it('names no topic for a question at the top of its note', () => {
    const top = { ...RUST, sectionPath: ['Q3'] };
    const daily = dailyOpenMessage(round, top, { lang: 'en', late: false, timezone: 'UTC', answers: 0 });
    expect(JSON.stringify(daily.blocks)).not.toContain('Topic:');
  });
});
