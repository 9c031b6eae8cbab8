import type { SKRSContext2D } from '@napi-rs/canvas';
import { font } from './picture-fonts.ts';

/**
 * Chat text as both clients draw it, reduced to what our messages use: paragraphs of styled runs that wrap
 * at word boundaries, quotes with a bar, and code blocks in a box. Slack mrkdwn and Discord Markdown are
 * each parsed into this (slack-mrkdwn.ts, discord-markdown.ts), so one drawer serves both pictures.
 */

export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly code?: boolean;
  /** A mention or a link: drawn in the client's highlight. */
  readonly mention?: boolean;
  /** A date or time the client formats for the reader (Discord's `<t:…>`): a soft box, plain text. */
  readonly stamp?: boolean;
}

export type Block =
  | { readonly kind: 'text'; readonly runs: readonly Run[] }
  | { readonly kind: 'quote'; readonly runs: readonly Run[] }
  | { readonly kind: 'code'; readonly lines: readonly string[] }
  | { readonly kind: 'gap' };

export interface TextTheme {
  readonly size: number;
  readonly lineHeight: number;
  readonly color: string;
  readonly boldColor: string;
  readonly codeColor: string;
  readonly codeBackground: string;
  readonly codeBorder: string;
  readonly mentionColor: string;
  readonly mentionBackground: string;
  readonly quoteBar: string;
}

/** Pieces that wrap as one: a word with its following spaces, or a whole code span or mention. */
function piecesOf(run: Run): string[] {
  if ((run.code || run.mention || run.stamp) && run.text.length <= 40) return [run.text];
  return run.text.split(/(?<=\s)/).filter((p) => p !== '');
}

function styleFor(ctx: SKRSContext2D, run: Run, theme: TextTheme): void {
  ctx.font = font(run.code ? theme.size - 2 : theme.size, { bold: run.bold, italic: run.italic });
  ctx.fillStyle = run.code
    ? theme.codeColor
    : run.mention
      ? theme.mentionColor
      : run.bold
        ? theme.boldColor
        : theme.color;
}

/** Draws runs wrapped to `width` from the top-left (x, y); returns the y below the last line. */
export function drawRuns(
  ctx: SKRSContext2D,
  runs: readonly Run[],
  x: number,
  y: number,
  width: number,
  theme: TextTheme,
): number {
  let cx = x;
  let line = y;
  const baseline = () => line + theme.lineHeight * 0.72;
  for (const run of runs) {
    for (const piece of piecesOf(run)) {
      styleFor(ctx, run, theme);
      const pad = run.code || run.mention || run.stamp ? 3 : 0;
      const width_ = ctx.measureText(piece).width + 2 * pad;
      if (cx + width_ - (piece.endsWith(' ') ? ctx.measureText(' ').width : 0) > x + width && cx > x) {
        cx = x;
        line += theme.lineHeight;
      }
      if (cx === x && piece.trim() === '') continue;
      if (pad > 0) {
        ctx.fillStyle = run.mention ? theme.mentionBackground : theme.codeBackground;
        ctx.beginPath();
        ctx.roundRect(cx, line + 2, width_ - (piece.endsWith(' ') ? 4 : 0), theme.lineHeight - 4, 3);
        ctx.fill();
        if (run.code) {
          ctx.strokeStyle = theme.codeBorder;
          ctx.lineWidth = 1;
          ctx.stroke();
        }
        styleFor(ctx, run, theme);
      }
      ctx.fillText(piece, cx + pad, baseline());
      cx += width_;
    }
  }
  return line + theme.lineHeight;
}

/** Draws blocks one under the other; returns the y below the last. */
export function drawBlocks(
  ctx: SKRSContext2D,
  blocks: readonly Block[],
  x: number,
  y: number,
  width: number,
  theme: TextTheme,
): number {
  let at = y;
  for (const block of blocks) {
    if (block.kind === 'gap') at += theme.lineHeight / 2;
    else if (block.kind === 'text') at = drawRuns(ctx, block.runs, x, at, width, theme);
    else if (block.kind === 'quote') {
      const bottom = drawRuns(ctx, block.runs, x + 14, at, width - 14, theme);
      ctx.fillStyle = theme.quoteBar;
      ctx.beginPath();
      ctx.roundRect(x, at + 1, 4, bottom - at - 2, 2);
      ctx.fill();
      at = bottom;
    } else at = drawCodeBlock(ctx, block.lines, x, at, width, theme);
  }
  return at;
}

function drawCodeBlock(
  ctx: SKRSContext2D,
  lines: readonly string[],
  x: number,
  y: number,
  width: number,
  theme: TextTheme,
): number {
  const lineHeight = theme.lineHeight - 2;
  const height = lines.length * lineHeight + 16;
  ctx.fillStyle = theme.codeBackground;
  ctx.strokeStyle = theme.codeBorder;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.roundRect(x, y + 4, width, height, 4);
  ctx.fill();
  ctx.stroke();
  ctx.font = font(theme.size - 2);
  ctx.fillStyle = theme.color;
  for (const [i, text] of lines.entries())
    ctx.fillText(text, x + 10, y + 4 + 8 + i * lineHeight + lineHeight * 0.72);
  return y + height + 8;
}
