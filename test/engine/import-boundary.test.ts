import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ENGINE_DIR = join(import.meta.dirname, '../../src/engine');
/** The engine talks to the outside only through the ports it is given. */
const FORBIDDEN = [
  /@slack\//,
  /discord\.js/,
  /prisma/i,
  /node-cron/,
  /node:timers/,
  /\/adapters\//,
  /\/store\//,
];

describe('engine import boundary', () => {
  it('imports no platform, database, scheduler or adapter code', () => {
    const offenders: string[] = [];
    for (const file of readdirSync(ENGINE_DIR).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(ENGINE_DIR, file), 'utf8');
      for (const [, spec] of source.matchAll(/from\s+'([^']+)'/g)) {
        if (spec !== undefined && FORBIDDEN.some((re) => re.test(spec))) offenders.push(`${file}: ${spec}`);
      }
      if (/\bset(Timeout|Interval)\s*\(/.test(source)) offenders.push(`${file}: uses a timer`);
      // clock.ts defines the production clock; everything else must be handed one.
      if (file !== 'clock.ts' && /\bnew Date\(\)|Date\.now\(\)|Math\.random\(\)/.test(source)) {
        offenders.push(`${file}: reads time or randomness`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
