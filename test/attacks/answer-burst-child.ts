/**
 * A process that answers in a burst until it is killed, for the kill -9 replay: prints `ready <roundId>`,
 * then `acked <playerId>` for each answer the engine acknowledged (stdout to a pipe is synchronous on
 * Linux, so a printed ack happened before any later kill).
 *
 *   node --import tsx answer-burst-child.ts <databaseUrl>
 */
import { openStore } from '../../src/store/open-store.ts';
import { answerBurst } from './answer-burst.ts';

const [databaseUrl] = process.argv.slice(2);
if (databaseUrl === undefined) throw new Error('usage: answer-burst-child.ts <databaseUrl>');
const store = await openStore(databaseUrl);
const burst = await answerBurst(store, {
  label: 'kill',
  onAck: (playerId) => process.stdout.write(`acked ${playerId}\n`),
});
process.stdout.write(`ready ${burst.roundId}\n`);
