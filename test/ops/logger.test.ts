import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { redactUrl } from '../../src/config/secrets.ts';
import { createLogger } from '../../src/logger.ts';

function capture(level = 'debug') {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger({ level, destination }) };
}

describe('logger', () => {
  it('writes one JSON object per line with a level name and an ISO time', () => {
    const { lines, logger } = capture();
    logger.info({ channelId: 'slack:T1:C1' }, 'daily round posted');
    expect(lines[0]).toMatchObject({ level: 'info', msg: 'daily round posted', channelId: 'slack:T1:C1' });
    expect(String(lines[0]?.time)).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('carries round and request ids on child loggers', () => {
    const { lines, logger } = capture();
    logger.child({ roundId: 'daily:slack:T1:C1:2026-03-08' }).warn('retrying');
    logger.child({ requestId: 'req-1' }).info('ready check');
    expect(lines[0]).toMatchObject({ roundId: 'daily:slack:T1:C1:2026-03-08', msg: 'retrying' });
    expect(lines[1]).toMatchObject({ requestId: 'req-1' });
  });

  it('never prints tokens, signing secrets, passwords or database URLs', () => {
    const { lines, logger } = capture();
    logger.info(
      {
        token: 'xoxb-123',
        slack: { botToken: 'xoxb-456', signingSecret: 'abc', appToken: 'xapp-1' },
        config: { discord: { token: 'discord-secret' } },
        databaseUrl: 'postgresql://u:hunter2@db/x',
        headers: { authorization: 'Bearer xoxb-789' },
      },
      'config loaded',
    );
    const text = JSON.stringify(lines[0]);
    for (const secret of [
      'xoxb-123',
      'xoxb-456',
      'abc"',
      'xapp-1',
      'discord-secret',
      'hunter2',
      'xoxb-789',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('[redacted]');
  });

  it('respects the level and hides passwords in URLs for display', () => {
    const { lines, logger } = capture('warn');
    logger.info('quiet');
    logger.warn('loud');
    expect(lines.map((l) => l.msg)).toEqual(['loud']);
    expect(redactUrl('postgresql://bot:hunter2@db:5432/notequiz')).toBe(
      'postgresql://bot:****@db:5432/notequiz',
    );
  });

  it("leaves out a child's binding its parent already has, so no line repeats a key", () => {
    const raw: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _enc, done) {
        raw.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    const logger = createLogger({ level: 'info', destination, base: { instanceId: 'i-1' } });
    logger
      .child({ instanceId: 'i-1', component: 'scheduler' })
      .child({ component: 'scheduler' })
      .info('tick');
    expect(raw[0]?.match(/"instanceId"/g)).toHaveLength(1);
    expect(raw[0]?.match(/"component"/g)).toHaveLength(1);
  });

  it('pretty-prints into a given stream too (the terminal chat gives one)', () => {
    const raw: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _enc, done) {
        raw.push(chunk.toString());
        done();
      },
    });
    createLogger({ level: 'info', destination, pretty: true }).info('hello');
    const text = raw.join('');
    expect(text).toContain('INFO');
    expect(text).toContain('hello');
    expect(text.startsWith('{')).toBe(false);
  });
});
