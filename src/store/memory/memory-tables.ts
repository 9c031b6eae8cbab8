import type {
  AnswerRecord,
  ChannelRecord,
  DuelAnswerRecord,
  DuelRecord,
  PlayerRecord,
  ReviewRecord,
  RoundRecord,
  StoredQuestion,
  StreakRecord,
  TenantRecord,
} from '../../engine/records.ts';
import type { DigestSchedule } from '../../engine/report-store-port.ts';

/**
 * The in-memory store's tables. Every StorePort method reads and writes them without an `await` in
 * between, so each method is atomic on its own, as the port requires of a database transaction.
 */
export interface MemoryTables {
  readonly tenants: Map<string, TenantRecord>;
  readonly players: Map<string, PlayerRecord>;
  readonly channels: Map<string, ChannelRecord>;
  readonly questions: Map<string, StoredQuestion>;
  readonly rounds: Map<string, RoundRecord>;
  /** Indexes kept by putRound, so the scheduler's scans stay cheap over months of rounds. */
  readonly dailyByChannel: Map<string, Set<string>>;
  readonly openRounds: Set<string>;
  readonly closedDailyWithoutResults: Set<string>;
  /** `${channelId}\u0000${localDate}` -> round id: the unique daily round per channel and date. */
  readonly dailyRounds: Map<string, string>;
  readonly postClaims: Map<string, { owner: string; until: number }>;
  readonly revealClaims: Map<string, { owner: string; until: number }>;
  /** The "closes soon" reminder of a round: its lease, then when it was sent. */
  readonly reminders: Map<string, { until: number; sentAt: Date | null }>;
  /** `${roundId}\u0000${playerId}`: the unique answer per player and round. */
  readonly answers: Map<string, AnswerRecord>;
  readonly answersByRound: Map<string, AnswerRecord[]>;
  readonly answersByPlayer: Map<string, AnswerRecord[]>;
  readonly streaks: Map<string, StreakRecord>;
  /** The tenant of the answer that last wrote each streak (the databases keep it as a column). */
  readonly streakTenants: Map<string, string>;
  readonly duels: Map<string, DuelRecord>;
  /** `${duelId}\u0000${playerId}\u0000${index}`. */
  readonly duelAnswers: Map<string, DuelAnswerRecord>;
  readonly duelAnswersByDuel: Map<string, Set<string>>;
  /** `${playerId}\u0000${cardId}`. */
  readonly reviews: Map<string, ReviewRecord>;
  readonly reviewsByPlayer: Map<string, Set<string>>;
  /** channelId -> the weekly digest's schedule, lease and last date done. */
  readonly digests: Map<string, MemoryDigest>;
}

export interface MemoryDigest {
  readonly digest: DigestSchedule;
  readonly lastDate: string | null;
  readonly claim: { readonly owner: string; readonly until: number } | null;
}

export function createTables(): MemoryTables {
  return {
    tenants: new Map(),
    players: new Map(),
    channels: new Map(),
    questions: new Map(),
    rounds: new Map(),
    dailyByChannel: new Map(),
    openRounds: new Set(),
    closedDailyWithoutResults: new Set(),
    dailyRounds: new Map(),
    postClaims: new Map(),
    revealClaims: new Map(),
    reminders: new Map(),
    answers: new Map(),
    answersByRound: new Map(),
    answersByPlayer: new Map(),
    streaks: new Map(),
    streakTenants: new Map(),
    duels: new Map(),
    duelAnswers: new Map(),
    duelAnswersByDuel: new Map(),
    reviews: new Map(),
    reviewsByPlayer: new Map(),
    digests: new Map(),
  };
}

export const key = (...parts: readonly (string | number)[]): string => parts.join('\u0000');

/**
 * Callers get copies and the tables keep copies, as with a database: mutating a returned record (or
 * the Date inside it) never changes what is stored.
 */
export function copy<T>(value: T): T {
  return deepCopy(value) as T;
}

/** Records hold only plain objects, arrays, Dates and primitives; this is several times faster than structuredClone. */
function deepCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return new Date(value.getTime());
  if (Array.isArray(value)) return value.map(deepCopy);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = deepCopy(v);
  return out;
}

export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Stores a round and keeps its indexes in step. */
export function putRound(t: MemoryTables, round: RoundRecord): void {
  t.rounds.set(round.id, round);
  if (round.status === 'open') t.openRounds.add(round.id);
  else t.openRounds.delete(round.id);
  if (round.kind === 'daily' && round.status === 'closed' && round.resultsPostedAt === null) {
    t.closedDailyWithoutResults.add(round.id);
  } else t.closedDailyWithoutResults.delete(round.id);
  if (round.kind === 'daily' && round.channelId !== null && round.localDate !== null) {
    addTo(t.dailyByChannel, round.channelId, round.id);
  }
}

export function pushTo<V>(index: Map<string, V[]>, k: string, value: V): void {
  const list = index.get(k);
  if (list) list.push(value);
  else index.set(k, [value]);
}

export function addTo(index: Map<string, Set<string>>, k: string, value: string): void {
  const set = index.get(k);
  if (set) set.add(value);
  else index.set(k, new Set([value]));
}
