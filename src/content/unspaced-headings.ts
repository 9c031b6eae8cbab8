import { fenceTracker } from './code-fences.ts';

/**
 * Headings typed without the space CommonMark wants after their marks (`##1. 软件工程的定义`, `###2.解释…`,
 * `##操作系统`), as editors that render them anyway let authors write: a reader sees a heading, markdown-it a
 * paragraph. Two marks or more, or one before a number and its dot, then a digit or a Han character: an
 * Obsidian tag (`#软件工程`, `#todo`) is one mark and no number, and `#include` or `#!/bin/sh` is neither.
 * Every line stays where it was; fenced code is left as typed.
 */
const UNSPACED = /^( {0,3})(#{2,6}|#(?=\d{1,3}[.、]))(?=[\d\p{Script=Han}])/u;
const MAY_HOLD = /^ {0,3}#{1,6}[\d\p{Script=Han}]/mu;

export function withHeadingSpaces(text: string): string {
  if (!MAY_HOLD.test(text)) return text;
  const inCode = fenceTracker();
  return text
    .split('\n')
    .map((line) => (inCode(line) || !UNSPACED.test(line) ? line : line.replace(UNSPACED, '$1$2 ')))
    .join('\n');
}
