import { execFile } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';

/**
 * A PostgreSQL cluster of the test's own, on a free port, that the test may stop and start (the shared one
 * at 5432 must keep running for everyone else). initdb and pg_ctl refuse to run as root, so as root they
 * run as the `postgres` user (runuser), in a temporary folder that user owns.
 */
export interface PrivatePostgres {
  readonly url: string;
  /** `immediate` is a crash (no checkpoint, sessions cut); `fast` a clean shutdown. */
  stop(mode: 'immediate' | 'fast'): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

/** Why a private cluster cannot run here, or null when it can. */
export function privatePostgresUnavailable(): string | null {
  if (!existsSync(path.join(BIN, 'pg_ctl'))) return `no PostgreSQL binaries in ${BIN} (set POSTGRES_BIN)`;
  if (userInfo().uid === 0 && !existsSync('/usr/sbin/runuser'))
    return 'running as root without runuser: initdb refuses root';
  return null;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const asRoot = userInfo().uid === 0;
  const dir = mkdtempSync(path.join(tmpdir(), 'notequiz-pg-'));
  const data = path.join(dir, 'data');
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
    chmodSync(dir, 0o700);
  }
  const pg = (tool: string, args: readonly string[]) =>
    asRoot
      ? run('/usr/sbin/runuser', ['-u', 'postgres', '--', path.join(BIN, tool), ...args])
      : run(path.join(BIN, tool), [...args]);
  const port = await freePort();
  await pg('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on`;
  const start = async () => {
    await pg('pg_ctl', ['start', '-D', data, '-w', '-t', '30', '-l', path.join(dir, 'log'), '-o', options]);
  };
  await start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop: async (mode) => {
      await pg('pg_ctl', ['stop', '-D', data, '-m', mode, '-w', '-t', '30']);
    },
    start,
    destroy: async () => {
      await pg('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w', '-t', '30']).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
