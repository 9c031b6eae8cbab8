import type { KnownBlock, SectionBlock } from '@slack/types';
import type { Lang } from '../../../src/content/question.ts';
import type { LeaderboardEntry, LeaderboardView, PlayerStats } from '../../../src/engine/api.ts';
import { leaderboardTitle } from '../../shared/chart-requests.ts';
import { percent, t } from '../../shared/i18n.ts';
import {
  BLOCK_LIMITS,
  contextBlock,
  escapeMrkdwn,
  fallbackText,
  fitBlocks,
  fitMrkdwn,
  fitPlain,
  headerBlock,
  sectionBlock,
} from '../block-limits.ts';
import { st } from '../messages.ts';
import type { SlackMessage } from './question-blocks.ts';

function rowLine(row: LeaderboardEntry, lang: Lang): string {
  const name = escapeMrkdwn(fitPlain(row.displayName, 40));
  const bits = [
    `${row.points} ${t(lang, 'column.points')}`,
    `${t(lang, 'column.accuracy')} ${percent(lang, row.accuracy)}`,
  ];
  if (row.streak > 0) bits.push(`🔥${row.streak}`);
  return `*${row.rank}.* ${name}  ${bits.join(' · ')}`;
}

export function leaderboardBlocks(view: LeaderboardView, lang: Lang): KnownBlock[] {
  const blocks: KnownBlock[] = [headerBlock(leaderboardTitle(lang, view))];
  if (view.rows.length === 0) {
    blocks.push(sectionBlock(t(lang, 'leaderboard.empty')));
  } else {
    blocks.push(sectionBlock(view.rows.map((r) => rowLine(r, lang)).join('\n'), { escape: false }));
  }
  if (view.viewer !== null) {
    blocks.push(
      contextBlock([t(lang, 'leaderboard.you', { rank: view.viewer.rank, total: view.totalPlayers })]),
    );
  } else {
    blocks.push(contextBlock([t(lang, 'leaderboard.notRanked')]));
  }
  return blocks;
}

export function leaderboardMessage(view: LeaderboardView, lang: Lang): SlackMessage {
  const blocks = leaderboardBlocks(view, lang);
  return {
    text: fallbackText(leaderboardTitle(lang, view)),
    blocks: fitBlocks(blocks),
  };
}

function field(label: string, value: string): { type: 'mrkdwn'; text: string } {
  return {
    type: 'mrkdwn',
    text: fitMrkdwn(`*${label}*\n${value}`, BLOCK_LIMITS.fieldText, { escape: false }),
  };
}

export function statsBlocks(stats: PlayerStats | null, lang: Lang, name: string): KnownBlock[] {
  const blocks: KnownBlock[] = [headerBlock(t(lang, 'stats.title', { name }))];
  if (stats === null || stats.answered === 0) {
    blocks.push(sectionBlock(t(lang, 'stats.none')));
    return blocks;
  }
  const fields = [
    field(t(lang, 'stats.answered'), String(stats.answered)),
    field(t(lang, 'stats.correct'), String(stats.correct)),
    field(t(lang, 'stats.accuracy'), percent(lang, stats.accuracy)),
    field(t(lang, 'stats.currentStreak'), t(lang, 'stats.days', { days: stats.currentStreak })),
    field(t(lang, 'stats.bestStreak'), t(lang, 'stats.days', { days: stats.bestStreak })),
    field(t(lang, 'stats.rating'), String(Math.round(stats.rating))),
    field(t(lang, 'stats.reviewsDue'), String(stats.reviewsDue)),
  ].slice(0, BLOCK_LIMITS.sectionFields);
  const summary: SectionBlock = { type: 'section', fields };
  blocks.push(summary);
  if (stats.sections.length > 0) {
    const lines = stats.sections
      .slice(0, 15)
      .map(
        (s) =>
          `• ${escapeMrkdwn(fitPlain(s.section, 80))}: ${percent(lang, s.accuracy)} (${s.correct}/${s.answered})`,
      );
    blocks.push(sectionBlock(`*${t(lang, 'stats.sections')}*\n${lines.join('\n')}`, { escape: false }));
  }
  if (stats.weakest.length > 0) {
    blocks.push(contextBlock([`${t(lang, 'stats.weakest')}: ${stats.weakest.slice(0, 5).join(', ')}`]));
  }
  return blocks;
}

export function statsMessage(stats: PlayerStats | null, lang: Lang, name: string): SlackMessage {
  return {
    text: fallbackText(t(lang, 'stats.title', { name })),
    blocks: fitBlocks(statsBlocks(stats, lang, name)),
  };
}

export function helpMessage(lang: Lang, topics: readonly string[], isAdmin: boolean): SlackMessage {
  const blocks: KnownBlock[] = [
    headerBlock(st(lang, 'help.title')),
    sectionBlock(st(lang, 'help.body'), { escape: false }),
  ];
  if (isAdmin) blocks.push(sectionBlock(st(lang, 'help.admin'), { escape: false }));
  if (topics.length > 0)
    blocks.push(contextBlock([st(lang, 'help.topics', { topics: topics.slice(0, 40).join(', ') })]));
  return { text: fallbackText(st(lang, 'help.title')), blocks: fitBlocks(blocks) };
}

/** App Home: personal stats and the workspace leaderboard of the week. */
export function homeView(stats: PlayerStats | null, board: LeaderboardView, lang: Lang, name: string) {
  const blocks: KnownBlock[] = [
    headerBlock(st(lang, 'home.title')),
    sectionBlock(`*${st(lang, 'home.you')}*`, { escape: false }),
    ...statsBlocks(stats, lang, name).slice(1),
    { type: 'divider' },
    sectionBlock(`*${st(lang, 'home.leaderboard')}*`, { escape: false }),
    ...leaderboardBlocks(board, lang).slice(1),
    { type: 'divider' },
    contextBlock([st(lang, 'home.start')], { escape: false }),
  ];
  return { type: 'home' as const, blocks: fitBlocks(blocks, BLOCK_LIMITS.blocksPerView) };
}
