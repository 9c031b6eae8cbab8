import { afterAll, describe, it } from 'vitest';
import type { StorePort } from '../../src/engine/store-port.ts';
import { openStore } from '../../src/store/open-store.ts';
import {
  dropSchema,
  POSTGRES_HOW_TO_START,
  postgresReachable,
  TEST_DATABASE_URL,
  truncateAll,
  uniqueSchemaName,
  urlWithSchema,
} from './postgres-harness.ts';
import { describeStoreContract } from './store-contract.ts';

const reachable = await postgresReachable();
const schema = uniqueSchemaName('contract');
let store: StorePort | null = null;

afterAll(async () => {
  await store?.close();
  if (reachable) await dropSchema(schema);
});

if (reachable) {
  // One migrated schema for the file (migrating takes the schema engine a while); emptied before each test.
  describeStoreContract('Prisma on PostgreSQL', async () => {
    if (store === null) store = await openStore(urlWithSchema(schema));
    else await truncateAll(schema);
    return { store, cleanup: async () => {} };
  });
} else {
  describe.skip(`StorePort contract: Prisma on PostgreSQL — SKIPPED: nothing listens at ${TEST_DATABASE_URL}; ${POSTGRES_HOW_TO_START}`, () => {
    it('needs PostgreSQL', () => {});
  });
}
