import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('README', () => {
  it('is built from docs/readme/*.md and up to date (run `npm run docs` after editing a fragment)', () => {
    expect(() =>
      execFileSync(process.execPath, ['scripts/build-readme.mjs', '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });
});
