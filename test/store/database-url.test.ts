import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { redactUrl } from '../../src/config/secrets.ts';
import { parseDatabaseUrl } from '../../src/store/database-url.ts';

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
    expect(redactUrl('postgresql://me:secret@db/quiz')).toBe('postgresql://me:****@db/quiz');
    expect(redactUrl('postgresql://me:se/cret@db/quiz')).toBe('postgresql://me:****@db/quiz');
  });

  it('refuses an invalid host or port, a file: with no path and a server address without its scheme', () => {
    const refused = (url: string) => () => parseDatabaseUrl(url);
    expect(refused('postgresql://u:hunter2@db:99999/quiz')).toThrow(
      /not a valid URL: check the host and the port/,
    );
    expect(refused('postgresql://u:hunter2@db:99999/quiz')).not.toThrow(/hunter2/);
    expect(refused('postgresql://u@db:0/quiz')).toThrow(/port 0/);
    expect(refused('postgresql://u@ba d/quiz')).toThrow(/not a valid URL/);
    expect(refused('postgresql:///quiz')).toThrow(/names no host/);
    expect(parseDatabaseUrl('postgresql:///quiz?host=/var/run/postgresql')).toMatchObject({
      provider: 'postgresql',
    });
    expect(refused('file:')).toThrow(/names no file/);
    expect(refused('file:?mode=ro')).toThrow(/names no file/);
    for (const address of [
      '127.0.0.1:5432/quiz',
      'db:5432',
      'quiz@db/quiz',
      '//db/quiz',
      'postgres:db/quiz',
    ]) {
      expect(refused(address)).toThrow(/looks like a server address without its scheme/);
    }
    expect(parseDatabaseUrl('data/quiz.db')).toEqual({
      provider: 'sqlite',
      file: path.resolve('data/quiz.db'),
    });
    expect(parseDatabaseUrl('C:/data/quiz.db')).toMatchObject({ provider: 'sqlite' });
  });
});
