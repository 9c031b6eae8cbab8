import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl, redact } from '../../src/store/database-url.ts';

describe('DATABASE_URL', () => {
  it('defaults to a SQLite file under data/', () => {
    expect(parseDatabaseUrl('')).toEqual({ provider: 'sqlite', file: path.resolve('data/notequiz.db') });
  });

  it('reads file: URLs and bare paths as SQLite files', () => {
    expect(parseDatabaseUrl('file:./data/x.db')).toEqual({
      provider: 'sqlite',
      file: path.resolve('data/x.db'),
    });
    expect(parseDatabaseUrl('file:/var/lib/notequiz/q.db')).toEqual({
      provider: 'sqlite',
      file: '/var/lib/notequiz/q.db',
    });
    expect(parseDatabaseUrl('file:///var/lib/q.db?connection_limit=1')).toEqual({
      provider: 'sqlite',
      file: '/var/lib/q.db',
    });
    expect(parseDatabaseUrl('/tmp/q.db')).toEqual({ provider: 'sqlite', file: '/tmp/q.db' });
  });

  it('reads postgres:// and postgresql:// as PostgreSQL, taking the schema from ?schema=', () => {
    expect(parseDatabaseUrl('postgres://u:p@db:5432/quiz')).toEqual({
      provider: 'postgresql',
      url: 'postgres://u:p@db:5432/quiz',
      schema: null,
    });
    expect(parseDatabaseUrl('postgresql://u@db/quiz?schema=notequiz&sslmode=require')).toEqual({
      provider: 'postgresql',
      url: 'postgresql://u@db/quiz?sslmode=require',
      schema: 'notequiz',
    });
  });

  it('names the accepted forms when the URL is something else, without echoing the password', () => {
    expect(() => parseDatabaseUrl('mysql://root:hunter2@db/quiz')).toThrow(/file:.*postgresql:\/\//);
    expect(() => parseDatabaseUrl('mysql://root:hunter2@db/quiz')).not.toThrow(/hunter2/);
    expect(redact('postgresql://me:secret@db/quiz')).toBe('postgresql://me:***@db/quiz');
  });
});
