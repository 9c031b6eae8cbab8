import { isLinkLine, isPlaceholderWord } from './placeholder-answers.ts';

/**
 * Is an indented block the author's prose (answers typed with a tab in front) or real code? Judged line by
 * line and meant to say "prose" only when it is plain: a single sign of code, a command, config or output on
 * one line keeps the whole block code.
 */

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/gu;
/** Punctuation only prose has: CJK commas and stops, or a sentence's end. */
const CJK_PUNCTUATION = /[，。；：！？、]/u;
const SENTENCE_END = /[.!?:。！？：]\s*$/u;

/** A list marker in front of a point ("1. ", "- ", "2) "): the point's words are what is judged. */
const LIST_MARKER = /^(?:[-*+•]|\d{1,3}[.)、])\s+/u;

/** Signs of code whatever the line's language: a statement's end, a block, a comment, a prompt, markup. */
const CODE_ANYWHERE = [
  /;\s*$/, // a statement's end
  /[{}]/, // a block or an object
  /\/\/|\/\*|\*\//, // a comment
  /=>|->|==|!=|&&|\|\||:=|\+\+|<<|>>|::/, // operators
  /^(?:[$%#>|]|>>>)(?:\s|$)/, // a shell prompt, a quote mark, a table row
  /^\|/, // a table row
  /<\/?[A-Za-z][\w-]*(?:\s[^>]*)?\/?>/, // a tag
  /[A-Za-z_$][\w$.]*\(\s*["'`]/, // a call with a string: `print("你好")`
  /^[A-Za-z_$][\w$.[\]]*\s*[-+*/]?=\s*\S/, // an assignment: `x = fetch()`, `name = "张三"`
  /\s#\s/, // a comment after code
  /^\d{4}-\d{2}-\d{2}|\b\d{2}:\d{2}:\d{2}\b/, // a log line's time stamp
  /(?:^|\s)(?:~|\.{1,2})?\/[\w.-]+\/[\w.-]*/, // a path: /usr/bin, ./src/
  /[A-Za-z]:\\/, // a Windows path
  /\\\s*$/, // a continued command
  /\S {3,}\S|\t/, // columns of output
  /^[A-Za-z_][\w.-]*\s*[:=]\s*\S+$/, // config: `port: 8080`, `title: 博客`, `acks=all`
  /^(?:def|class|import|from|package|public|private|protected|static|function|func|fn|var|let|const|return|#include|using|namespace|SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP)\s/,
  /^(?:if|for|while|switch|catch)\s*\(/,
  /^(?:sudo|npm|npx|yarn|pnpm|pip3?|git|docker|kubectl|mvn|gradle|java|javac|python3?|node|go|cargo|curl|wget|apt|apt-get|yum|dnf|brew|cd|ls|echo|mkdir|rm|cp|mv|cat|chmod|chown|export|source|ssh|scp|tar|grep|systemctl|service)\s/,
  /(?:^|\s)--?[A-Za-z][\w-]*(?:=|\s|$)/, // a command's flag
];

/**
 * Signs of code in a line with no CJK in it: CJK prose writes "设置 acks = all", "factor >= 3" and "调用
 * poll() 拉取消息".
 */
const CODE_IN_LATIN = [/[=<>]/, /`/, /[A-Za-z_$][\w$.]*\([^()]*\)/];

/** A word of prose: letters, maybe an apostrophe or hyphen, maybe punctuation after it. */
const WORD = /^[("'‘“]?[A-Za-z][A-Za-z'’-]*[)"'’”]?[.,;:!?]*$/;

function latinProse(text: string): boolean {
  const tokens = text.split(/\s+/).filter((t) => t !== '');
  if (tokens.length < 3) return false;
  const words = tokens.filter((t) => WORD.test(t) || /^\d+[.,:]?$/.test(t)).length;
  return words * 5 >= tokens.length * 4;
}

/** One line of the block: prose, a line that says nothing either way (a bare URL, "todo"), or code. */
export type LineKind = 'prose' | 'neutral' | 'code';

/** A URL inside a line ("[docs](https://…)"): its slashes are no comment and no path. */
const URL = /\bhttps?:\/\/[^\s)]+/g;

export function lineKind(line: string): LineKind {
  const written = line.trim();
  if (written === '' || isLinkLine(written) || isPlaceholderWord(written)) return 'neutral';
  const text = written.includes('://') ? written.replace(URL, '') : written;
  if (CODE_ANYWHERE.some((sign) => sign.test(text))) return 'code';
  const point = text.replace(LIST_MARKER, '');
  if ((point.match(CJK)?.length ?? 0) >= 2) return 'prose';
  if (CODE_IN_LATIN.some((sign) => sign.test(point))) return 'code';
  return latinProse(point) ? 'prose' : 'code';
}

/** Every line prose or neutral, at least one prose, and some punctuation only sentences have. */
export function isProseBlock(content: string): boolean {
  let prose = 0;
  let punctuated = false;
  for (const line of content.split('\n')) {
    const kind = lineKind(line);
    if (kind === 'code') return false;
    if (kind === 'prose') {
      prose++;
      punctuated ||= CJK_PUNCTUATION.test(line) || SENTENCE_END.test(line);
    }
  }
  return prose > 0 && punctuated;
}
