// Starts the local PostgreSQL cluster when tests run on a machine that has one but it is down.
// On a machine without PostgreSQL this prints a note and the PostgreSQL suites say they are skipped.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import net from 'node:net';

const url = new URL(process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test');
const port = Number(url.port || 5432);

function reachable() {
  return new Promise((resolve) => {
    const socket = net.connect({ host: url.hostname, port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.setTimeout(2000, () => {
      socket.destroy();
      resolve(false);
    });
  });
}

if (await reachable()) process.exit(0);
if (existsSync('/etc/postgresql')) {
  for (const version of readdirSync('/etc/postgresql')) {
    try {
      execSync(`pg_ctlcluster --skip-systemctl-redirect ${version} main start`, { stdio: 'inherit' });
    } catch (error) {
      console.warn(`ensure-postgres: could not start PostgreSQL ${version}: ${error.message}`);
    }
  }
  for (let i = 0; i < 30 && !(await reachable()); i++) await new Promise((r) => setTimeout(r, 500));
}
if (!(await reachable())) {
  console.warn(
    `ensure-postgres: PostgreSQL is not reachable at ${url.hostname}:${port}; PostgreSQL suites will be skipped.`,
  );
}
