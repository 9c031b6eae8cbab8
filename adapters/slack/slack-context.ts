import type pino from 'pino';
import type { Lang } from '../../src/content/question.ts';
import type { Actor, Place, QuizEngine } from '../../src/engine/api.ts';
import type { Clock } from '../../src/engine/clock.ts';
import type { ChartDrawer } from '../shared/draw-chart.ts';
import type { AnswerCounts } from './answer-counts.ts';
import type { SlackConfig } from './config.ts';
import type { InFlight } from './in-flight.ts';
import type { PostedRound } from './publisher.ts';
import { channelIdOf, playerIdOf, tenantIdOf } from './slack-ids.ts';
import type { WorkspaceParts } from './workspaces.ts';

export type ReloadContent = () => Promise<{
  added: number;
  updated: number;
  retired: number;
  problems: number;
}>;

/**
 * What every handler needs: what the adapter shares (built once in index.ts) and the parts of the
 * workspace the request came from (workspaces.ts), so each call uses that workspace's token.
 */
export interface SlackContext extends WorkspaceParts {
  readonly engine: QuizEngine;
  readonly logger: pino.Logger;
  readonly clock: Clock;
  readonly config: SlackConfig;
  readonly counts: AnswerCounts;
  /** Daily rounds this process posted: how to redraw them (language, timezone, late). */
  readonly posted: Map<string, PostedRound>;
  readonly inFlight: InFlight;
  /** Draws the pictures beside leaderboards and stats; null without a chart renderer (text only). */
  readonly charts: ChartDrawer | null;
  readonly reloadContent: ReloadContent | undefined;
  /** The operator's DAILY_POST_TIME / DAILY_CLOSE_TIME: the close used when `/quiz schedule` names none. */
  readonly defaultSchedule?: { readonly postTime: string; readonly closeTime: string };
  /** The workspace's language: `/quiz lang`, else SLACK_LANG, else the notes' language. */
  lang(teamId: string): Promise<Lang>;
}

export interface SlackWho {
  readonly teamId: string;
  readonly teamName: string;
  readonly userId: string;
  readonly userName: string;
}

export const actorOf = (who: SlackWho): Actor => ({
  tenantId: tenantIdOf(who.teamId),
  tenantName: who.teamName,
  playerId: playerIdOf(who.teamId, who.userId),
  displayName: who.userName,
});

export const placeOf = (teamId: string, channel: string, channelName: string): Place => ({
  channelId: channelIdOf(teamId, channel),
  channelName,
});
