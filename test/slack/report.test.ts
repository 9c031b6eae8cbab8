import { afterEach, describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../src/engine/records.ts';
import type { StorePort } from '../../src/engine/store-port.ts';
import { createLogger } from '../../src/logger.ts';
import { createScheduler } from '../../src/schedule/scheduler.ts';
import { SAMPLE_QUESTIONS } from '../fakes/sample-questions.ts';
import { type SlackHarness, slackHarness, T1, textOf } from './slack-harness.ts';

const C1 = 'slack:T1:C1';
const C2 = 'slack:T1:C2';

let seq = 0;
/** `n` answers by distinct players to a sample question, the first `right` of them correct. */
async function answers(
  store: StorePort,
  questionId: string,
  n: number,
  right: number,
  at = '2026-01-05T10:00:00Z',
  channelId = C1,
) {
  const q = SAMPLE_QUESTIONS.find((s) => s.id === questionId);
  for (let i = 0; i < n; i++) {
    seq += 1;
    const answer: AnswerRecord = {
      roundId: `seeded-${seq}`,
      playerId: `slack:T1:U${i}`,
      tenantId: 'slack:T1',
      channelId,
      roundKind: 'daily',
      questionId,
      section: (q?.sectionPath ?? []).join(' > '),
      choice: 0,
      correct: i < right,
      selfGrade: null,
      points: 10,
      latencyMs: 1000,
      answeredAt: new Date(at),
    };
    await store.recordAnswer(answer);
  }
}

interface Block {
  readonly type: string;
  readonly text?: { readonly text: string };
  readonly elements?: readonly { readonly text: string }[];
}

const blockTexts = (blocks: unknown): string[] =>
  (blocks as Block[]).map((b) => b.text?.text ?? (b.elements ?? []).map((e) => e.text).join(' | '));

describe('Slack: /quiz report and the weekly digest', () => {
  let h: SlackHarness;
  afterEach(async () => {
    expect(h.api.violations).toEqual([]);
    await h.close();
  });

  it("answers /quiz report privately with the channel's sections, worst first, and the questions missed most", async () => {
    h = await slackHarness({ start: '2026-01-07T12:00:00Z' });
    await answers(h.store, 'q-docker-ps', 6, 2);
    await answers(h.store, 'q-git-commit', 5, 4);
    await answers(h.store, 'q-docker-image', 2, 0);
    await answers(h.store, 'q-git-branch', 9, 0, '2026-01-05T10:00:00Z', C2);
    const { responseUrl } = await h.command(T1('UBOB'), 'C1', 'report');
    const reply = await h.reply(responseUrl);
    expect(reply.body.response_type).toBe('ephemeral');
    expect(reply.body.text).toBe('Knowledge gaps by note section: this week');
    expect(blockTexts(reply.body.blocks)).toEqual([
      'Knowledge gaps by note section: this week',
      'Answers in <#C1>.',
      '*Docker › Containers*\n33% right · 6 answers · 6 players\n• `docker.md:3` Which command lists running containers? — 4 of 6 wrong',
      '*Git › Basics*\n80% right · 5 answers · 5 players\n• `git.md:2` Record changes with `git ____`. — 1 of 5 wrong',
      'Too few answers to rank (under 5): Docker › Images (2)',
      'Worst first. Trend: accuracy now against the period before, in percentage points (▲ better, ▼ worse).',
    ]);
    expect(h.api.callsOf('chat.postMessage')).toEqual([]);
  });

  it('covers the workspace on request, narrows to a topic, and names an unknown one', async () => {
    h = await slackHarness({ start: '2026-01-07T12:00:00Z' });
    await answers(h.store, 'q-docker-ps', 5, 1);
    await answers(h.store, 'q-git-branch', 5, 0, '2026-01-05T10:00:00Z', C2);
    const all = await h.command(T1('UBOB'), 'C1', 'report month workspace');
    const allText = textOf((await h.reply(all.responseUrl)).body);
    expect(allText).toContain('this month');
    expect(allText).toContain('Answers from the whole team.');
    expect(allText).toContain('Git › Branches');
    expect(allText).toContain('Docker › Containers');
    const git = await h.command(T1('UBOB'), 'C2', 'report git');
    const gitText = textOf((await h.reply(git.responseUrl)).body);
    expect(gitText).toContain('Only sections under Git.');
    expect(gitText).not.toContain('Docker');
    const unknown = await h.command(T1('UBOB'), 'C1', 'report wek');
    expect(textOf((await h.reply(unknown.responseUrl)).body)).toContain('Did you mean week?');
    const empty = await h.command(T1('UBOB'), 'C2', 'report today');
    expect(textOf((await h.reply(empty.responseUrl)).body)).toContain(
      'Nobody has answered a question yet (today).',
    );
  });

  it('fits 30 sections with long Chinese titles into one message within Block Kit limits', async () => {
    h = await slackHarness({ start: '2026-01-07T12:00:00Z', env: { SLACK_LANG: 'zh' } });
    for (let section = 0; section < 30; section++)
      for (let i = 0; i < 6; i++) {
        seq += 1;
        await h.store.recordAnswer({
          roundId: `long-${seq}`,
          playerId: `slack:T1:U${i}`,
          tenantId: 'slack:T1',
          channelId: C1,
          roundKind: 'daily',
          questionId: `gone-${section}-${i % 4}`,
          section: [`${'容器镜像与分层存储的原理说明'.repeat(12)}${section}`, '<b>&', `卡片 ${i}`].join(
            ' > ',
          ),
          choice: 1,
          correct: i === 0,
          selfGrade: null,
          points: 0,
          latencyMs: 1000,
          answeredAt: new Date('2026-01-06T10:00:00Z'),
        });
      }
    const { responseUrl } = await h.command(T1('UBOB'), 'C1', 'report');
    const reply = await h.reply(responseUrl);
    const blocks = reply.body.blocks as Block[];
    expect(blocks.length).toBeLessThanOrEqual(50);
    const texts = blockTexts(blocks);
    expect(texts.filter((t) => t.startsWith('*容器镜像'))).toHaveLength(20);
    expect(texts).toContain('……还有 10 个章节。');
    // A title's markup characters are text, not mrkdwn.
    expect(texts[2]).toContain('&lt;b&gt;&amp;');
    expect(texts[2]).toContain('题目 gone-');
  });

  it('speaks Chinese when the workspace does', async () => {
    h = await slackHarness({ start: '2026-01-07T12:00:00Z', env: { SLACK_LANG: 'zh' } });
    await answers(h.store, 'q-docker-ps', 5, 1);
    const { responseUrl } = await h.command(T1('UBOB'), 'C1', 'report');
    const texts = blockTexts((await h.reply(responseUrl)).body.blocks);
    expect(texts.slice(0, 3)).toEqual([
      '按笔记章节的知识盲区：本周',
      '<#C1> 中的作答。',
      '*Docker › Containers*\n正确率 20% · 5 次作答 · 5 人\n• `docker.md:3` Which command lists running containers? — 5 次中错 4 次',
    ]);
  });

  it('lets an admin set, show and stop the weekly digest, and refuses members and bad days', async () => {
    h = await slackHarness({ env: { SLACK_ADMIN_USER_IDS: 'UCAROL' } });
    const refused = await h.command(T1('UBOB'), 'C1', 'digest monday 09:30');
    expect(textOf((await h.reply(refused.responseUrl)).body)).toContain('Only workspace admins');
    const set = await h.command(T1('UADMIN'), 'C1', 'digest mon 9:30 Europe/Berlin');
    expect(textOf((await h.reply(set.responseUrl)).body)).toContain(
      'The knowledge-gap report of the past 7 days will be posted here every Monday at 09:30 (Europe/Berlin).',
    );
    expect(await h.store.getChannelDigest(C1)).toEqual({
      weekday: 1,
      time: '09:30',
      timezone: 'Europe/Berlin',
    });
    const shown = await h.command(T1('UCAROL'), 'C1', 'digest');
    expect(textOf((await h.reply(shown.responseUrl)).body)).toContain(
      'Weekly digest: every Monday at 09:30 (Europe/Berlin).',
    );
    const bad = await h.command(T1('UADMIN'), 'C1', 'digest funday');
    const badText = textOf((await h.reply(bad.responseUrl)).body);
    expect(badText).toContain('\\"funday\\" is not a day of the week');
    expect(badText).toContain('/quiz digest &lt;weekday&gt;');
    const badZone = await h.command(T1('UADMIN'), 'C1', 'digest friday 16:00 Mars/Olympus');
    expect(textOf((await h.reply(badZone.responseUrl)).body)).toContain('is not a timezone');
    expect(await h.store.getChannelDigest(C1)).toEqual({
      weekday: 1,
      time: '09:30',
      timezone: 'Europe/Berlin',
    });
    const off = await h.command(T1('UADMIN'), 'C1', 'digest off');
    expect(textOf((await h.reply(off.responseUrl)).body)).toContain(
      'The weekly digest is off in this channel.',
    );
    expect(await h.store.getChannelDigest(C1)).toBeNull();
  });

  it("posts the digest into the channel once, at the channel's time, with the past week's report", async () => {
    h = await slackHarness({ start: '2026-01-09T12:00:00Z' }); // a Friday
    const set = await h.command(T1('UADMIN'), 'C1', 'digest monday 09:30 Europe/Berlin');
    await h.reply(set.responseUrl);
    await answers(h.store, 'q-docker-ps', 5, 1, '2026-01-09T10:00:00Z');
    const scheduler = (instanceId: string) =>
      createScheduler({
        engine: h.engine,
        clock: h.clock,
        publishers: [h.adapter.publisher],
        logger: createLogger({ level: 'silent' }),
        instanceId,
      });
    const [a, b] = [scheduler('a'), scheduler('b')];
    h.clock.set('2026-01-12T08:29:00Z'); // 09:29 in Berlin
    expect((await a.tick()).digests).toEqual([]);
    h.clock.set('2026-01-12T08:30:00Z');
    const [first, second] = await Promise.all([a.tick(), b.tick()]);
    expect([...first.digests, ...second.digests]).toEqual([C1]);
    h.clock.set('2026-01-12T15:00:00Z');
    expect((await a.tick()).digests).toEqual([]);
    const posts = h.api.callsOf('chat.postMessage');
    expect(posts).toHaveLength(1);
    // Form-encoded on the wire: every value is a string, the blocks a JSON array.
    const body = posts[0]?.body ?? {};
    expect(body).toMatchObject({ channel: 'C1', link_names: 'false' });
    expect(body.text).toBe('📊 Weekly digest: Knowledge gaps by note section: the past 7 days');
    const texts = blockTexts(typeof body.blocks === 'string' ? JSON.parse(body.blocks) : body.blocks);
    expect(texts.slice(0, 4)).toEqual([
      '📊 Weekly digest',
      'Knowledge gaps by note section: the past 7 days',
      'Answers in <#C1>.',
      '*Docker › Containers*\n20% right · 5 answers · 5 players\n• `docker.md:3` Which command lists running containers? — 4 of 5 wrong',
    ]);
  });
});
