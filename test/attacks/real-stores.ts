import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StorePort } from '../../src/engine/store-port.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';
import { openStore } from '../../src/store/open-store.ts';
import {
  dropSchema,
  postgresReachable,
  uniqueSchemaName,
  urlWithSchema,
} from '../contract/postgres-harness.ts';

/**
 * The stores an attack is replayed against: the in-memory fake, a real SQLite file and real PostgreSQL
 * (each freshly migrated), when PostgreSQL is reachable. Call `closeAll` in afterAll.
 */
export interface RealStores {
  readonly kinds: readonly StoreKind[];
  open(kind: StoreKind): Promise<StorePort>;
  closeAll(): Promise<void>;
}

export type StoreKind = 'memory' | 'sqlite' | 'postgresql';

export async function realStores(label: string): Promise<RealStores> {
  const pg = await postgresReachable();
  const dir = mkdtempSync(path.join(os.tmpdir(), `notequiz-${label}-`));
  const opened: StorePort[] = [];
  const schemas: string[] = [];
  let n = 0;
  return {
    kinds: pg ? ['memory', 'sqlite', 'postgresql'] : ['memory', 'sqlite'],
    async open(kind) {
      n += 1;
      let store: StorePort;
      if (kind === 'memory') store = createMemoryStore();
      else if (kind === 'sqlite') store = await openStore(`file:${path.join(dir, `${label}-${n}.db`)}`);
      else {
        const schema = uniqueSchemaName(label);
        schemas.push(schema);
        store = await openStore(urlWithSchema(schema));
      }
      opened.push(store);
      return store;
    },
    async closeAll() {
      await Promise.all(opened.splice(0).map((s) => s.close()));
      await Promise.all(schemas.splice(0).map((s) => dropSchema(s)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
