import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { channelIdOf, playerIdOf, tenantIdOf } from '../../adapters/discord/platform-ids.ts';
import {
  ChartRenderError,
  type ChartRenderer,
  createChartRenderer,
} from '../../adapters/shared/charts/index.ts';
import { decodePng } from '../charts/png-check.ts';
import type { StoredMessage } from '../fakes/discord/fake-discord.ts';
import { sendCommand, visibleText } from '../fakes/discord/fake-interactions.ts';
import { heldRenderer } from '../fakes/held-renderer.ts';
import { seedScores } from '../fakes/seed-scores.ts';
import { type DiscordHarness, discordHarness } from './discord-harness.ts';

/**
 * /leaderboard and /stats reply in text at once (the 3-second acknowledgement never waits for a picture),
 * then the chart worker draws the picture and the same message is edited to carry it: the PNG attached and
 * shown as the embed's image, with alt text. A picture that fails never costs the text.
 */

const LOOK = process.env.CHART_LOOK_DIR;

describe('Discord: a chart beside /leaderboard and /stats', () => {
  let real: ChartRenderer;
  let h: DiscordHarness | null = null;
  beforeAll(() => {
    real = createChartRenderer();
  });
  afterAll(async () => {
    await real.close();
  });
  afterEach(async () => {
    expect(h?.fake.violations).toEqual([]);
    await h?.close();
    h = null;
  });

  const start = async (charts: ChartRenderer) => {
    const harness = await discordHarness({ charts });
    const g = harness.guild.id;
    const general = harness.guild.channels[0]?.id ?? '';
    await seedScores(
      harness.store,
      { tenantId: tenantIdOf(g), channelId: channelIdOf(g, general) },
      [
        { id: playerIdOf(g, harness.alice.id), name: 'alice', weeks: [{ answered: 6, correct: 5 }] },
        {
          id: playerIdOf(g, harness.bob.id),
          name: 'bob',
          weeks: [
            { answered: 4, correct: 1 },
            { answered: 5, correct: 4 },
          ],
        },
        { id: playerIdOf(g, harness.carol.id), name: '王芳', weeks: [{ answered: 2, correct: 1 }] },
      ],
      harness.clock.now(),
    );
    h = harness;
    return harness;
  };

  /** The files of the edits that carried a picture: PATCHes of the interaction's webhook message. */
  const pictureEdits = (s: DiscordHarness) =>
    s.fake.requests.filter(
      (r) => r.method === 'PATCH' && r.path.startsWith('/webhooks/') && r.files.length > 0,
    );

  it('answers /leaderboard in public text first, then attaches a PNG under it in the same message', async () => {
    const held = heldRenderer(real);
    const s = await start(held.renderer);
    const interaction = sendCommand(s.fake, s.at(s.bob), 'leaderboard', [
      { name: 'period', type: 3, value: 'all' },
    ]);
    const callback = await s.fake.callbackOf(interaction.id);
    // The reply itself: text, public, no file yet; the picture is still being drawn.
    expect(callback.type).toBe(4);
    expect(callback.data).not.toMatchObject({ flags: 64 });
    expect(visibleText(callback.data)).toContain('Leaderboard: everyone, all time');
    await held.askedOnce;
    expect(pictureEdits(s)).toEqual([]);
    held.release();

    const resolved = await s.fake.waitFor(() => pictured(s, interaction.id));
    const [attachment] = resolved.attachments;
    if (attachment === undefined) throw new Error('no attachment');
    expect(attachment).toMatchObject({
      filename: 'leaderboard.png',
      contentType: 'image/png',
      description: 'Chart of Leaderboard: everyone, all time. The text beside it has the same figures.',
    });
    const picture = decodePng(attachment.bytes);
    expect(picture.width).toBe(1280);
    // The embed keeps its text and shows the picture under it.
    const embed = (resolved.body.embeds as Record<string, unknown>[])[0];
    expect(embed).toMatchObject({ image: { url: 'attachment://leaderboard.png' } });
    expect(visibleText(resolved.body)).toContain('Leaderboard: everyone, all time');
    expect(visibleText(resolved.body)).toContain('bob: You: #2 of 3');
    // discord.js sent it as Discord wants it: payload_json plus files[0], listed in attachments.
    const [edit] = pictureEdits(s);
    expect(edit?.files.map((f) => f.key)).toEqual(['files[0]']);
    expect(edit?.body).toMatchObject({ attachments: [{ id: '0' }] });
    if (LOOK !== undefined) save('discord-leaderboard-en.png', attachment.bytes);
  });

  it('attaches the private /stats chart in Chinese for a Chinese client', async () => {
    const s = await start(real);
    const interaction = sendCommand(s.fake, s.at(s.bob, { locale: 'zh-CN' }), 'stats');
    const callback = await s.fake.callbackOf(interaction.id);
    expect(callback.data).toMatchObject({ flags: 64 });
    expect(visibleText(callback.data)).toContain('bob 的统计');
    const message = await s.fake.waitFor(() => pictured(s, interaction.id));
    const [attachment] = message.attachments;
    expect(attachment).toMatchObject({
      filename: 'player-stats.png',
      description: 'bob 的统计的图表。旁边的文字有相同的数据。',
    });
    expect(decodePng(attachment?.bytes ?? new Uint8Array()).width).toBeGreaterThanOrEqual(1280);
    expect(visibleText(message.body)).toContain('正确率');
    if (LOOK !== undefined && attachment !== undefined) save('discord-stats-zh.png', attachment.bytes);
  });

  it('attaches a PNG of the knowledge-gap report under its public text', async () => {
    const s = await start(real);
    const interaction = sendCommand(s.fake, s.at(s.bob), 'report', [
      { name: 'period', type: 3, value: 'all' },
    ]);
    const callback = await s.fake.callbackOf(interaction.id);
    expect(callback.data).not.toMatchObject({ flags: 64 });
    const message = await s.fake.waitFor(() => pictured(s, interaction.id));
    const [attachment] = message.attachments;
    expect(attachment).toMatchObject({ filename: 'section-report.png', contentType: 'image/png' });
    expect(decodePng(attachment?.bytes ?? new Uint8Array()).width).toBeGreaterThanOrEqual(1280);
    const embed = (message.body.embeds as Record<string, unknown>[])[0];
    expect(embed).toMatchObject({ image: { url: 'attachment://section-report.png' } });
    if (LOOK !== undefined && attachment !== undefined) save('discord-report-en.png', attachment.bytes);
  });

  it('keeps the text as it was and logs why when the picture cannot be drawn', async () => {
    const s = await start({
      render: async () => {
        throw new ChartRenderError('render_failed', 'chart not drawn: out of memory');
      },
      close: async () => {},
    });
    const interaction = sendCommand(s.fake, s.at(s.alice), 'stats');
    expect(visibleText((await s.fake.callbackOf(interaction.id)).data)).toContain('Stats for alice');
    await s.adapter.stop();
    expect(pictureEdits(s)).toEqual([]);
    expect((await s.responseOf(interaction)).attachments).toEqual([]);
    expect(s.logs.join('')).toContain('chart not drawn; the text reply went out without it');
  });

  it('draws nothing for a board without scores', async () => {
    const held = heldRenderer(real);
    const s = await start(held.renderer);
    // The scores are all in #general; this channel's board is empty.
    const quiz = s.guild.channels[1];
    if (quiz === undefined) throw new Error('no channel');
    const interaction = sendCommand(s.fake, s.at(s.alice, { channel: quiz }), 'leaderboard', [
      { name: 'period', type: 3, value: 'all' },
      { name: 'scope', type: 3, value: 'channel' },
    ]);
    expect(visibleText((await s.fake.callbackOf(interaction.id)).data)).toContain('No scores yet');
    await s.adapter.stop();
    expect(held.asked).toEqual([]);
    expect(pictureEdits(s)).toEqual([]);
  });
});

/** The interaction's message once it carries an attachment; undefined until then. */
function pictured(s: DiscordHarness, interactionId: string): StoredMessage | undefined {
  const id = s.fake.interactions.get(interactionId)?.originalId;
  const message = id === null || id === undefined ? undefined : s.fake.messages.get(id);
  return message !== undefined && message.attachments.length > 0 ? message : undefined;
}

function save(name: string, bytes: Uint8Array): void {
  const dir = path.resolve(LOOK ?? '.');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), bytes);
}
