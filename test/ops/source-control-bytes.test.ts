import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Control bytes other than tab, line feed and carriage return: invisible in review, so written as `\u` escapes. */
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

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
