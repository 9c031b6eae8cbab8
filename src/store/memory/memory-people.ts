import type { PeopleStore, QuestionStore, ReviewStore } from '../../engine/store-port.ts';
import { addTo, byString, copy, key, type MemoryTables } from './memory-tables.ts';

type PeopleMethods = PeopleStore & QuestionStore & ReviewStore;

const INITIAL_RATING = 1500;

export function peopleMethods(t: MemoryTables): PeopleMethods {
  return {
    async upsertTenant({ id, name }) {
      const existing = t.tenants.get(id);
      const next = { id, name, lang: existing?.lang ?? null };
      t.tenants.set(id, next);
      return copy(next);
    },
    async getTenant(id) {
      return copy(t.tenants.get(id) ?? null);
    },
    async setTenantLang(id, lang) {
      const existing = t.tenants.get(id);
      t.tenants.set(id, { id, name: existing?.name ?? id, lang });
    },

    async upsertPlayer({ id, tenantId, displayName, isBot }) {
      const existing = t.players.get(id);
      const next = existing
        ? { ...existing, displayName, isBot }
        : { id, tenantId, displayName, isBot, rating: INITIAL_RATING, ratedGames: 0 };
      t.players.set(id, next);
      return copy(next);
    },
    async getPlayer(id) {
      return copy(t.players.get(id) ?? null);
    },
    async getPlayers(ids) {
      const unique = [...new Set(ids)];
      return unique.flatMap((id) => {
        const p = t.players.get(id);
        return p ? [copy(p)] : [];
      });
    },

    async upsertChannel({ id, tenantId, name, timezone }) {
      const existing = t.channels.get(id);
      const next = existing
        ? { ...existing, name }
        : {
            id,
            tenantId,
            name,
            timezone: timezone ?? 'UTC',
            schedule: null,
            pauseReason: null,
            reminder: false,
          };
      t.channels.set(id, next);
      return copy(next);
    },
    async getChannel(id) {
      return copy(t.channels.get(id) ?? null);
    },
    async setChannelSchedule(id, schedule, pauseReason) {
      const existing = t.channels.get(id);
      if (!existing) throw new Error(`setChannelSchedule: no channel ${id}`);
      const next = {
        ...existing,
        schedule: copy(schedule),
        pauseReason: pauseReason === undefined ? existing.pauseReason : pauseReason,
      };
      t.channels.set(id, next);
      return copy(next);
    },
    async listScheduledChannels() {
      return [...t.channels.values()]
        .filter((c) => c.schedule !== null)
        .sort((a, b) => byString(a.id, b.id))
        .map(copy);
    },
    async pauseTenantSchedules(tenantId, reason) {
      let changed = 0;
      for (const channel of t.channels.values()) {
        if (channel.tenantId !== tenantId || channel.schedule === null || channel.schedule.paused) continue;
        t.channels.set(channel.id, {
          ...channel,
          schedule: { ...channel.schedule, paused: true },
          pauseReason: reason,
        });
        changed += 1;
      }
      return changed;
    },
    async resumeTenantSchedules(tenantId, reason) {
      let changed = 0;
      for (const channel of t.channels.values()) {
        if (channel.tenantId !== tenantId || channel.schedule === null || !channel.schedule.paused) continue;
        if (channel.pauseReason !== reason) continue;
        t.channels.set(channel.id, {
          ...channel,
          schedule: { ...channel.schedule, paused: false },
          pauseReason: null,
        });
        changed += 1;
      }
      return changed;
    },

    async syncQuestions(questions) {
      const present = new Set<string>();
      let added = 0;
      let updated = 0;
      let retired = 0;
      for (const question of questions) {
        present.add(question.id);
        const existing = t.questions.get(question.id);
        if (!existing) added += 1;
        else if (existing.retired || JSON.stringify(existing.question) !== JSON.stringify(question))
          updated += 1;
        t.questions.set(question.id, { question: copy(question), retired: false });
      }
      for (const [id, stored] of t.questions) {
        if (present.has(id) || stored.retired) continue;
        t.questions.set(id, { question: stored.question, retired: true });
        retired += 1;
      }
      return { added, updated, retired };
    },
    async getQuestion(id) {
      return copy(t.questions.get(id) ?? null);
    },

    async getReviews(playerId) {
      return [...(t.reviewsByPlayer.get(playerId) ?? [])]
        .flatMap((slot) => t.reviews.get(slot) ?? [])
        .sort((a, b) => a.due.getTime() - b.due.getTime() || byString(a.cardId, b.cardId))
        .map(copy);
    },
    async upsertReview(review) {
      const slot = key(review.playerId, review.cardId);
      t.reviews.set(slot, copy(review));
      addTo(t.reviewsByPlayer, review.playerId, slot);
    },
  };
}
