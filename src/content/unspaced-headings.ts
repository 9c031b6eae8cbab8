import { fenceTracker } from './code-fences.ts';
import { startsLine } from './text-lines.ts';

/**
 * Headings typed without the space CommonMark wants after their marks (`##1. 软件工程的定义`, `###2.解释…`,
 * `##操作系统`), as editors that render them anyway let authors write: a reader sees a heading, markdown-it a
 * paragraph. Two marks or more, or one before a number and its dot, then a digit or a Han character: an
 * Obsidian tag (`#软件工程`, `#todo`) is one mark and no number, and `#include` or `#!/bin/sh` is neither.
 * Every line stays where it was; fenced code is left as typed.
 */
const UNSPACED = /^( {0,3})(#{2,6}|#(?=\d{1,3}[.、]))(?=[\d\p{Script=Han}])/u;
/** `/^ {0,3}#{1,6}[\d\p{Script=Han}]/mu`, tried only where a line starts with its marks (see mayHold). */
const MAY_HOLD_AT = / {0,3}#{1,6}[\d\p{Script=Han}]/uy;

export function withHeadingSpaces(text: string): string {
  if (!mayHold(text)) return text;
  const inCode = fenceTracker();
  return text
    .split('\n')
    .map((line) => (inCode(line) || !UNSPACED.test(line) ? line : line.replace(UNSPACED, '$1$2 ')))
    .join('\n');
}

/**
 * Whether some line starts with `#` marks (after at most three spaces) and then a digit or a Han character.
 * Found by each `#`, not by `/^…/m`: that pattern tried every position of every note and was a large share
 * of the passes before Markdown reads the note; a note has few `#` and fewer at a line's start.
 */
function mayHold(text: string): boolean {
  for (let at = text.indexOf('#'); at >= 0; at = text.indexOf('#', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 3 && text.charCodeAt(start - 1) === 0x20) start--;
    if (startsLine(text, start)) {
      MAY_HOLD_AT.lastIndex = start;
      if (MAY_HOLD_AT.test(text)) return true;
    }
    while (text.charCodeAt(at + 1) === 0x23) at++; // the run's other marks start no line
  }
  return false;
}
