import { trimEndOf } from './html-text.ts';
import type { InlineInfo } from './inline-text.ts';
import type { Block } from './markdown-blocks.ts';
import { hasHan } from './text-normalise.ts';
import type { CommandFact } from './types.ts';

/** Commands in an answer: shell code blocks, inline code, and command lines written in Chinese prose. */
export const SHELL_INFO: ReadonlySet<string> = new Set([
  '',
  'sh',
  'bash',
  'shell',
  'console',
  'zsh',
  'terminal',
  'cmd',
  'powershell',
  'ps',
]);
const COMMAND_START = /^(?:\$\s+)?([a-z][\w.-]*)(?:\s|$)/;
/** Program code, not a command line: assignments, arrows, calls, statements. */
const CODE_NOT_COMMAND = /\s(?:=>|=|:)\s|^[\w.-]+\(|[;{]\s*$/;

export function commandsInCode(block: Extract<Block, { type: 'code' }>): CommandFact[] {
  const info = block.info.toLowerCase();
  if (!SHELL_INFO.has(info)) return [];
  const out: CommandFact[] = [];
  block.content.split('\n').forEach((raw, k) => {
    const line = raw.trim();
    if (out.length < 3 && COMMAND_START.test(line) && !hasHan(line) && !CODE_NOT_COMMAND.test(line)) {
      out.push({ line: block.line + 1 + k, command: line.replace(/^\$\s+/, ''), shell: info !== '' });
    }
  });
  return out;
}

export function commandsInInline(inline: InlineInfo): CommandFact[] {
  const out: CommandFact[] = [];
  for (const term of inline.terms) {
    if (term.kind === 'code' && /^[a-z][\w.-]*\s+\S/.test(term.text) && !CODE_NOT_COMMAND.test(term.text)) {
      out.push({ line: inline.line, command: term.text, shell: false });
    }
  }
  if (hasHan(inline.plain)) {
    for (const run of latinRuns(inline.plain)) {
      // The shape test first: it rejects most runs without splitting them into words.
      if (!/^[a-z][\w.-]*\s+[a-z$-]/.test(run)) continue;
      if (PROSE_WORDS.has(run.split(/\s+/)[1] ?? '')) continue;
      if (!out.some((c) => c.command.includes(run) || run.includes(c.command))) {
        out.push({ line: inline.line, command: run, shell: false });
      }
    }
  }
  return out;
}

const PROSE_WORDS = new Set([
  'in',
  'and',
  'or',
  'the',
  'is',
  'of',
  'to',
  'with',
  'a',
  'an',
  'for',
  'on',
  'as',
  'by',
  'at',
  'from',
]);

/** Runs of Latin script inside Chinese text ("docker kill $(sudo docker ps -q)", "UnionFS"). */
export function latinRuns(text: string): string[] {
  const flat = text.normalize('NFKC');
  return (flat.match(/[A-Za-z$-][\x21-\x7e]*(?: [\x21-\x7e]+)*/g) ?? [])
    .map((r) => trimClosers(trimEndOf(r, '.,;:!?').trim()))
    .filter((r) => /[A-Za-z]/.test(r));
}

/** Drop a trailing ")" or "]" only when it closes nothing inside the run. */
function trimClosers(run: string): string {
  // Most runs end on neither: nothing to count.
  const final = run.charCodeAt(run.length - 1);
  if (final !== 0x29 && final !== 0x5d) return run;
  // Brackets counted once, then kept up to date as the end is trimmed (recounting per step is quadratic).
  const opens = { ')': countOf(run, '('), ']': countOf(run, '[') };
  const closes = { ')': countOf(run, ')'), ']': countOf(run, ']') };
  let end = run.length;
  for (;;) {
    const last = run[end - 1];
    if (last !== ')' && last !== ']') return run.slice(0, end);
    if (opens[last] >= closes[last]) return run.slice(0, end);
    closes[last]--;
    end--;
    // What trimEndOf and trim would drop after the bracket, counted out of the tallies as it goes.
    while (end > 0 && '.,;:!? \t'.includes(run[end - 1] as string)) end--;
  }
}

function countOf(text: string, c: string): number {
  let n = 0;
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) n++;
  return n;
}

/**
 * The answer is a command when the note says so (the prompt names a command), when it opens with a
 * command block (possibly after a "run this:" line), or when its first paragraph is mostly a command.
 */
export function answerCommandOf(
  prompt: string,
  blocks: readonly Block[],
  commands: readonly CommandFact[],
): CommandFact | null {
  const first = commands[0];
  if (!first) return null;
  if (
    /(?:命令|指令)(?:是|有哪|为|叫)|(?:哪个|哪条|什么)(?:命令|指令)|\b(?:which|what) commands?\b|\bcommand (?:to|for)\b/i.test(
      prompt,
    )
  )
    return first;
  const content = blocks.filter((b) => b.type === 'paragraph' || b.type === 'list' || b.type === 'code');
  const [a, b] = content;
  if (a?.type === 'code') return isShort(a) ? commandIn(commands, a) : null;
  if (a?.type === 'paragraph') {
    if (/[:：]$/.test(a.inline.plain.trim()) && b?.type === 'code')
      return isShort(b) ? commandIn(commands, b) : null;
    const own = commandIn(commands, a);
    if (own && a.inline.lines.length <= 2 && own.command.length >= 0.4 * a.inline.plain.trim().length)
      return own;
  }
  return null;
}

// Functions of their own, not closures made per card: tsx names each named closure by a defineProperty call.
const commandIn = (commands: readonly CommandFact[], block: Block): CommandFact | null =>
  commands.find((c) => c.line >= block.line && c.line <= block.end) ?? null;

/** A command answer is a command or two, not a script. */
const isShort = (block: Block): boolean =>
  block.type === 'code' && block.content.trim().split('\n').length <= 3;
