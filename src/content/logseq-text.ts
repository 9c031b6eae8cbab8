/**
 * Logseq's marks in the text of an outline: what a reader of the page never sees as words. A block's
 * properties (`id:: 64f1…`, `collapsed:: true`, `card-last-interval:: 4`) are lines of their own; the
 * `#card` tag (also `#[[card]]`, `[[card]]`) makes a block a flashcard; `[[Page]]` links show the page's
 * name; `{{cloze text}}` hides text on the card's front.
 */

/** `key:: value` on a line of its own (a bullet line is a block, never a property). */
const PROPERTY_LINE = /^\s*[A-Za-z][\w-]*::(?:\s|$)/;

export const isPropertyLine = (line: string): boolean => PROPERTY_LINE.test(line);

/** The tag, standing alone: after a space or a bracket or punctuation mark, before a space or the end. */
const CARD_TAG =
  /(^|[\s(（,，。？?！!：:；;])(?:#card|#\[\[card\]\]|\[\[card\]\])(?:[ \t]+|(?=$|[\s.,;:!?，。；：！？)）]))/gimu;
const HAS_CARD_TAG = new RegExp(CARD_TAG.source, 'imu');

export const hasCardTag = (text: string): boolean => HAS_CARD_TAG.test(text);

/** Tags ending a block's first line beside its card tag (`#card #rust`): the page's filing, not the question. */
const TRAILING_TAGS = /(?:[ \t]+#(?:\[\[[^[\]\n]+\]\]|[\p{L}\p{N}_/-]+))+[ \t]*$/u;

export const withoutTrailingTags = (line: string): string => line.replace(TRAILING_TAGS, '');

/** The text without the card tag and with page links as their names; code (fenced or inline) stays as written. */
export function withoutLogseqMarks(text: string): string {
  let fenced = false;
  return text
    .split('\n')
    .map((line) => {
      if (FENCE.test(line)) {
        fenced = !fenced;
        return line;
      }
      if (fenced) return line;
      // Odd pieces between backticks are inline code.
      return line
        .split('`')
        .map((piece, k) =>
          k % 2 === 1 ? piece : piece.replace(CARD_TAG, '$1').replace(/\[\[([^[\]\n]+)\]\]/g, '$1'),
        )
        .join('`')
        .trimEnd();
    })
    .join('\n')
    .trim();
}

const FENCE = /^\s*(?:```|~~~)/;

const CLOZE = /\{\{cloze\s+([^{}\n]*?)\s*\}\}/g;

export interface LogseqCloze {
  /** Offsets of the whole `{{cloze …}}` in the text. */
  readonly start: number;
  readonly end: number;
  readonly hidden: string;
}

/** The `{{cloze …}}` spans of a text, outside inline code, in order. */
export function logseqClozes(text: string): LogseqCloze[] {
  if (!text.includes('{{cloze')) return [];
  const out: LogseqCloze[] = [];
  for (const m of text.matchAll(CLOZE)) {
    const hidden = (m[1] ?? '').trim();
    const ticks = text.slice(0, m.index).split('`').length - 1;
    if (hidden !== '' && ticks % 2 === 0) out.push({ start: m.index, end: m.index + m[0].length, hidden });
  }
  return out;
}

/**
 * Outline lines as one Markdown text: tabs in the indentation read as two spaces (Logseq indents with tabs),
 * the lines' common indentation removed.
 */
export function dedentOutline(lines: readonly string[]): string {
  const expanded = lines.map((l) => l.replace(/^[ \t]+/, (lead) => lead.replace(/\t/g, '  ')));
  let cut = Number.POSITIVE_INFINITY;
  for (const l of expanded) if (l.trim() !== '') cut = Math.min(cut, l.length - l.trimStart().length);
  if (cut === Number.POSITIVE_INFINITY) return '';
  return expanded
    .map((l) => l.slice(Math.min(cut, l.length - l.trimStart().length)).trimEnd())
    .join('\n')
    .trim();
}

const BULLET = /^[-*+][ \t]+/;

/**
 * The children of a card as its answer: one child bullet (with what is nested under it) reads as its text,
 * so "- The value is dropped." answers "The value is dropped."; several stay a list.
 */
export function childrenAnswer(text: string): string {
  const lines = text.split('\n');
  const top = lines.filter((l) => BULLET.test(l)).length;
  if (top !== 1 || !BULLET.test(lines[0] ?? '')) return text;
  const [first = '', ...rest] = lines;
  return [first.replace(BULLET, ''), ...rest.map((l) => l.replace(/^ {1,2}/, ''))].join('\n').trim();
}
