import type { StorePort } from '../../engine/store-port.ts';
import { answerMethods } from './prisma-answers.ts';
import { digestMethods } from './prisma-digests.ts';
import { duelMethods } from './prisma-duels.ts';
import { flagMethods } from './prisma-flags.ts';
import { installationMethods } from './prisma-installations.ts';
import { peopleMethods } from './prisma-people.ts';
import { questionMethods } from './prisma-questions.ts';
import { reminderMethods } from './prisma-reminders.ts';
import { reportMethods } from './prisma-reports.ts';
import { roundMethods } from './prisma-rounds.ts';
import { standingMethods } from './prisma-standings.ts';
import type { StoreContext } from './store-db.ts';

/**
 * StorePort on Prisma (SQLite or PostgreSQL, the same code). The rules that must hold under concurrency
 * live in the schema: primary keys and unique keys (one answer per player and round, one daily round per
 * channel and date, one open duel per pair) and compare-and-set updates (`updateMany` with the expected
 * status in the WHERE, then a look at the count).
 */
export function createPrismaStore(ctx: StoreContext): StorePort {
  return {
    ...peopleMethods(ctx),
    ...questionMethods(ctx),
    ...roundMethods(ctx),
    ...reminderMethods(ctx),
    ...answerMethods(ctx),
    ...duelMethods(ctx),
    ...standingMethods(ctx),
    ...flagMethods(ctx),
    ...reportMethods(ctx),
    ...digestMethods(ctx),
    ...installationMethods(ctx),
    async close() {
      await ctx.db.$disconnect();
      await ctx.hot.close();
    },
  };
}
