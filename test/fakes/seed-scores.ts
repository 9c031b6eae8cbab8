import { joinSectionPath } from '../../src/engine/records.ts';
import type { StorePort } from '../../src/engine/store-port.ts';

/**
 * A team with a few weeks of answers, written straight to the store, so a test of a leaderboard or stats
 * reply (and of its chart) starts from scores instead of playing dozens of rounds. Duel answers: they count
 * on leaderboards and in stats alike, and no daily round is left open to hide them.
 */
export interface SeededPlayer {
  readonly id: string;
  readonly name: string;
  /** Correct answers out of `answered` each week, oldest week first. */
  readonly weeks: readonly { readonly answered: number; readonly correct: number }[];
}

const SECTIONS = [
  ['Docker', 'Images'],
  ['Docker', 'Networks'],
  ['Git', 'Branches'],
  ['容器', '镜像层'],
].map(joinSectionPath);

/** `now` is the moment the test asks; the last week of each player ends just before it. */
export async function seedScores(
  store: StorePort,
  team: { readonly tenantId: string; readonly channelId: string },
  players: readonly SeededPlayer[],
  now: Date,
): Promise<void> {
  await store.upsertTenant({ id: team.tenantId, name: 'Team' });
  for (const player of players) {
    await store.upsertPlayer({
      id: player.id,
      tenantId: team.tenantId,
      displayName: player.name,
      isBot: false,
    });
    let n = 0;
    for (const [w, week] of player.weeks.entries()) {
      const weeksAgo = player.weeks.length - 1 - w;
      for (let i = 0; i < week.answered; i++) {
        n += 1;
        await store.recordAnswer({
          roundId: `seed-${player.id}-${n}`,
          playerId: player.id,
          tenantId: team.tenantId,
          channelId: team.channelId,
          roundKind: 'duel',
          questionId: `q${n % 7}`,
          section: SECTIONS[n % SECTIONS.length] ?? '',
          choice: 0,
          correct: i < week.correct,
          selfGrade: null,
          points: i < week.correct ? 10 : 0,
          latencyMs: 1000,
          // A few hours back within the week, never in the future.
          answeredAt: new Date(now.getTime() - weeksAgo * 7 * 86_400_000 - (i + 1) * 60_000),
        });
      }
    }
  }
}
