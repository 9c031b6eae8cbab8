import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedPostgresSchema, POSTGRES_SCHEMA } from '../../scripts/schema-variants.ts';

describe('the two provider schemas', () => {
  it('say the same thing: prisma/postgresql/schema.prisma is derived from prisma/sqlite/schema.prisma', () => {
    // If this fails, run `npx tsx scripts/make-migration.ts <name>` after editing the SQLite schema.
    expect(readFileSync(POSTGRES_SCHEMA, 'utf8')).toBe(expectedPostgresSchema());
  });
});
