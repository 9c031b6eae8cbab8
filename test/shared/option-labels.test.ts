import { describe, expect, it } from 'vitest';
import { optionButtonLabels } from '../../adapters/shared/option-labels.ts';

describe('option buttons', () => {
  it('read as plain words: a `code` span shows without its backticks, where buttons render no Markdown', () => {
    expect(optionButtonLabels(['a GET', 'a POST with `Content-Type: text/plain`'], 75)).toEqual([
      'A. a GET',
      'B. a POST with Content-Type: text/plain',
    ]);
  });

  it('fall back to letters when an option would be cut, or two would read alike without their Markdown', () => {
    expect(optionButtonLabels(['short', 'x'.repeat(80)], 75)).toEqual(['A', 'B']);
    expect(optionButtonLabels(['`$?`', '$?', '$!'], 75)).toEqual(['A', 'B', 'C']);
  });
});
