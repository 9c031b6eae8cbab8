import type { SKRSContext2D } from '@napi-rs/canvas';
import type { SlackRoundCapture } from '../../test/docs/chat-pictures/capture-slack-round.ts';
import { avatar, type ButtonStyle, badge, buttonRow, divider, label, picture } from './draw-kit.ts';
import { drawBlocks, drawRuns, type TextTheme } from './rich-text.ts';
import { parseMrkdwn } from './slack-mrkdwn.ts';

/** A daily round drawn the way Slack's light theme shows it, from the Block Kit payloads Slack received. */

const WIDTH = 720;
const LEFT = 72;
const CONTENT = WIDTH - LEFT - 24;

const TEXT: TextTheme = {
  size: 15,
  lineHeight: 22,
  color: '#1d1c1d',
  boldColor: '#1d1c1d',
  codeColor: '#e01e5a',
  codeBackground: '#f6f6f6',
  codeBorder: '#dddddd',
  mentionColor: '#1264a3',
  mentionBackground: '#e8f5fa',
  quoteBar: '#dddddd',
};
const CONTEXT: TextTheme = { ...TEXT, size: 12, lineHeight: 18, color: '#616061', boldColor: '#616061' };
const HEADER: TextTheme = { ...TEXT, size: 18, lineHeight: 26 };
const BUTTON: ButtonStyle = {
  background: '#ffffff',
  border: '#bbbbbb',
  color: '#1d1c1d',
  size: 14,
  height: 32,
  radius: 6,
};
const PRIMARY: ButtonStyle = { ...BUTTON, background: '#007a5a', border: null, color: '#ffffff' };
const DANGER: ButtonStyle = { ...BUTTON, background: '#e01e5a', border: null, color: '#ffffff' };
/** Slack's overflow menu button: a small bordered square with "⋯". */
const OVERFLOW: ButtonStyle & { readonly width: number } = { ...BUTTON, size: 16, height: 28, width: 36 };
const DIVIDER = { line: '#dddddd', color: '#1d1c1d', background: '#ffffff', border: '#dddddd' };

interface SlackText {
  readonly type: string;
  readonly text?: string;
}
interface SlackBlock {
  readonly type: string;
  /** A section's element on its right: drawn for an overflow menu ("⋯"), the report menu beside a question. */
  readonly accessory?: { readonly type: string };
  readonly text?: SlackText;
  readonly fields?: readonly SlackText[];
  readonly elements?: readonly (SlackText & { style?: string })[];
}

const clockTime = (iso: string): string =>
  new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(iso),
  );

function drawBlockKit(
  ctx: SKRSContext2D,
  blocks: readonly SlackBlock[],
  y: number,
  users: Readonly<Record<string, string>>,
): number {
  let at = y;
  for (const block of blocks) {
    const mrkdwn = (t: SlackText | undefined) => parseMrkdwn(t?.text ?? '', users);
    if (block.type === 'header')
      at = drawRuns(ctx, [{ text: block.text?.text ?? '', bold: true }], LEFT, at, CONTENT, HEADER) + 4;
    else if (block.type === 'section') {
      const menu = block.accessory?.type === 'overflow';
      // Slack keeps the accessory's column free: the text wraps before it.
      const top = at;
      at = drawBlocks(ctx, mrkdwn(block.text), LEFT, at, menu ? CONTENT - OVERFLOW.width - 8 : CONTENT, TEXT);
      if (menu)
        buttonRow(
          ctx,
          [{ label: '⋯', style: OVERFLOW }],
          LEFT + CONTENT - OVERFLOW.width,
          top,
          OVERFLOW.width,
        );
      for (const field of block.fields ?? []) at = drawBlocks(ctx, mrkdwn(field), LEFT, at, CONTENT, TEXT);
      at += 6;
    } else if (block.type === 'actions') {
      const buttons = (block.elements ?? []).map((e) => ({
        label: (e.text as SlackText | undefined)?.text ?? '',
        style: e.style === 'primary' ? PRIMARY : e.style === 'danger' ? DANGER : BUTTON,
      }));
      at = buttonRow(ctx, buttons, LEFT, at + 4, CONTENT) + 10;
    } else if (block.type === 'context') {
      const runs = (block.elements ?? []).flatMap((e, i) => [
        ...(i > 0 ? [{ text: '   ' }] : []),
        ...parseMrkdwn(e.text ?? '', users).flatMap((b) => ('runs' in b ? b.runs : [])),
      ]);
      at = drawRuns(ctx, runs, LEFT, at, CONTENT, CONTEXT) + 4;
    } else if (block.type === 'divider') {
      ctx.fillStyle = '#dddddd';
      ctx.fillRect(LEFT, at + 6, CONTENT, 1);
      at += 14;
    }
  }
  return at;
}

function drawMessage(
  ctx: SKRSContext2D,
  y: number,
  message: { blocks: unknown; at: string; ephemeral?: boolean; edited?: boolean },
  users: Readonly<Record<string, string>>,
): number {
  let top = y;
  if (message.ephemeral) {
    label(ctx, '👁  Only visible to you', LEFT, top + 12, { size: 12, color: '#616061' });
    top += 20;
  }
  avatar(ctx, 'note quiz', 20, top + 4, 36, { color: '#4a154b', radius: 6 });
  let x = label(ctx, 'notequiz', LEFT, top + 16, { size: 15, color: '#1d1c1d', bold: true });
  x = badge(ctx, 'APP', x + 6, top + 15, { background: '#e8e8e8', color: '#616061' });
  x = label(ctx, clockTime(message.at), x + 8, top + 15, { size: 12, color: '#616061' });
  if (message.edited) label(ctx, '(edited)', x + 6, top + 15, { size: 12, color: '#616061' });
  return drawBlockKit(ctx, message.blocks as SlackBlock[], top + 26, users) + 12;
}

export function drawSlackRound(capture: SlackRoundCapture): Buffer {
  return picture(WIDTH, '#ffffff', (ctx) => {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, WIDTH, 48);
    label(ctx, '# general', 20, 30, { size: 17, color: '#1d1c1d', bold: true });
    ctx.fillStyle = '#dddddd';
    ctx.fillRect(0, 48, WIDTH, 1);
    let y = 60;
    y = divider(ctx, `${clockTime(capture.times.question)} · the question of the day`, y, WIDTH, DIVIDER);
    y = drawMessage(ctx, y, { blocks: capture.question.blocks, at: capture.times.question }, capture.users);
    y = divider(ctx, 'Bob answers: only Bob sees the reply', y, WIDTH, DIVIDER);
    y = drawMessage(
      ctx,
      y,
      { blocks: capture.answer.blocks, at: capture.times.answer, ephemeral: true },
      capture.users,
    );
    y = divider(
      ctx,
      `${clockTime(capture.times.reveal)} · the round closes: the same message, revealed`,
      y,
      WIDTH,
      DIVIDER,
    );
    y = drawMessage(
      ctx,
      y,
      { blocks: capture.reveal.blocks, at: capture.times.question, edited: true },
      capture.users,
    );
    return y + 8;
  });
}
