import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { font, registerPictureFonts } from './picture-fonts.ts';

/** Shapes both chat pictures share: the canvas, avatars with initials, buttons, small labels. */

let fontsReady = false;

/** Pixels per layout point: the pictures stay sharp on high-density screens. */
const SCALE = 2;
const MAX_HEIGHT = 4000;

/**
 * Draws on a tall canvas, then keeps only the height the drawing used, so a picture's height follows its
 * messages instead of being guessed. `draw` returns the y below the last thing it drew.
 */
export function picture(width: number, background: string, draw: (ctx: SKRSContext2D) => number): Buffer {
  if (!fontsReady) {
    registerPictureFonts(GlobalFonts);
    fontsReady = true;
  }
  const tall = createCanvas(width * SCALE, MAX_HEIGHT * SCALE);
  const ctx = tall.getContext('2d');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, width, MAX_HEIGHT);
  const height = Math.ceil(draw(ctx));
  const out = createCanvas(width * SCALE, height * SCALE);
  out.getContext('2d').drawImage(tall, 0, 0);
  return out.toBuffer('image/png');
}

export function initials(name: string): string {
  const words = name.split(/[\s._-]+/).filter(Boolean);
  const letters = words.length > 1 ? `${words[0]?.[0] ?? ''}${words[1]?.[0] ?? ''}` : name.slice(0, 2);
  return letters.toUpperCase();
}

export function avatar(
  ctx: SKRSContext2D,
  name: string,
  x: number,
  y: number,
  size: number,
  style: { color: string; radius: number },
): void {
  ctx.fillStyle = style.color;
  ctx.beginPath();
  ctx.roundRect(x, y, size, size, style.radius);
  ctx.fill();
  ctx.fillStyle = '#ffffff';
  ctx.font = font(Math.round(size * 0.4), { bold: true });
  const text = initials(name);
  const width = ctx.measureText(text).width;
  ctx.fillText(text, x + (size - width) / 2, y + size * 0.64);
}

export interface ButtonStyle {
  readonly background: string;
  readonly border: string | null;
  readonly color: string;
  readonly size: number;
  readonly height: number;
  readonly radius: number;
}

/** Draws a row of buttons that wraps at `width`; returns the y below the last row. */
export function buttonRow(
  ctx: SKRSContext2D,
  buttons: readonly { label: string; style: ButtonStyle }[],
  x: number,
  y: number,
  width: number,
): number {
  let cx = x;
  let row = y;
  for (const { label, style } of buttons) {
    ctx.font = font(style.size, { bold: true });
    const w = ctx.measureText(label).width + 24;
    if (cx + w > x + width && cx > x) {
      cx = x;
      row += style.height + 8;
    }
    ctx.fillStyle = style.background;
    ctx.beginPath();
    ctx.roundRect(cx, row, w, style.height, style.radius);
    ctx.fill();
    if (style.border !== null) {
      ctx.strokeStyle = style.border;
      ctx.lineWidth = 1;
      ctx.stroke();
    }
    ctx.fillStyle = style.color;
    ctx.fillText(label, cx + 12, row + style.height / 2 + style.size * 0.36);
    cx += w + 8;
  }
  const last = buttons.at(-1);
  return last === undefined ? y : row + last.style.height;
}

/** A line of small text; returns its right edge. */
export function label(
  ctx: SKRSContext2D,
  text: string,
  x: number,
  baseline: number,
  style: { size: number; color: string; bold?: boolean },
): number {
  ctx.font = font(style.size, { bold: style.bold ?? false });
  ctx.fillStyle = style.color;
  ctx.fillText(text, x, baseline);
  return x + ctx.measureText(text).width;
}

/** A small rounded tag beside a name ("APP"); returns its right edge. */
export function badge(
  ctx: SKRSContext2D,
  text: string,
  x: number,
  baseline: number,
  style: { background: string; color: string },
): number {
  ctx.font = font(10, { bold: true });
  const w = ctx.measureText(text).width + 8;
  ctx.fillStyle = style.background;
  ctx.beginPath();
  ctx.roundRect(x, baseline - 11, w, 15, 3);
  ctx.fill();
  ctx.fillStyle = style.color;
  ctx.fillText(text, x + 4, baseline);
  return x + w;
}

/** A centred caption across the picture, between two rules (the clients' day dividers). */
export function divider(
  ctx: SKRSContext2D,
  text: string,
  y: number,
  width: number,
  style: { line: string; color: string; background: string; border: string | null },
): number {
  ctx.strokeStyle = style.line;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(0, y + 14);
  ctx.lineTo(width, y + 14);
  ctx.stroke();
  ctx.font = font(12, { bold: true });
  const w = ctx.measureText(text).width + 24;
  const x = (width - w) / 2;
  ctx.fillStyle = style.background;
  ctx.beginPath();
  ctx.roundRect(x, y + 2, w, 24, 12);
  ctx.fill();
  if (style.border !== null) {
    ctx.strokeStyle = style.border;
    ctx.stroke();
  }
  ctx.fillStyle = style.color;
  ctx.fillText(text, x + 12, y + 18);
  return y + 36;
}
