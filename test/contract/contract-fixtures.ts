import type { Question } from '../../src/content/question.ts';
import {
  type AnswerRecord,
  type DuelRecord,
  joinSectionPath,
  type RoundRecord,
  type StreakRecord,
} from '../../src/engine/records.ts';
import type { StorePort } from '../../src/engine/store-port.ts';

/** Builders for the contract suite: whole records with sensible defaults, overridden per test. */

export type GetStore = () => StorePort;

export const T1 = 'slack:T1';
export const T2 = 'discord:G2';
export const C1 = 'slack:T1:C1';
export const C2 = 'slack:T1:C2';
export const CX = 'discord:G2:C9';

export const at = (iso: string): Date => new Date(iso);

export function question(id: string, overrides: Partial<Question> = {}): Question {
  return {
    id,
    cardId: `card-${id}`,
    deck: 'docker',
    kind: 'choice',
    lang: 'en',
    stem: `Stem of ${id}?`,
    options: ['right', 'wrong', 'also wrong'],
    correctIndex: 0,
    answer: 'right',
    source: { file: 'docker.md', line: 7 },
    sectionPath: ['Docker', 'Containers'],
    tags: ['ops'],
    ...overrides,
  };
}

export function round(id: string, overrides: Partial<RoundRecord> = {}): RoundRecord {
  return {
    id,
    tenantId: T1,
    channelId: C1,
    kind: 'daily',
    questionId: 'q1',
    ownerId: null,
    localDate: '2026-03-02',
    opensAt: at('2026-03-02T09:00:00Z'),
    closesAt: at('2026-03-02T17:00:00Z'),
    status: 'open',
    postRef: null,
    late: false,
    resultsPostedAt: null,
    ...overrides,
  };
}

export function answer(
  roundId: string,
  playerId: string,
  overrides: Partial<AnswerRecord> = {},
): AnswerRecord {
  return {
    roundId,
    playerId,
    tenantId: T1,
    channelId: C1,
    roundKind: 'daily',
    questionId: 'q1',
    section: joinSectionPath(['Docker', 'Containers']),
    choice: 0,
    correct: true,
    selfGrade: null,
    points: 10,
    latencyMs: 1200,
    answeredAt: at('2026-03-02T10:00:00Z'),
    ...overrides,
  };
}

export function streak(
  playerId: string,
  channelId: string,
  overrides: Partial<StreakRecord> = {},
): StreakRecord {
  return { playerId, channelId, current: 1, best: 1, lastDate: '2026-03-02', ...overrides };
}

export function duel(
  id: string,
  challengerId: string,
  opponentId: string,
  overrides: Partial<DuelRecord> = {},
): DuelRecord {
  return {
    id,
    tenantId: T2,
    channelId: CX,
    challengerId,
    opponentId,
    topic: null,
    questionIds: ['q1', 'q2', 'q3'],
    status: 'pending',
    createdAt: at('2026-03-02T10:00:00Z'),
    expiresAt: at('2026-03-03T10:00:00Z'),
    acceptedAt: null,
    settledAt: null,
    winnerId: null,
    challengerRatingDelta: null,
    opponentRatingDelta: null,
    postRef: null,
    ...overrides,
  };
}

/** A tenant with two channels and the named players, as most tests need. */
export async function seedTenant(store: StorePort, players: readonly string[], tenantId = T1): Promise<void> {
  await store.upsertTenant({ id: tenantId, name: `Team ${tenantId}` });
  const channels = tenantId === T1 ? [C1, C2] : [CX];
  for (const id of channels) await store.upsertChannel({ id, tenantId, name: id.split(':').pop() ?? id });
  for (const id of players)
    await store.upsertPlayer({ id, tenantId, displayName: `Name ${id}`, isBot: false });
}
