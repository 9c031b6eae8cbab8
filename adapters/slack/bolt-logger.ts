import { type Logger as BoltLogger, LogLevel } from '@slack/logger';
import type pino from 'pino';

/** Bolt and the Web API client log through this, so their lines land in our JSON logs with our fields. */
export function boltLogger(logger: pino.Logger): BoltLogger {
  const child = logger.child({ component: 'slack-bolt' });
  let level: LogLevel = LogLevel.INFO;
  const text = (msg: unknown[]): string =>
    msg.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  return {
    // Bolt logs at debug on every request: skip building the line unless someone will read it.
    debug: (...msg: unknown[]) => {
      if (child.isLevelEnabled('debug')) child.debug(text(msg));
    },
    info: (...msg: unknown[]) => child.info(text(msg)),
    warn: (...msg: unknown[]) => child.warn(text(msg)),
    error: (...msg: unknown[]) => child.error(text(msg)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
