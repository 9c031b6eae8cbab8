/**
 * A separate process for two-processes.test.ts: opens the store (migrating, racing its sibling), says
 * "ready", waits for "go" on stdin, then tries to open the same daily round with its own round id.
 */
import { openStore } from '../../src/store/open-store.ts';

const [databaseUrl, roundId] = process.argv.slice(2);
if (!databaseUrl || !roundId) throw new Error('usage: open-daily-round-child.ts <databaseUrl> <roundId>');

const store = await openStore(databaseUrl);
await store.upsertTenant({ id: 'slack:T1', name: 'Acme' });
await store.upsertChannel({ id: 'slack:T1:C1', tenantId: 'slack:T1', name: 'general' });
process.stdout.write('ready\n');
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
const result = await store.createDailyRound({
  id: roundId,
  tenantId: 'slack:T1',
  channelId: 'slack:T1:C1',
  kind: 'daily',
  questionId: `q-${roundId}`,
  ownerId: null,
  localDate: '2026-03-02',
  opensAt: new Date('2026-03-02T09:00:00Z'),
  closesAt: new Date('2026-03-02T17:00:00Z'),
  status: 'open',
  postRef: null,
  late: false,
  resultsPostedAt: null,
});
process.stdout.write(`${JSON.stringify({ created: result.created, id: result.round.id })}\n`);
await store.close();
process.stdin.destroy();
