import type { DuelRecord } from '../../engine/records.ts';
import type { DuelStore } from '../../engine/store-port.ts';
import { addTo, byString, copy, key, type MemoryTables } from './memory-tables.ts';

type DuelMethods = DuelStore;

const OPEN = new Set(['pending', 'active']);

export function duelMethods(t: MemoryTables): DuelMethods {
  /** The compare-and-set both transitionDuel and finishDuel rely on; the id never changes. */
  const move = (id: string, from: readonly string[], patch: Partial<DuelRecord>): DuelRecord | null => {
    const duel = t.duels.get(id);
    if (!duel || !from.includes(duel.status)) return null;
    const next: DuelRecord = { ...duel, ...copy(patch), id: duel.id };
    t.duels.set(id, next);
    return next;
  };

  return {
    async createDuel(duel) {
      const pair = new Set([duel.challengerId, duel.opponentId]);
      for (const other of t.duels.values()) {
        if (OPEN.has(other.status) && pair.has(other.challengerId) && pair.has(other.opponentId)) {
          return 'open_duel_exists';
        }
      }
      if (t.duels.has(duel.id)) throw new Error(`createDuel: duel id ${duel.id} already exists`);
      t.duels.set(duel.id, copy(duel));
      return 'created';
    },
    async getDuel(id) {
      return copy(t.duels.get(id) ?? null);
    },
    async transitionDuel(id, from, patch) {
      return copy(move(id, from, patch));
    },
    async finishDuel(id, from, patch, ratings) {
      for (const r of ratings) {
        if (!t.players.has(r.playerId)) throw new Error(`finishDuel: no player ${r.playerId}`);
      }
      const moved = move(id, from, patch);
      if (moved === null) return null;
      for (const r of ratings) {
        const player = t.players.get(r.playerId);
        if (player)
          t.players.set(r.playerId, {
            ...player,
            rating: player.rating + r.ratingDelta,
            ratedGames: player.ratedGames + 1,
          });
      }
      return copy(moved);
    },
    async listDuelsToExpire(statuses, now) {
      return [...t.duels.values()]
        .filter((d) => statuses.includes(d.status) && d.expiresAt <= now)
        .sort((a, b) => a.expiresAt.getTime() - b.expiresAt.getTime() || byString(a.id, b.id))
        .map(copy);
    },
    async serveDuelQuestion(duelId, playerId, index, servedAt) {
      const slot = key(duelId, playerId, index);
      if (t.duelAnswers.has(slot)) return false;
      addTo(t.duelAnswersByDuel, duelId, slot);
      t.duelAnswers.set(slot, {
        duelId,
        playerId,
        index,
        servedAt: new Date(servedAt),
        answeredAt: null,
        choice: null,
        correct: false,
        timedOut: false,
      });
      return true;
    },
    async answerDuelQuestion(duelId, playerId, index, outcome) {
      const slot = key(duelId, playerId, index);
      const served = t.duelAnswers.get(slot);
      if (!served) return 'not_served';
      if (served.answeredAt !== null || served.timedOut) return 'duplicate';
      t.duelAnswers.set(slot, {
        ...served,
        choice: outcome.choice,
        correct: outcome.correct,
        answeredAt: new Date(outcome.answeredAt),
        timedOut: outcome.timedOut,
      });
      return 'recorded';
    },
    async duelAnswers(duelId) {
      return [...(t.duelAnswersByDuel.get(duelId) ?? [])]
        .flatMap((slot) => t.duelAnswers.get(slot) ?? [])
        .sort((a, b) => byString(a.playerId, b.playerId) || a.index - b.index)
        .map(copy);
    },
  };
}
