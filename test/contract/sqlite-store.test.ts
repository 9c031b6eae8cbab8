import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { migrateDatabase } from '../../src/store/migrations/migrate.ts';
import { openStore } from '../../src/store/open-store.ts';
import { describeStoreContract } from './store-contract.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'notequiz-sqlite-contract-'));
const template = path.join(dir, 'template.db');
let n = 0;

// Migrating takes the schema engine most of a second; each test gets a copy of one migrated file instead.
beforeAll(async () => {
  await migrateDatabase(`file:${template}`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeStoreContract('Prisma on SQLite', async () => {
  n += 1;
  const file = path.join(dir, `store-${n}.db`);
  copyFileSync(template, file);
  const store = await openStore(`file:${file}`, { migrate: false });
  return { store, cleanup: () => store.close() };
});
