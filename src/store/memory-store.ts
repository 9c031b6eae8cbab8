import type { StorePort } from '../engine/store-port.ts';
import { digestMethods } from './memory/memory-digests.ts';
import { duelMethods } from './memory/memory-duels.ts';
import { flagMethods } from './memory/memory-flags.ts';
import { installationMethods } from './memory/memory-installations.ts';
import { peopleMethods } from './memory/memory-people.ts';
import { reminderMethods } from './memory/memory-reminders.ts';
import { reportMethods } from './memory/memory-reports.ts';
import { roundMethods } from './memory/memory-rounds.ts';
import { standingMethods } from './memory/memory-standings.ts';
import { createTables } from './memory/memory-tables.ts';

/**
 * A faithful in-memory StorePort for tests and quick local play: the same rules as the databases
 * (unique answer per player and round, one daily round per channel and date, one open duel per pair,
 * compare-and-set duel transitions), each method atomic because it never yields mid-way.
 * Nothing survives the process.
 */
export function createMemoryStore(): StorePort {
  const tables = createTables();
  return {
    ...peopleMethods(tables),
    ...roundMethods(tables),
    ...reminderMethods(tables),
    ...duelMethods(tables),
    ...standingMethods(tables),
    ...flagMethods(),
    ...reportMethods(tables),
    ...digestMethods(tables),
    ...installationMethods(),
    async close() {},
  };
}
