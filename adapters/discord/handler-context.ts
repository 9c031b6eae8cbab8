import type { REST } from 'discord.js';
import type { Logger } from 'pino';
import type { Lang } from '../../src/content/question.ts';
import type { QuizEngine } from '../../src/engine/api.ts';
import type { Clock } from '../../src/engine/clock.ts';
import type { ChartDrawer } from '../shared/draw-chart.ts';
import { unknownTopicMessage } from '../shared/helpful-mistakes.ts';
import { rejectionMessage, t } from '../shared/i18n.ts';
import type { DailyLiveCount } from './daily-live-count.ts';
import type { DuelAnnouncer } from './duel-announcer.ts';
import { COLOR } from './message-body.ts';
import { d } from './messages.ts';
import type { PauseNotices } from './pause-notice.ts';
import { plainText, typedValue } from './plain-text.ts';
import { ephemeral, type Reply } from './respond-in-time.ts';

/** What handlers share: the engine and the adapter's own services. Built once in createDiscordAdapter. */
export interface HandlerContext {
  readonly engine: QuizEngine;
  readonly rest: REST;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly announcer: DuelAnnouncer;
  readonly liveCount: DailyLiveCount;
  /** Who to tell when a schedule set here has to pause. */
  readonly pauseNotices: PauseNotices;
  /** Post and reveal times a new schedule gets when /quiz-admin schedule leaves them out. */
  readonly defaultSchedule: { readonly postTime: string; readonly closeTime: string };
  readonly reloadContent:
    | (() => Promise<{ added: number; updated: number; retired: number; problems: number }>)
    | undefined;
  /** Draws the pictures beside /leaderboard and /stats; null without a chart renderer (text only). */
  readonly charts: ChartDrawer | null;
}

/** A private red notice: what the user pressed or typed was refused, and nothing changed. */
export function refusal(text: string): Reply {
  return ephemeral({ embeds: [{ description: text, color: COLOR.bad }] });
}

/** `detail` is what the user typed (an unknown topic): shown as typed, never as markup. */
export function rejected(lang: Lang, code: string, detail?: string): Reply {
  return refusal(rejectionMessage(lang, code, detail === undefined ? undefined : typedValue(detail)));
}

/** A rejection that may be an unknown topic: then also the closest section titles and where to find them. */
export function rejectedTopic(engine: QuizEngine, lang: Lang, code: string, detail?: string): Reply {
  if (code !== 'unknown_topic' || detail === undefined) return rejected(lang, code, detail);
  return refusal(unknownTopicMessage(lang, detail, engine.topics(), d(lang, 'hint.topics'), plainText));
}

export const notice = (text: string): Reply =>
  ephemeral({ embeds: [{ description: text, color: COLOR.neutral }] });

export const somethingWentWrong = (lang: Lang): Reply => refusal(t(lang, 'common.error'));
