import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MigrationList } from '@prisma/schema-engine-wasm';

export type Provider = 'sqlite' | 'postgresql';

/**
 * prisma/ at the root of the package (the nearest folder up with a package.json), wherever the process was
 * started from and whether this file runs from src/ or compiled from dist/src/.
 */
export const PRISMA_DIR = path.join(packageRoot(path.dirname(fileURLToPath(import.meta.url))), 'prisma');

function packageRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
}

export function schemaPath(provider: Provider): string {
  return path.join(PRISMA_DIR, provider, 'schema.prisma');
}

export function migrationsDir(provider: Provider): string {
  return path.join(PRISMA_DIR, provider, 'migrations');
}

/** The migrations folder as the schema engine wants it: the same files `prisma migrate deploy` reads. */
export function readMigrations(provider: Provider): MigrationList {
  const baseDir = migrationsDir(provider);
  const lockPath = path.join(baseDir, 'migration_lock.toml');
  const names = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(path.join(baseDir, d.name, 'migration.sql')))
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: readFileSync(path.join(baseDir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}
