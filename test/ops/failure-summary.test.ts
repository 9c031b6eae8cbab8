import { describe, expect, it } from 'vitest';
import { oneLine, summariseFailure } from '../../src/ops/failure-summary.ts';

describe('summariseFailure', () => {
  it("says a dependency's fault in plain words from a known code anywhere in the chain of causes", () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const wrapped = new Error('store: getTenant failed', { cause: new AggregateError([refused], '') });
    expect(summariseFailure('database', wrapped)).toBe('database: connection refused');
    const snapshot = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY_SNAPSHOT' });
    expect(summariseFailure('database', snapshot)).toBe('database: locked by another process');
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
    });
    expect(summariseFailure('database', new Error('x', { cause: shutdown }))).toBe(
      'database: the server is shutting down',
    );
  });

  it("keeps a driver's message to its meaningful first line, without source paths", () => {
    const prisma = new Error(
      '\nInvalid `db.tenant.findUnique()` invocation in\n/work/app/src/store/prisma-people.ts:49:35\n\n  46 return\n→ 49 const row = await db.tenant.findUnique(\nServer has closed the connection.',
    );
    const line = summariseFailure('database', new Error('store: getTenant failed', { cause: prisma }));
    expect(line).toBe('database: Server has closed the connection.');
    const minimal = new Error(
      'Invalid `prisma.tenant.findUnique()` invocation:\n\n\nServer has closed the connection.',
    );
    expect(summariseFailure('database', minimal)).toBe('database: Server has closed the connection.');
  });

  it('cuts a long line and drops control characters', () => {
    expect(oneLine(`a\u0000b ${'x'.repeat(500)}`)).toHaveLength(100);
    expect(oneLine('a\u0007b')).toBe('a b');
  });
});
