/**
 * The flashcard syntax of Obsidian's spaced-repetition plugin, as its documentation defines it:
 * `question::answer` (and `:::` for a card both ways) on one line; a `?` (or `??`) line between a question
 * and an answer that touch it; and clozes, `==hidden==` by default (`**bold**` and `{{curly}}` when a note
 * turns them on). A note can change the separators in its front matter (`flashcards:`), as the plugin's
 * settings do. Nothing inside code (fences or backticks) is ever split.
 */
export type ClozeMarker = 'highlight' | 'bold' | 'curly';

export interface FlashcardSyntax {
  readonly inline: string;
  readonly inlineReversed: string;
  readonly multiline: string;
  readonly multilineReversed: string;
  /** A line that ends a multi-line card or cloze, allowing blank lines inside it; '' = a blank line ends it. */
  readonly endMarker: string;
  readonly clozes: readonly ClozeMarker[];
}

/** The plugin's documented defaults: highlights are clozes, bold and curly brackets are not. */
export const DEFAULT_FLASHCARD_SYNTAX: FlashcardSyntax = {
  inline: '::',
  inlineReversed: ':::',
  multiline: '?',
  multilineReversed: '??',
  endMarker: '',
  clozes: ['highlight'],
};

export interface InlineSplit {
  readonly question: string;
  readonly answer: string;
  readonly reversed: boolean;
}

/** Bracket depth outside code: `s[::-1]` or `f(a::b)` holds a separator inside brackets, which is code. */
function openBrackets(text: string, end: number): number {
  let depth = 0;
  let inCode = false;
  for (let k = 0; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x60) inCode = !inCode;
    if (inCode) continue;
    if (c === 0x5b || c === 0x28 || c === 0x7b) depth++;
    else if ((c === 0x5d || c === 0x29 || c === 0x7d) && depth > 0) depth--;
  }
  return depth;
}

/** Index of `sep` in `text` outside inline code, not part of a longer run of its first character. */
function findSeparator(text: string, sep: string, from = 0): number {
  if (sep === '') return -1;
  let inCode = false;
  for (let k = from; k <= text.length - sep.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x60) {
      inCode = !inCode;
      continue;
    }
    if (inCode || !text.startsWith(sep, k)) continue;
    const runChar = sep[0];
    // "::" never matches inside ":::" (or a longer run): the run must be exactly the separator.
    if (text[k - 1] === runChar || text[k + sep.length] === runChar) {
      let end = k;
      while (text[end] === runChar) end++;
      k = end - 1;
      continue;
    }
    return k;
  }
  return -1;
}

const mayHold = (text: string, sep: string): boolean => sep !== '' && text.includes(sep);

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** The run of non-space characters ending the text (by hand: `\S*$` backtracks over long runs). */
function lastWord(text: string): string {
  let k = text.length;
  while (k > 0 && !isSpace(text.charCodeAt(k - 1))) k--;
  return text.slice(k);
}

function firstWord(text: string): string {
  let k = 0;
  while (k < text.length && !isSpace(text.charCodeAt(k))) k++;
  return text.slice(0, k);
}

const IPV6_OR_SCOPE = /^[0-9a-f]{0,4}$/i;

/**
 * One line as an inline card, or null. `::` asks one way, `:::` both ways. A separator inside brackets
 * (`s[::-1]`), between hex groups (`fe80::1`), or joining two bare words in a note that holds no other
 * card (`std::vector`) is code, not a card.
 */
export function splitInlineCard(text: string, syntax: FlashcardSyntax, trusted: boolean): InlineSplit | null {
  // Most lines hold no separator at all: one substring search rules them out.
  if (!mayHold(text, syntax.inline) && !mayHold(text, syntax.inlineReversed)) return null;
  for (const [sep, reversed] of [
    [syntax.inlineReversed, true],
    [syntax.inline, false],
  ] as const) {
    const at = findSeparator(text, sep);
    if (at < 0) continue;
    if (openBrackets(text, at) > 0) return null;
    const question = text.slice(0, at).trim();
    const answer = text.slice(at + sep.length).trim();
    const before = text.slice(0, at);
    const after = text.slice(at + sep.length);
    const leftWord = lastWord(before);
    const rightWord = firstWord(after);
    if (IPV6_OR_SCOPE.test(leftWord) && IPV6_OR_SCOPE.test(rightWord) && /\d/.test(leftWord + rightWord))
      return null;
    if (question === '') return null;
    // "the question goes on this side::answer" reads as a card; "std::vector" only where the note has cards.
    const bare = !/[\s\p{Script=Han}?？]/u.test(question) && !/[\s\p{Script=Han}]/u.test(answer);
    if (bare && !trusted) return null;
    return { question, answer, reversed };
  }
  return null;
}

/** Is this line a multi-line separator: 'basic' (`?`), 'reversed' (`??`) or neither. */
export function multilineSeparator(text: string, syntax: FlashcardSyntax): 'basic' | 'reversed' | null {
  // A separator line is short: longer lines are not trimmed and compared.
  if (text.length > syntax.multilineReversed.length + syntax.multiline.length + 8) return null;
  const t = text.trim();
  if (t === '') return null;
  if (t === syntax.multilineReversed) return 'reversed';
  if (t === syntax.multiline || (syntax.multiline === '?' && t === '？')) return 'basic';
  return null;
}

export interface ClozeDeletion {
  /** Offsets in the text of the whole marked span (markers included). */
  readonly start: number;
  readonly end: number;
  readonly hidden: string;
  /** `^[hint]` after the deletion. */
  readonly hint: string | null;
  /** `[^1]` after it: deletions sharing a number are asked together. */
  readonly group: string | null;
}

const MARKERS: Readonly<Record<ClozeMarker, readonly [string, string]>> = {
  highlight: ['==', '=='],
  bold: ['**', '**'],
  curly: ['{{', '}}'],
};

/** Cloze deletions in one line of light Markdown, outside inline code, in order. */
export function clozeDeletions(text: string, markers: readonly ClozeMarker[]): ClozeDeletion[] {
  if (!markers.some((m) => text.includes(MARKERS[m][0]))) return [];
  const out: ClozeDeletion[] = [];
  let k = 0;
  while (k < text.length) {
    if (text.charCodeAt(k) === 0x60) {
      const close = text.indexOf('`', k + 1);
      if (close < 0) break;
      k = close + 1;
      continue;
    }
    let matched = false;
    for (const m of markers) {
      const [open, close] = MARKERS[m];
      if (!text.startsWith(open, k)) continue;
      const from = k + open.length;
      const to = text.indexOf(close, from);
      // A deletion holds text that does not start or end with a space ("a == b" is a comparison).
      if (to <= from || /^\s|\s$/.test(text.slice(from, to)) || text.slice(from, to).includes('`')) continue;
      let end = to + close.length;
      let hint: string | null = null;
      let group: string | null = null;
      const hintMatch = /^\^\[([^\]]{1,80})\]/.exec(text.slice(end, end + 84));
      if (hintMatch) {
        hint = hintMatch[1] ?? null;
        end += hintMatch[0].length;
      }
      const groupMatch = /^\[\^(\w{1,10})\]/.exec(text.slice(end, end + 14));
      if (groupMatch) {
        group = groupMatch[1] ?? null;
        end += groupMatch[0].length;
      }
      out.push({ start: k, end, hidden: text.slice(from, to), hint, group });
      k = end;
      matched = true;
      break;
    }
    if (!matched) k++;
  }
  return out;
}

/** Longest text a cloze card shows around what it asks (a huge paragraph is not copied into every card). */
const CLOZE_WINDOW = 240;

/** More deletions than this in one text are asked together, as one card (the plugin's "many clozes" mode). */
export const MAX_CLOZE_CARDS = 20;

/**
 * One cloze card's front (the asked deletions as `[...]`, or `[hint]`, the others shown plainly) and back
 * (everything shown, the asked ones in bold). A long text is cut to a window around the first asked
 * deletion, so a paragraph of thousands of deletions makes thousands of short cards, not copies of itself.
 */
export function clozeSides(
  text: string,
  deletions: readonly ClozeDeletion[],
  asked: ReadonlySet<number>,
): { front: string; back: string } {
  let first = deletions.length;
  for (const k of asked) if (k < first) first = k;
  const anchor = deletions[first];
  let from = 0;
  let to = text.length;
  if (text.length > CLOZE_WINDOW && anchor) {
    from = Math.max(0, anchor.start - CLOZE_WINDOW / 2);
    to = Math.min(text.length, Math.max(anchor.end, from + CLOZE_WINDOW));
    // Whole deletions only: the window's ends move out of any deletion they fall in.
    for (const d of deletions.slice(Math.max(0, first - 50), first + 50)) {
      if (d.start < from && d.end > from) from = d.start;
      if (d.start < to && d.end > to) to = d.end;
    }
  }
  let front = from > 0 ? '…' : '';
  let back = front;
  let at = from;
  // Deletions inside the window, found from the anchor outwards (they are in text order).
  let k = first;
  while (k > 0 && (deletions[k - 1] as ClozeDeletion).start >= from) k--;
  for (; k < deletions.length; k++) {
    const d = deletions[k] as ClozeDeletion;
    if (d.start >= to) break;
    front += text.slice(at, d.start) + (asked.has(k) ? `[${d.hint ?? '...'}]` : d.hidden);
    back += text.slice(at, d.start) + (asked.has(k) ? `**${d.hidden}**` : d.hidden);
    at = d.end;
  }
  const tail = text.slice(at, to) + (to < text.length ? '…' : '');
  return { front: front + tail, back: back + tail };
}

/** Deletions asked together: one card per group number, one per deletion without a number. */
export function clozeCards(deletions: readonly ClozeDeletion[]): Set<number>[] {
  const groups = new Map<string, Set<number>>();
  const cards: Set<number>[] = [];
  deletions.forEach((d, i) => {
    if (d.group === null) {
      cards.push(new Set([i]));
      return;
    }
    let set = groups.get(d.group);
    if (!set) {
      set = new Set();
      groups.set(d.group, set);
      cards.push(set);
    }
    set.add(i);
  });
  return cards;
}
