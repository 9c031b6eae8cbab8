/**
 * prisma/sqlite/schema.prisma is the one source of truth for the models; Prisma wants one provider per
 * schema, so the PostgreSQL schema is derived from it here (provider and client output are all that differ).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const PRISMA_ROOT = path.resolve(import.meta.dirname, '..', 'prisma');
export const SOURCE_SCHEMA = path.join(PRISMA_ROOT, 'sqlite', 'schema.prisma');
export const POSTGRES_SCHEMA = path.join(PRISMA_ROOT, 'postgresql', 'schema.prisma');

export function derivePostgresSchema(sqliteSchema: string): string {
  const provider = 'provider = "sqlite"';
  const output = '"../../src/store/generated/sqlite"';
  if (!sqliteSchema.includes(provider) || !sqliteSchema.includes(output)) {
    throw new Error(
      `${SOURCE_SCHEMA} no longer has ${provider} and output ${output}; update scripts/schema-variants.ts`,
    );
  }
  return sqliteSchema
    .replace(provider, 'provider = "postgresql"')
    .replace(output, '"../../src/store/generated/postgresql"')
    .replace(
      '// The one source of truth',
      '// GENERATED from prisma/sqlite/schema.prisma by scripts/make-migration.ts: do not edit.\n// The one source of truth',
    );
}

export function expectedPostgresSchema(): string {
  return derivePostgresSchema(readFileSync(SOURCE_SCHEMA, 'utf8'));
}
