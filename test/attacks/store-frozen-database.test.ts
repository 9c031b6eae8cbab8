import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { StorePort } from '../../src/engine/store-port.ts';
import type { DatabaseTimeouts } from '../../src/store/database-timeouts.ts';
import { openStore } from '../../src/store/open-store.ts';
import { answer, round, seedTenant } from '../contract/contract-fixtures.ts';
import {
  dropSchema,
  POSTGRES_HOW_TO_START,
  postgresReachable,
  TEST_DATABASE_URL,
  uniqueSchemaName,
} from '../contract/postgres-harness.ts';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.ts';

const reachable = await postgresReachable();
const schema = uniqueSchemaName('frozen');
afterAll(async () => {
  if (reachable) await dropSchema(schema);
});

/** Short limits, so the replay takes seconds; production's defaults are 5 s, 10 s and 15 s. */
const TIMEOUTS: DatabaseTimeouts = { connectMs: 500, statementMs: 700, transactionMs: 1_500 };
/** Far beyond any of them: a call that has not settled by then hangs. */
const HANG_MS = 8_000;

/** How a call ended, and after how long; 'hung' if it had not settled within HANG_MS. */
async function outcome(
  call: () => Promise<unknown>,
): Promise<{ settled: 'ok' | 'error' | 'hung'; message: string }> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<{ settled: 'hung'; message: string }>((resolve) => {
    timer = setTimeout(() => resolve({ settled: 'hung', message: '' }), HANG_MS);
  });
  const done = call().then(
    () => ({ settled: 'ok' as const, message: '' }),
    (error: unknown) => ({ settled: 'error' as const, message: chain(error) }),
  );
  try {
    return await Promise.race([done, hung]);
  } finally {
    clearTimeout(timer);
  }
}

function chain(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e instanceof Error && parts.length < 6; e = e.cause) parts.push(e.message);
  return parts.join(' <- ');
}

/** A port where something accepts TCP connections and never says a word (a frozen or black-holed server). */
async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe.skipIf(!reachable)(
  `PostgreSQL that accepts connections and never answers${reachable ? '' : ` — SKIPPED: ${POSTGRES_HOW_TO_START}`}`,
  () => {
    let proxy: TcpProxy | null = null;
    let store: StorePort | null = null;
    afterAll(async () => {
      proxy?.forward();
      await store?.close();
      await proxy?.close();
    });

    it('fails start-up fast with a clear error when the server never answers', async () => {
      const silent = await silentServer();
      try {
        const url = new URL(TEST_DATABASE_URL);
        url.port = String(silent.port);
        const opened = await outcome(() => openStore(url.toString(), { timeouts: TIMEOUTS }));
        expect(opened.settled).toBe('error');
        expect(opened.message).toMatch(/timeout/i);
      } finally {
        await silent.close();
      }
    }, 30_000);

    it('fails each call fast while the server is frozen, then works again once it answers', async () => {
      const target = new URL(TEST_DATABASE_URL);
      proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
      const url = new URL(TEST_DATABASE_URL);
      url.port = String(proxy.port);
      url.searchParams.set('schema', schema);
      store = await openStore(url.toString(), { timeouts: TIMEOUTS });
      const s = store;
      await seedTenant(s, ['p:1', 'p:2']);
      await s.createDailyRound(round('r1'));

      proxy.freeze();
      // A read through Prisma, the answer path (the driver itself), and a transaction.
      const calls = [
        () => s.getTenant('slack:T1'),
        () => s.recordAnswer(answer('r1', 'p:1')),
        () => s.finishDuel('no-such-duel', ['active'], { status: 'settled' }, []),
        () => s.leaderboard({ tenantId: 'slack:T1', roundKinds: ['daily'], limit: 5 }),
      ];
      const frozen = await Promise.all(calls.map(outcome));
      for (const o of frozen) expect(o).toMatchObject({ settled: 'error' });

      proxy.forward();
      // The pool replaces the connections that timed out; the answer the frozen call never wrote goes in.
      const recovered = await outcome(async () => {
        for (let attempt = 0; ; attempt += 1) {
          try {
            return await s.recordAnswer(answer('r1', 'p:2'));
          } catch (error) {
            if (attempt >= 5) throw error;
          }
        }
      });
      expect(recovered.settled).toBe('ok');
      expect(await s.countAnswers('r1')).toBeGreaterThanOrEqual(1);
    }, 60_000);
  },
);
