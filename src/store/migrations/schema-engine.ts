import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm';

/**
 * Prisma's schema engine (the part behind `prisma migrate deploy` and `prisma migrate diff`), compiled to
 * WebAssembly and driven through a driver adapter. The native engine the CLI wants is downloaded from
 * Prisma's own host, which machines without internet cannot reach; this one ships in npm.
 *
 * The package's entry imports the .wasm file as an ES module, which Node 20 refuses, so we instantiate the
 * .wasm beside the JS glue ourselves and hand the exports to the glue.
 */
type Glue = typeof import('@prisma/schema-engine-wasm/schema_engine_bg') & {
  __wbg_set_wasm(exports: Record<string, unknown>): void;
};

/** The slice of the WebAssembly global we use (the project's TypeScript lib has no DOM/wasm typings). */
interface WasmApi {
  instantiate(
    bytes: Uint8Array,
    imports: object,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
}
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let loading: Promise<Glue> | null = null;

function loadGlue(): Promise<Glue> {
  loading ??= (async () => {
    const glue = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as Glue;
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
    const bytes = await readFile(path.join(dir, 'schema_engine_bg.wasm'));
    const { instance } = await wasmApi.instantiate(bytes, { './schema_engine_bg.js': withUnrefTimers(glue) });
    glue.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start === 'function') start();
    return glue;
  })();
  return loading;
}

/**
 * The engine arms a 10-second timer for its connection timeouts and never clears it, which would keep a
 * finished `db migrate` process alive for 10 s; unref'd timers still fire while the process has work.
 */
function withUnrefTimers(glue: Glue): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...glue };
  for (const name of Object.keys(imports).filter((k) => k.startsWith('__wbg_setTimeout_'))) {
    imports[name] = (callback: () => void, ms: number) => {
      const timer = setTimeout(callback, ms >>> 0);
      timer.unref();
      return timer;
    };
  }
  return imports;
}

export interface SchemaFile {
  readonly path: string;
  readonly content: string;
}

/** Starts a schema engine on the database behind `factory`, knowing the given Prisma schema files. */
export async function startSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schemaFiles: readonly SchemaFile[],
  onLog: (message: string) => void = () => {},
): Promise<SchemaEngine> {
  const glue = await loadGlue();
  try {
    return await glue.SchemaEngine.new(
      { datamodels: schemaFiles.map((f): [string, string] => [f.path, f.content]) },
      onLog,
      bindMigrationAwareSqlAdapterFactory(factory),
    );
  } catch (error) {
    throw new Error('could not start the Prisma schema engine (WebAssembly)', { cause: error });
  }
}

export const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };
