import type { Lang, Question } from '../../src/content/question.ts';
import type { QuizEngine } from '../../src/engine/api.ts';
import type { Clock } from '../../src/engine/clock.ts';
import type { DuelId, PlayerId, RoundId } from '../../src/engine/ids.ts';
import type { RoundRecord } from '../../src/engine/records.ts';

/** The question a local player has on screen: what a bare "/answer B" refers to. */
export type Focus =
  | { readonly kind: 'round'; readonly round: RoundRecord; readonly question: Question }
  | { readonly kind: 'duel'; readonly duelId: DuelId; readonly index: number; readonly question: Question };

/** The last question a local player was shown (asked, or revealed): what "/flag" reports. */
export interface ShownQuestion {
  readonly roundId: RoundId;
  readonly question: Question;
}

/** Everything the terminal chat remembers between lines. One per running chat; no globals. */
export interface TerminalSession {
  readonly engine: QuizEngine;
  readonly clock: Clock;
  /** The channel's timezone, for deadlines shown to players. */
  readonly timezone: string;
  lang: Lang;
  /** Display name of the local player typing now. */
  player: string;
  readonly focus: Map<PlayerId, Focus>;
  readonly shown: Map<PlayerId, ShownQuestion>;
  /** Question ids of the last /flagged list, in its order: what "/flagged restore 2" refers to. */
  readonly flaggedShown: string[];
  /** Duels of this session in creation order: "#1" is duels[0]. */
  readonly duels: DuelId[];
}

export function createSession(options: {
  engine: QuizEngine;
  clock: Clock;
  timezone: string;
  lang: Lang;
  player: string;
}): TerminalSession {
  return { ...options, focus: new Map(), shown: new Map(), flaggedShown: [], duels: [] };
}

export const duelNumber = (session: TerminalSession, duelId: DuelId): number =>
  session.duels.indexOf(duelId) + 1;
