import type { ChatInputCommandInteraction } from 'discord.js';
import type { Lang } from '../../src/content/question.ts';
import type { LeaderboardEntry, LeaderboardView, PlayerStats, Scope } from '../../src/engine/api.ts';
import { DEFAULT_PERIOD, PERIODS } from '../../src/engine/calendar.ts';
import { leaderboardChart, leaderboardTitle, playerStatsChart } from '../shared/chart-requests.ts';
import { percent, t } from '../shared/i18n.ts';
import { withChart } from './attach-chart.ts';
import { type HandlerContext, rejectedTopic } from './handler-context.ts';
import type { InteractionScope } from './interaction-scope.ts';
import { COLOR, mention } from './message-body.ts';
import { plainText } from './plain-text.ts';
import { discordUserOf, playerIdOf } from './platform-ids.ts';
import type { Reply } from './respond-in-time.ts';
import { optionTopic } from './topic-autocomplete.ts';

/** /leaderboard (public) and /stats (private). */

const ROWS = 10;

function who(entry: { playerId: string; displayName: string }): string {
  const user = discordUserOf(entry.playerId);
  return user === null ? plainText(entry.displayName) : mention(user);
}

function row(lang: Parameters<typeof percent>[0], e: LeaderboardEntry): string {
  const medal = e.rank === 1 ? '🥇' : e.rank === 2 ? '🥈' : e.rank === 3 ? '🥉' : `**${e.rank}.**`;
  return `${medal} ${who(e)} — ${e.points} · ${percent(lang, e.accuracy)} · 🔥${e.streak} · ${e.rating}`;
}

export async function leaderboardCommand(
  ctx: HandlerContext,
  scope: InteractionScope,
  interaction: ChatInputCommandInteraction,
): Promise<Reply> {
  const periodOption = interaction.options.getString('period');
  const period = PERIODS.find((p) => p === periodOption) ?? DEFAULT_PERIOD;
  const topic = optionTopic(ctx.engine, interaction.options.getString('topic'));
  const where: Scope =
    topic !== undefined
      ? { kind: 'topic', topic }
      : interaction.options.getString('scope') === 'channel'
        ? { kind: 'channel', channelId: scope.place.channelId }
        : { kind: 'tenant' };
  const view = await ctx.engine.leaderboard(scope.actor.tenantId, period, where, {
    limit: ROWS,
    viewerId: scope.actor.playerId,
  });
  if (where.kind === 'topic' && view.sections.length === 0)
    return rejectedTopic(ctx.engine, scope.lang, 'unknown_topic', where.topic);
  const lang = scope.publicLang;
  const reply = leaderboardReply(lang, view, interaction.user.displayName);
  return withChart(ctx, interaction, lang, reply, leaderboardChart(lang, view));
}

function leaderboardReply(lang: Lang, view: LeaderboardView, asker: string): Reply {
  const header = `${t(lang, 'column.points')} · ${t(lang, 'column.accuracy')} · ${t(lang, 'column.streak')} · ${t(lang, 'column.rating')}`;
  const lines =
    view.rows.length === 0
      ? [t(lang, 'leaderboard.empty')]
      : [`-# ${header}`, ...view.rows.map((e) => row(lang, e))];
  const viewer = view.viewer;
  const footer =
    viewer === null
      ? t(lang, 'leaderboard.notRanked')
      : t(lang, 'leaderboard.you', { rank: viewer.rank, total: view.totalPlayers });
  return {
    kind: 'reply',
    ephemeral: false,
    body: {
      embeds: [
        {
          title: leaderboardTitle(lang, view),
          description: lines.join('\n'),
          color: COLOR.question,
          // Footers are plain text (no markdown, no mentions): the name is shown as is.
          footer: { text: `${asker}: ${footer}` },
        },
      ],
    },
  };
}

export async function statsCommand(
  ctx: HandlerContext,
  scope: InteractionScope,
  interaction: ChatInputCommandInteraction,
): Promise<Reply> {
  const user = interaction.options.getUser('user') ?? interaction.user;
  const lang = scope.lang;
  const stats = await ctx.engine.stats(playerIdOf(scope.guildId, user.id));
  if (stats === null || stats.answered === 0) {
    return {
      kind: 'reply',
      ephemeral: true,
      body: { embeds: [{ description: t(lang, 'stats.none'), color: COLOR.neutral }] },
    };
  }
  return withChart(ctx, interaction, lang, statsReply(lang, stats), playerStatsChart(lang, stats));
}

function statsReply(lang: Lang, stats: PlayerStats): Reply {
  const days = (n: number) => t(lang, 'stats.days', { days: n });
  const sections = stats.sections
    .slice(0, 8)
    .map((s) => `${s.section} — ${s.correct}/${s.answered} (${percent(lang, s.accuracy)})`)
    .join('\n');
  return {
    kind: 'reply',
    ephemeral: true,
    body: {
      embeds: [
        {
          title: t(lang, 'stats.title', { name: plainText(stats.player.displayName) }),
          color: COLOR.question,
          fields: [
            { name: t(lang, 'stats.answered'), value: String(stats.answered), inline: true },
            { name: t(lang, 'stats.correct'), value: String(stats.correct), inline: true },
            { name: t(lang, 'stats.accuracy'), value: percent(lang, stats.accuracy), inline: true },
            { name: t(lang, 'stats.currentStreak'), value: days(stats.currentStreak), inline: true },
            { name: t(lang, 'stats.bestStreak'), value: days(stats.bestStreak), inline: true },
            { name: t(lang, 'stats.rating'), value: String(stats.rating), inline: true },
            { name: t(lang, 'stats.reviewsDue'), value: String(stats.reviewsDue), inline: true },
            ...(sections === '' ? [] : [{ name: t(lang, 'stats.sections'), value: sections }]),
            ...(stats.weakest.length === 0
              ? []
              : [{ name: t(lang, 'stats.weakest'), value: stats.weakest.join('\n') }]),
          ],
        },
      ],
    },
  };
}
