import type { Token } from 'markdown-it';
import MarkdownIt from 'markdown-it';
import deflist from 'markdown-it-deflist';
import { withoutBackLinks } from './back-links.ts';
import { containerLists } from './container-lists.ts';
import { withIndentedProse } from './indented-prose.ts';
import { type InlineInfo, readInline } from './inline-text.ts';
import { keepShapesOf } from './shape-keepers.ts';
import { linesOf } from './text-lines.ts';
import { isRagged } from './typed-cells.ts';

/**
 * The note as a flat list of blocks with 1-based line ranges, read from markdown-it's tokens (never from
 * raw lines), so a `#` inside a code fence is code and a heading inside a list item is still a heading.
 * Lists whose items hold headings or ask questions (numbered question lists, quiz items with their options
 * or a stated answer) are containers: their content is emitted as ordinary blocks and the heading or
 * paragraph that opens an item remembers where the item ends.
 */
export type Block =
  | {
      readonly type: 'heading';
      readonly level: number;
      readonly line: number;
      readonly end: number;
      readonly inline: InlineInfo;
      /** Last line of the list item this heading opens, when it opens one. */
      readonly itemEnd: number | null;
      /** How many heading-holding list items enclose it. */
      readonly depth: number;
      /** Last line of the list item it stands inside without opening it (`- HTTPS` … `  ##### http的不足`). */
      readonly insideItemEnd: number | null;
    }
  | {
      readonly type: 'paragraph';
      readonly line: number;
      readonly end: number;
      readonly inline: InlineInfo;
      readonly quoted: boolean;
      /** Last line of the list item this paragraph opens, when it opens a question item. */
      readonly itemEnd: number | null;
    }
  | {
      readonly type: 'list';
      readonly line: number;
      readonly end: number;
      readonly ordered: boolean;
      readonly items: readonly ListItem[];
      /**
       * Options under a question, some wholly in bold, in a note that marks its keys so throughout: the bold
       * is the key even with no rationale under it (set after reading, bold-key-options.ts).
       */
      readonly keysInBold?: boolean;
    }
  | {
      readonly type: 'table';
      readonly line: number;
      readonly end: number;
      readonly header: readonly InlineInfo[];
      readonly rows: readonly { readonly line: number; readonly cells: readonly InlineInfo[] }[];
      /**
       * Some row, as the author typed it, has more or fewer cells than the header: markdown-it pads or cuts
       * it to the header's width, so which label a cell sits under is a guess.
       */
      readonly ragged: boolean;
    }
  | {
      readonly type: 'code';
      readonly line: number;
      readonly end: number;
      readonly info: string;
      readonly content: string;
      /** Written between fences (its content starts on the line after `line`), not indented. */
      readonly fenced: boolean;
    }
  | { readonly type: 'html'; readonly line: number; readonly end: number; readonly content: string }
  | {
      /** A Markdown definition list: `term`, then `: definition` lines. */
      readonly type: 'deflist';
      readonly line: number;
      readonly end: number;
      readonly items: readonly DefinitionEntry[];
    };

export interface DefinitionEntry {
  readonly line: number;
  readonly term: InlineInfo;
  /** The paragraphs of its definitions, in order. */
  readonly definitions: InlineInfo[];
}

export interface ListItem {
  readonly line: number;
  readonly end: number;
  /** The item's own paragraphs (nested lists become blocks of their own). */
  readonly inlines: InlineInfo[];
  /** The code blocks the item holds (also emitted as blocks): an option can be a command listing. */
  readonly code: string[];
  /** A list nested in the item (a label over points of its own, `- **贡献**` over `  - …`). */
  nested?: boolean;
}

const md = new MarkdownIt({ html: true, linkify: false }).use(deflist);

/** markdown-it's own parse, exposed for the benchmark's baseline. */
export function parseTokens(text: string): Token[] {
  return md.parse(text, {});
}

// Tokens of every kind a note has: the functions here that read tokens keep their compiled code.
keepShapesOf(
  parseTokens(
    '# a\n\nb *c* **d** `e` [f](g) ![h](i) <b>j</b>\nk\n\n- l\n\n1. m\n\n> n\n\n```\no\n```\n\n    p\n\n| q | r |\n|---|---|\n| s | t |\n\nu\n: v\n\n<div>w</div>\n\n---\n',
  ),
);

type Frame =
  | { kind: 'list'; items: ListItem[] }
  | { kind: 'item'; item: ListItem }
  | { kind: 'container-list' }
  | { kind: 'container-item'; end: number }
  | { kind: 'quote' }
  | { kind: 'deflist'; items: DefinitionEntry[] }
  | { kind: 'definition'; entry: DefinitionEntry };

const lineOf = (token: Token): number => (token.map ? token.map[0] + 1 : 0);
const endOf = (token: Token): number => (token.map ? token.map[1] : 0);

/** Index of the token closing the one at `start` (same nesting level). */
function closingIndex(tokens: readonly Token[], start: number): number {
  const open = tokens[start];
  if (!open) return start;
  for (let i = start + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t && t.level === open.level && t.nesting === -1) return i;
  }
  return tokens.length - 1;
}

export function readBlocks(text: string): Block[] {
  return blocksFromTokens(parseTokens(defuseBracketRuns(text)), text);
}

/**
 * The note's blocks and the text they were read from: answers typed as indented prose under their headings
 * are read again as prose (indented-prose.ts), and answers are cut from that text. One parse for most notes.
 */
export function readNoteBlocks(text: string): { readonly blocks: Block[]; readonly text: string } {
  const tokens = parseTokens(defuseBracketRuns(text));
  const prose = withIndentedProse(tokens, text);
  return prose === text
    ? { blocks: blocksFromTokens(tokens, text), text }
    : { blocks: readBlocks(prose), text: prose };
}

/** A run of this many `[` is noise, never links. */
const BRACKET_RUN = /\[{32,}/g;

/**
 * markdown-it looks for a link label at every `[`, and a long run of them (mixed with other marks) costs it
 * seconds per megabyte. Such a run cannot be a link: it is escaped in the text markdown-it reads (same
 * lines, so every line number stays true; answers are cut from the note's own text).
 */
function defuseBracketRuns(text: string): string {
  if (!text.includes('[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[')) return text;
  return text.replace(BRACKET_RUN, (run) => '\\['.repeat(run.length));
}

function blocksFromTokens(tokens: readonly Token[], text: string): Block[] {
  const read: BlockReading = {
    tokens,
    text,
    blocks: [],
    stack: [],
    lines: null,
    containers: containerLists(tokens),
  };
  const { blocks, stack } = read;
  // A small loop handing each kind of token to a function: a long loop body would be compiled afresh
  // (on-stack, and again whole) on every build.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        listOpened(read, token, i);
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
      case 'blockquote_close':
      case 'dl_close':
      case 'dd_close':
        stack.pop();
        break;
      case 'dl_open': {
        const items: DefinitionEntry[] = [];
        blocks.push({ type: 'deflist', line: lineOf(token), end: endOf(token), items });
        stack.push({ kind: 'deflist', items });
        break;
      }
      case 'dt_open': {
        const frame = stack[stack.length - 1];
        const inline = tokens[i + 1] as Token;
        if (frame?.kind === 'deflist' && inline.type === 'inline') {
          frame.items.push({ line: lineOf(token), term: readInline(inline, lineOf(token)), definitions: [] });
          i += 2;
        }
        break;
      }
      case 'dd_open': {
        const frame = stack[stack.length - 1];
        const entry = frame?.kind === 'deflist' ? frame.items[frame.items.length - 1] : undefined;
        if (entry) stack.push({ kind: 'definition', entry });
        else stack.push({ kind: 'quote' });
        break;
      }
      case 'list_item_open':
        itemOpened(stack, token);
        break;
      case 'blockquote_open':
        stack.push({ kind: 'quote' });
        break;
      case 'heading_open':
        headingRead(read, i);
        i += 2;
        break;
      case 'paragraph_open':
        paragraphRead(read, i);
        i += 2;
        break;
      case 'fence':
      case 'code_block': {
        const frame = stack[stack.length - 1];
        if (frame?.kind === 'item') frame.item.code.push(token.content);
        blocks.push({
          type: 'code',
          line: lineOf(token),
          end: endOf(token),
          info: token.info.trim(),
          content: token.content,
          fenced: token.type === 'fence',
        });
        break;
      }
      case 'html_block':
        blocks.push({ type: 'html', line: lineOf(token), end: endOf(token), content: token.content });
        break;
      case 'table_open':
        i = tableRead(read, i);
        break;
      default:
        break;
    }
  }
  return blocks;
}

/** One note's tokens as they are read into blocks. */
interface BlockReading {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly blocks: Block[];
  readonly stack: Frame[];
  /** Split only when the note has a table: a row's typed width is read from its line. */
  lines: readonly string[] | null;
  /** The lists that are containers of units (container-lists.ts). */
  readonly containers: ReadonlySet<number>;
}

function listOpened(read: BlockReading, token: Token, i: number): void {
  if (read.containers.has(i)) {
    read.stack.push({ kind: 'container-list' });
    return;
  }
  const parent = read.stack[read.stack.length - 1];
  if (parent?.kind === 'item') parent.item.nested = true;
  const items: ListItem[] = [];
  read.blocks.push({
    type: 'list',
    line: lineOf(token),
    end: endOf(token),
    ordered: token.type === 'ordered_list_open',
    items,
  });
  read.stack.push({ kind: 'list', items });
}

function itemOpened(stack: Frame[], token: Token): void {
  const frame = stack[stack.length - 1];
  if (frame?.kind === 'list') {
    const item: ListItem = { line: lineOf(token), end: endOf(token), inlines: [], code: [] };
    frame.items.push(item);
    stack.push({ kind: 'item', item });
  } else {
    stack.push({ kind: 'container-item', end: endOf(token) });
  }
}

function headingRead(read: BlockReading, i: number): void {
  const { tokens, stack } = read;
  const token = tokens[i] as Token;
  const inline = tokens[i + 1] as Token;
  const previous = tokens[i - 1];
  const frame = stack[stack.length - 1];
  const opensItem = previous?.type === 'list_item_open' && frame?.kind === 'container-item';
  read.blocks.push({
    type: 'heading',
    level: Number(token.tag.slice(1)),
    line: lineOf(token),
    end: endOf(token),
    inline: readInline(inline, lineOf(token), false, withoutBackLinks(inline.children ?? [])),
    itemEnd: opensItem && frame?.kind === 'container-item' ? frame.end : null,
    depth: containerDepth(stack) - (opensItem ? 1 : 0),
    insideItemEnd: !opensItem && frame?.kind === 'container-item' ? frame.end : null,
  });
}

function paragraphRead(read: BlockReading, i: number): void {
  const { tokens, stack } = read;
  const token = tokens[i] as Token;
  const inline = tokens[i + 1] as Token;
  const info = readInline(inline, lineOf(token), true);
  const frame = stack[stack.length - 1];
  if (frame?.kind === 'item') frame.item.inlines.push(info);
  else if (frame?.kind === 'definition') frame.entry.definitions.push(info);
  else
    read.blocks.push({
      type: 'paragraph',
      line: lineOf(token),
      end: endOf(token),
      inline: info,
      quoted: isQuoted(stack),
      itemEnd:
        frame?.kind === 'container-item' && tokens[i - 1]?.type === 'list_item_open' ? frame.end : null,
    });
}

/** Reads the table opening at `i`; returns the index of its closing token. */
function tableRead(read: BlockReading, i: number): number {
  const { tokens } = read;
  const token = tokens[i] as Token;
  const close = closingIndex(tokens, i);
  const header: InlineInfo[] = [];
  const rows: { line: number; cells: InlineInfo[] }[] = [];
  let row: InlineInfo[] | null = null;
  let rowLine = lineOf(token);
  let inHead = false;
  for (let j = i + 1; j < close; j++) {
    const t = tokens[j] as Token;
    if (t.type === 'thead_open') inHead = true;
    else if (t.type === 'thead_close') inHead = false;
    else if (t.type === 'tr_open') {
      row = [];
      rowLine = lineOf(t) || rowLine + 1;
      if (!inHead) rows.push({ line: rowLine, cells: row });
    } else if (t.type === 'inline' && row) {
      const cell = readInline(t, rowLine);
      if (inHead) header.push(cell);
      else row.push(cell);
    }
  }
  read.lines ??= linesOf(read.text);
  const ragged = isRagged(read.lines, lineOf(token), rows.map(lineOfRow));
  read.blocks.push({ type: 'table', line: lineOf(token), end: endOf(token), header, rows, ragged });
  return close;
}

const lineOfRow = (r: { readonly line: number }): number => r.line;

const isQuoted = (stack: readonly Frame[]): boolean => stack.some(isQuote);
const isQuote = (f: Frame): boolean => f.kind === 'quote';

function containerDepth(stack: readonly Frame[]): number {
  let n = 0;
  for (const f of stack) if (f.kind === 'container-item') n++;
  return n;
}
