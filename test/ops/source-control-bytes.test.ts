import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Control characters other than tab and carriage return (lines are split at line feeds): invisible in review. */
const RAW_CONTROL = /(?![\t\r])\p{Cc}/u;

describe('source files', () => {
  it('hold no raw control bytes (they are written as \\u escapes)', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
      .split('\u0000')
      .filter((f) => /\.(ts|js|mjs|md|prisma|sql|json|ya?ml|toml)$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.flatMap((file) => {
      const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n');
      return lines.flatMap((line, i) => (RAW_CONTROL.test(line) ? [`${file}:${i + 1}`] : []));
    });
    expect(offenders).toEqual([]);
  });
});
