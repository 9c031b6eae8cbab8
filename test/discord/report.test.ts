import { afterEach, describe, expect, it } from 'vitest';
import { channelIdOf, playerIdOf, tenantIdOf } from '../../adapters/discord/platform-ids.ts';
import type { AnswerRecord } from '../../src/engine/records.ts';
import { createLogger } from '../../src/logger.ts';
import { createScheduler } from '../../src/schedule/scheduler.ts';
import { PERMISSIONS } from '../fakes/discord/discord-fixtures.ts';
import { sendAutocomplete, sendCommand, visibleText } from '../fakes/discord/fake-interactions.ts';
import { SAMPLE_QUESTIONS } from '../fakes/sample-questions.ts';
import { type DiscordHarness, discordHarness } from './discord-harness.ts';

interface Embed {
  readonly title?: string;
  readonly description?: string;
  readonly fields?: readonly { readonly name: string; readonly value: string }[];
  readonly footer?: { readonly text: string };
}

const embedOf = (body: unknown): Embed => ((body as { embeds?: Embed[] }).embeds ?? [])[0] ?? {};

let seq = 0;

describe('Discord: /report and the weekly digest', () => {
  let h: DiscordHarness;
  afterEach(async () => {
    expect(h.fake.violations).toEqual([]);
    await h.close();
  });

  /** `n` answers by distinct players of the guild to a sample question, the first `right` correct. */
  async function answers(
    questionId: string,
    n: number,
    right: number,
    channel = 0,
    at = '2026-01-05T09:00:00Z',
  ) {
    const q = SAMPLE_QUESTIONS.find((s) => s.id === questionId);
    for (let i = 0; i < n; i++) {
      seq += 1;
      const answer: AnswerRecord = {
        roundId: `seeded-${seq}`,
        playerId: playerIdOf(h.guild.id, String(1000 + i)),
        tenantId: tenantIdOf(h.guild.id),
        channelId: channelIdOf(h.guild.id, h.guild.channels[channel]?.id ?? ''),
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
      await h.store.recordAnswer(answer);
    }
  }

  it('/report is public: the server by default, a field per ranked section with file:line, the rest apart', async () => {
    h = await discordHarness();
    await answers('q-docker-ps', 6, 2);
    await answers('q-git-commit', 5, 4, 1);
    await answers('q-docker-image', 2, 0);
    const reply = await h.fake.callbackOf(sendCommand(h.fake, h.at(h.bob), 'report').id);
    expect(reply.type).toBe(4);
    expect(reply.data).not.toMatchObject({ flags: 64 });
    expect(reply.data).toMatchObject({ allowed_mentions: { parse: [] } });
    const embed = embedOf(reply.data);
    expect(embed.title).toBe('Knowledge gaps by note section: this week');
    expect(embed.description).toBe('Answers from the whole team.');
    expect(embed.fields).toEqual([
      {
        name: '1. Docker › Containers',
        value:
          '33% right · 6 answers · 6 players\n• `docker.md:3` Which command lists running containers? — 4 of 6 wrong',
      },
      {
        name: '2. Git › Basics',
        value:
          '80% right · 5 answers · 5 players\n• `git.md:2` Record changes with \\`git \\_\\_\\_\\_\\`. — 1 of 5 wrong',
      },
      { name: 'Too few answers to rank (under 5)', value: 'Docker › Images (2)' },
    ]);
    expect(embed.footer?.text).toMatch(/^Worst first\./);
  });

  it('/report fits 30 sections with long Chinese titles and markup into one embed', async () => {
    h = await discordHarness({ preferredLocale: 'zh-CN' });
    for (let section = 0; section < 30; section++)
      for (let i = 0; i < 6; i++) {
        seq += 1;
        await h.store.recordAnswer({
          roundId: `long-${seq}`,
          playerId: playerIdOf(h.guild.id, String(2000 + i)),
          tenantId: tenantIdOf(h.guild.id),
          channelId: channelIdOf(h.guild.id, h.guild.channels[0]?.id ?? ''),
          roundKind: 'daily',
          questionId: `gone-${section}-${i % 4}`,
          section: [
            `${'容器镜像与分层存储的原理说明'.repeat(12)}${section}`,
            '@everyone **x**',
            `卡片 ${i}`,
          ].join(' > '),
          choice: 1,
          correct: i === 0,
          selfGrade: null,
          points: 0,
          latencyMs: 1000,
          answeredAt: new Date('2026-01-05T09:00:00Z'),
        });
      }
    const reply = await h.fake.callbackOf(sendCommand(h.fake, h.at(h.bob), 'report').id);
    const embed = embedOf(reply.data);
    const size =
      (embed.title ?? '').length +
      (embed.description ?? '').length +
      (embed.footer?.text ?? '').length +
      (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(size).toBeLessThanOrEqual(6000);
    expect(embed.fields?.length).toBeGreaterThan(3);
    expect(embed.fields?.[0]?.name).toContain('\\@everyone \\*\\*x\\*\\*');
  });

  it('/report narrows to this channel and a topic, suggests topics, and speaks Chinese', async () => {
    h = await discordHarness({ preferredLocale: 'zh-CN' });
    await answers('q-docker-ps', 5, 1);
    await answers('q-git-commit', 5, 4, 1);
    const here = await h.fake.callbackOf(
      sendCommand(h.fake, h.at(h.bob), 'report', [
        { name: 'period', type: 3, value: 'month' },
        { name: 'scope', type: 3, value: 'channel' },
      ]).id,
    );
    const embed = embedOf(here.data);
    expect(embed.title).toBe('按笔记章节的知识盲区：本月');
    expect(embed.description).toBe(`<#${h.guild.channels[0]?.id}> 中的作答。`);
    expect(embed.fields?.map((f) => f.name)).toEqual(['1. Docker › Containers']);
    expect(embed.fields?.[0]?.value).toContain('正确率 20% · 5 次作答 · 5 人');
    const git = await h.fake.callbackOf(
      sendCommand(h.fake, h.at(h.bob), 'report', [{ name: 'topic', type: 3, value: 'Git' }]).id,
    );
    expect(visibleText(git.data)).toContain('Git › Basics');
    expect(visibleText(git.data)).not.toContain('Docker');
    const unknown = await h.fake.callbackOf(
      sendCommand(h.fake, h.at(h.bob), 'report', [{ name: 'topic', type: 3, value: 'Kubernetes' }]).id,
    );
    expect(unknown.data).toMatchObject({ flags: 64 });
    const suggested = await h.fake.callbackOf(
      sendAutocomplete(h.fake, h.at(h.bob), 'report', [
        { name: 'topic', type: 3, value: 'doc', focused: true },
      ]).id,
    );
    expect((suggested.data as { choices: { name: string }[] }).choices.map((c) => c.name)).toContain(
      'Docker',
    );
  });

  it('/quiz-admin digest sets, shows and stops the weekly digest; it is posted once, pinging nobody', async () => {
    h = await discordHarness();
    const general = h.guild.channels[0];
    if (general === undefined) throw new Error('no channel');
    const channelId = channelIdOf(h.guild.id, general.id);
    const admin = (
      sub: string,
      options: { name: string; type: number; value: string }[] = [],
      manager = true,
    ) =>
      h.fake.callbackOf(
        sendCommand(
          h.fake,
          h.at(h.alice, { permissions: manager ? PERMISSIONS.manager : PERMISSIONS.member }),
          'quiz-admin',
          [{ name: sub, type: 1, options }],
        ).id,
      );
    expect(
      visibleText((await admin('digest', [{ name: 'day', type: 3, value: '1' }], false)).data),
    ).toContain('Manage Server');
    const badTime = await admin('digest', [
      { name: 'day', type: 3, value: '1' },
      { name: 'time', type: 3, value: '9am' },
    ]);
    expect(visibleText(badTime.data)).toContain('is not a time');
    const set = await admin('digest', [
      { name: 'day', type: 3, value: '1' },
      { name: 'time', type: 3, value: '09:30' },
      { name: 'timezone', type: 3, value: 'Europe/Berlin' },
    ]);
    expect(visibleText(set.data)).toContain(
      'The knowledge-gap report of the past 7 days will be posted here every Monday at 09:30 (Europe/Berlin).',
    );
    expect(visibleText((await admin('status')).data)).toContain(
      'Weekly digest: every Monday at 09:30 (Europe/Berlin).',
    );

    await answers('q-docker-ps', 5, 1, 0, '2026-01-08T09:00:00Z');
    const scheduler = createScheduler({
      engine: h.engine,
      clock: h.clock,
      publishers: [h.adapter.publisher],
      logger: createLogger({ level: 'silent' }),
      instanceId: 'test',
    });
    h.clock.set('2026-01-12T08:30:00Z'); // Monday 09:30 in Berlin
    expect((await scheduler.tick()).digests).toEqual([channelId]);
    h.clock.set('2026-01-12T09:30:00Z');
    expect((await scheduler.tick()).digests).toEqual([]);
    await scheduler.stop();
    const digests = [...h.fake.messages.values()].filter((m) =>
      visibleText(m.body).includes('📊 Weekly digest'),
    );
    expect(digests).toHaveLength(1);
    expect(digests[0]?.channelId).toBe(general.id);
    expect(digests[0]?.body.allowed_mentions).toEqual({ parse: [], users: [] });
    const embed = embedOf(digests[0]?.body);
    expect(embed.title).toBe('📊 Weekly digest');
    expect(embed.description).toBe(
      `**Knowledge gaps by note section: the past 7 days**\nAnswers in <#${general.id}>.`,
    );
    expect(embed.fields?.[0]?.name).toBe('1. Docker › Containers');

    expect(visibleText((await admin('digest', [{ name: 'day', type: 3, value: 'off' }])).data)).toContain(
      'The weekly digest is off in this channel.',
    );
    expect(await h.store.getChannelDigest(channelId)).toBeNull();
  });
});
