import { type StreakRecord, sameStreak } from '../../engine/records.ts';
import type { AnswerStore, RoundStore } from '../../engine/store-port.ts';
import { byString, copy, key, type MemoryTables, pushTo, putRound } from './memory-tables.ts';

type RoundMethods = RoundStore & AnswerStore;

export function roundMethods(t: MemoryTables): RoundMethods {
  const dailyOf = (channelId: string) =>
    [...(t.dailyByChannel.get(channelId) ?? [])]
      .flatMap((id) => t.rounds.get(id) ?? [])
      .filter((r) => r.kind === 'daily' && r.channelId === channelId && r.localDate !== null);

  return {
    async createDailyRound(round) {
      if (round.kind !== 'daily' || round.channelId === null || round.localDate === null) {
        throw new Error('createDailyRound: a daily round needs a channel and a local date');
      }
      const slot = key(round.channelId, round.localDate);
      const existingId = t.dailyRounds.get(slot);
      const existing = existingId === undefined ? undefined : t.rounds.get(existingId);
      if (existing) return { round: copy(existing), created: false };
      if (t.rounds.has(round.id)) throw new Error(`createDailyRound: round id ${round.id} already exists`);
      putRound(t, copy(round));
      t.dailyRounds.set(slot, round.id);
      return { round: copy(round), created: true };
    },
    async createRound(round) {
      if (t.rounds.has(round.id)) throw new Error(`createRound: round id ${round.id} already exists`);
      putRound(t, copy(round));
      return copy(round);
    },
    async getRound(id) {
      return copy(t.rounds.get(id) ?? null);
    },
    async getDailyRound(channelId, localDate) {
      const id = t.dailyRounds.get(key(channelId, localDate));
      return copy((id === undefined ? undefined : t.rounds.get(id)) ?? null);
    },
    async claimRoundPost(id, owner, now, leaseMs) {
      const round = t.rounds.get(id);
      if (!round || round.postRef !== null) return false;
      const claim = t.postClaims.get(id);
      if (claim && claim.owner !== owner && claim.until > now.getTime()) return false;
      t.postClaims.set(id, { owner, until: now.getTime() + leaseMs });
      return true;
    },
    async markRoundPosted(id, postRef, shownAt) {
      const round = t.rounds.get(id);
      if (!round) throw new Error(`markRoundPosted: no round ${id}`);
      putRound(t, { ...round, postRef, ...(shownAt === undefined ? {} : { opensAt: new Date(shownAt) }) });
      t.postClaims.delete(id);
    },
    async closeRound(id, now) {
      const round = t.rounds.get(id);
      if (!round) throw new Error(`closeRound: no round ${id}`);
      if (round.status === 'closed') return { round: copy(round), closedNow: false };
      const closed = { ...round, status: 'closed' as const, closesAt: round.closesAt ?? new Date(now) };
      putRound(t, closed);
      return { round: copy(closed), closedNow: true };
    },
    async claimRoundReveal(id, owner, now, leaseMs) {
      const round = t.rounds.get(id);
      if (!round || round.resultsPostedAt !== null) return false;
      const claim = t.revealClaims.get(id);
      if (claim && claim.owner !== owner && claim.until > now.getTime()) return false;
      t.revealClaims.set(id, { owner, until: now.getTime() + leaseMs });
      return true;
    },
    async markResultsPosted(id, now) {
      const round = t.rounds.get(id);
      if (!round || round.resultsPostedAt !== null) return false;
      putRound(t, { ...round, resultsPostedAt: new Date(now) });
      t.revealClaims.delete(id);
      return true;
    },
    async listRoundsDueToClose(kind, now) {
      return [...t.openRounds]
        .flatMap((id) => t.rounds.get(id) ?? [])
        .filter((r) => r.kind === kind && r.status === 'open' && r.closesAt !== null && r.closesAt <= now)
        .sort((a, b) => (a.closesAt?.getTime() ?? 0) - (b.closesAt?.getTime() ?? 0) || byString(a.id, b.id))
        .map(copy);
    },
    async listClosedDailyRoundsWithoutResults() {
      return [...t.closedDailyWithoutResults]
        .flatMap((id) => t.rounds.get(id) ?? [])
        .filter((r) => r.kind === 'daily' && r.status === 'closed' && r.resultsPostedAt === null)
        .sort((a, b) => byString(a.id, b.id))
        .map(copy);
    },
    async previousDailyDate(channelId, beforeDate) {
      let best: string | null = null;
      for (const r of dailyOf(channelId)) {
        const date = r.localDate ?? '';
        if (date < beforeDate && (best === null || date > best)) best = date;
      }
      return best;
    },
    async dailyQuestionIds(channelId) {
      return dailyOf(channelId)
        .sort((a, b) => byString(a.localDate ?? '', b.localDate ?? ''))
        .map((r) => r.questionId);
    },

    async recordAnswer(answer, streak, expectedStreak) {
      const slot = key(answer.roundId, answer.playerId);
      const count = () => t.answersByRound.get(answer.roundId)?.length ?? 0;
      if (streak && expectedStreak !== undefined) {
        const stored = t.streaks.get(key(streak.playerId, streak.channelId)) ?? null;
        if (!sameStreak(stored, expectedStreak)) return { outcome: 'stale_streak', answersInRound: count() };
      }
      if (t.answers.has(slot)) return { outcome: 'duplicate', answersInRound: count() };
      const stored = copy(answer);
      t.answers.set(slot, stored);
      pushTo(t.answersByRound, answer.roundId, stored);
      pushTo(t.answersByPlayer, answer.playerId, stored);
      if (streak) {
        const streakKey = key(streak.playerId, streak.channelId);
        t.streaks.set(streakKey, copy(streak));
        t.streakTenants.set(streakKey, answer.tenantId);
      }
      return { outcome: 'recorded', answersInRound: count() };
    },
    async getAnswer(roundId, playerId) {
      return copy(t.answers.get(key(roundId, playerId)) ?? null);
    },
    async answersForRound(roundId) {
      return [...(t.answersByRound.get(roundId) ?? [])]
        .sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime() || byString(a.playerId, b.playerId))
        .map(copy);
    },
    async countAnswers(roundId) {
      return t.answersByRound.get(roundId)?.length ?? 0;
    },
    async getStreak(playerId, channelId) {
      return copy(t.streaks.get(key(playerId, channelId)) ?? null);
    },
    async streaksFor(tenantId, playerIds, channelId) {
      const wanted = new Set(playerIds);
      const best = new Map<string, StreakRecord>();
      for (const s of t.streaks.values()) {
        if (!wanted.has(s.playerId)) continue;
        const tenantOf = t.streakTenants.get(key(s.playerId, s.channelId));
        if (channelId !== null ? s.channelId !== channelId : tenantOf !== tenantId) continue;
        const held = best.get(s.playerId);
        if (!held || isBetter(s, held)) best.set(s.playerId, s);
      }
      return [...best.values()].sort((a, b) => byString(a.playerId, b.playerId)).map(copy);
    },
  };
}

function isBetter(a: StreakRecord, b: StreakRecord): boolean {
  if (a.current !== b.current) return a.current > b.current;
  if (a.best !== b.best) return a.best > b.best;
  return a.channelId < b.channelId;
}
