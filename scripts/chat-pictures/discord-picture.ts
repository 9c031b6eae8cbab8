import type { SKRSContext2D } from '@napi-rs/canvas';
import type { DiscordDuelCapture } from '../../test/docs/chat-pictures/capture-discord-duel.ts';
import { parseDiscordMarkdown } from './discord-markdown.ts';
import { avatar, type ButtonStyle, badge, buttonRow, divider, label, picture } from './draw-kit.ts';
import { font } from './picture-fonts.ts';
import { drawBlocks, drawRuns, type TextTheme } from './rich-text.ts';

/** A duel drawn the way Discord's dark theme shows it, from the message bodies Discord's API received. */

const WIDTH = 720;
const LEFT = 72;
const CONTENT = WIDTH - LEFT - 24;
const EMBED_WIDTH = 520;

const TEXT: TextTheme = {
  size: 15,
  lineHeight: 22,
  color: '#dbdee1',
  boldColor: '#f2f3f5',
  codeColor: '#dbdee1',
  codeBackground: '#1e1f22',
  codeBorder: '#1e1f22',
  mentionColor: '#c9cdfb',
  mentionBackground: 'rgba(88, 101, 242, 0.3)',
  quoteBar: '#4e5058',
};
const EMBED_TEXT: TextTheme = { ...TEXT, size: 14, lineHeight: 20 };
const EMBED_TITLE: TextTheme = { ...TEXT, size: 15, lineHeight: 22, color: '#f2f3f5' };
const MUTED = '#949ba4';
const DIVIDER = { line: '#3f4147', color: MUTED, background: '#313338', border: null };

/** Discord's button styles by number: primary, secondary, success, danger. */
const BUTTONS: Record<number, ButtonStyle> = {
  1: { background: '#5865f2', border: null, color: '#ffffff', size: 14, height: 32, radius: 4 },
  2: { background: '#4e5058', border: null, color: '#ffffff', size: 14, height: 32, radius: 4 },
  3: { background: '#248046', border: null, color: '#ffffff', size: 14, height: 32, radius: 4 },
  4: { background: '#da373c', border: null, color: '#ffffff', size: 14, height: 32, radius: 4 },
};

interface Embed {
  readonly title?: string;
  readonly description?: string;
  readonly color?: number;
  readonly fields?: readonly { name: string; value: string; inline?: boolean }[];
  readonly footer?: { text: string };
}
interface Body {
  readonly content?: string;
  readonly embeds?: readonly Embed[];
  readonly components?: readonly { components?: readonly { label?: string; style?: number }[] }[];
  readonly flags?: number;
}

const EPHEMERAL = 64;

const clockTime = (iso: string): string =>
  `Today at ${new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date(iso))}`;

function drawEmbed(
  ctx: SKRSContext2D,
  embed: Embed,
  y: number,
  users: Readonly<Record<string, string>>,
): number {
  // Laid out once off to the side to learn its height, then drawn over its background.
  const layout = (target: SKRSContext2D, top: number): number => {
    const x = LEFT + 16;
    const width = EMBED_WIDTH - 32;
    let at = top + 10;
    if (embed.title)
      at = drawRuns(target, [{ text: embed.title, bold: true }], x, at, width, EMBED_TITLE) + 4;
    if (embed.description)
      at = drawBlocks(target, parseDiscordMarkdown(embed.description, users), x, at, width, EMBED_TEXT);
    const fields = embed.fields ?? [];
    if (fields.length > 0) {
      at += 8;
      const column = width / Math.min(3, fields.length);
      let bottom = at;
      for (const [i, field] of fields.entries()) {
        const fx = x + (i % 3) * column;
        const name = drawRuns(target, [{ text: field.name, bold: true }], fx, at, column - 8, EMBED_TEXT);
        bottom = Math.max(
          bottom,
          drawBlocks(target, parseDiscordMarkdown(field.value, users), fx, name, column - 8, EMBED_TEXT),
        );
      }
      at = bottom;
    }
    if (embed.footer)
      at = drawRuns(target, [{ text: embed.footer.text }], x, at + 6, width, {
        ...EMBED_TEXT,
        size: 12,
        color: MUTED,
      });
    return at + 12;
  };
  const scratch = ctx.canvas.getContext('2d');
  scratch.save();
  scratch.globalAlpha = 0;
  const height = layout(scratch, y) - y;
  scratch.restore();
  ctx.fillStyle = '#2b2d31';
  ctx.beginPath();
  ctx.roundRect(LEFT, y, EMBED_WIDTH, height, 4);
  ctx.fill();
  ctx.fillStyle = `#${(embed.color ?? 0x1e1f22).toString(16).padStart(6, '0')}`;
  ctx.beginPath();
  ctx.roundRect(LEFT, y, 4, height, [4, 0, 0, 4]);
  ctx.fill();
  layout(ctx, y);
  return y + height;
}

/** The line Discord draws above the reply to a slash command: who used which command. */
function usedLine(ctx: SKRSContext2D, y: number, who: string, command: string): number {
  ctx.strokeStyle = '#4e5058';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(38, y + 26);
  ctx.lineTo(38, y + 14);
  ctx.quadraticCurveTo(38, y + 9, 44, y + 9);
  ctx.lineTo(LEFT - 8, y + 9);
  ctx.stroke();
  avatar(ctx, who, LEFT - 4, y + 1, 16, { color: '#eb459e', radius: 8 });
  const x = label(ctx, who, LEFT + 18, y + 13, { size: 13, color: '#c9cdfb', bold: true });
  label(ctx, ` used ${command}`, x, y + 13, { size: 13, color: MUTED });
  return y + 22;
}

function drawMessage(
  ctx: SKRSContext2D,
  y: number,
  message: { body: Body; at: string; usedBy?: string; command?: string },
  users: Readonly<Record<string, string>>,
): number {
  const top = message.usedBy === undefined ? y : usedLine(ctx, y, message.usedBy, message.command ?? '');
  avatar(ctx, 'note quiz', 16, top + 2, 40, { color: '#5865f2', radius: 20 });
  let x = label(ctx, 'notequiz', LEFT, top + 16, { size: 15, color: '#f2f3f5', bold: true });
  x = badge(ctx, 'APP', x + 6, top + 15, { background: '#5865f2', color: '#ffffff' });
  label(ctx, clockTime(message.at), x + 8, top + 15, { size: 12, color: MUTED });
  let at = top + 24;
  if (message.body.content)
    at = drawBlocks(ctx, parseDiscordMarkdown(message.body.content, users), LEFT, at, CONTENT, TEXT);
  for (const embed of message.body.embeds ?? []) at = drawEmbed(ctx, embed, at + 4, users);
  for (const row of message.body.components ?? []) {
    const buttons = (row.components ?? []).map((b) => ({
      label: b.label ?? '',
      style: BUTTONS[b.style ?? 2] ?? (BUTTONS[2] as ButtonStyle),
    }));
    if (buttons.length > 0) at = buttonRow(ctx, buttons, LEFT, at + 8, CONTENT);
  }
  if (((message.body.flags ?? 0) & EPHEMERAL) !== 0) {
    ctx.font = font(12);
    const after = label(ctx, '👁  Only you can see this · ', LEFT, at + 20, { size: 12, color: MUTED });
    label(ctx, 'Dismiss message', after, at + 20, { size: 12, color: '#00a8fc' });
    at += 24;
  }
  return at + 16;
}

export function drawDiscordDuel(capture: DiscordDuelCapture): Buffer {
  return picture(WIDTH, '#313338', (ctx) => {
    label(ctx, '# general', 20, 30, { size: 16, color: '#f2f3f5', bold: true });
    ctx.fillStyle = '#1f2023';
    ctx.fillRect(0, 47, WIDTH, 2);
    let y = 60;
    y = divider(ctx, 'alice challenges bob', y, WIDTH, DIVIDER);
    y = drawMessage(
      ctx,
      y,
      { body: capture.challenge, at: capture.times.challenge, usedBy: 'alice', command: '/challenge' },
      capture.users,
    );
    y = divider(ctx, 'bob accepts; alice presses Play and sees her first question', y, WIDTH, DIVIDER);
    y = drawMessage(ctx, y, { body: capture.question, at: capture.times.question }, capture.users);
    y = divider(ctx, 'both have played: the result, posted in the channel', y, WIDTH, DIVIDER);
    y = drawMessage(ctx, y, { body: capture.result, at: capture.times.result }, capture.users);
    return y;
  });
}
