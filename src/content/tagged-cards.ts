import { fenceTracker } from './code-fences.ts';
import { linesOf } from './text-lines.ts';

/**
 * Flashcards written for Obsidian's Flashcards plugin: a line that ends with its card tag is the question,
 * the lines right under it the answer:
 *
 *     What is Newton's first law of motion? #flashcard
 *     An object that is not subject to any outside forces moves at a constant velocity.
 *
 *     ## What is weight? #card
 *     The force exerted by mass in a gravitational field.
 *
 * Each such line becomes a heading one level below the heading it stands under (a heading keeps its level),
 * without its tag, so the card is read as a question heading and its answer; the plugin's block ids
 * (`^1712345678901`) under an answer are not part of it. Line numbers do not change. List items tagged
 * `#card` are Logseq's cards (logseq-cards.ts), and a line of tags alone (`#flashcards`) files the note.
 */
const TAGGED =
  /^(?![-*+>|][ \t])(#{1,6}[ \t]+)?(\S.*?)[ \t]+#(?:card|flashcards?)(?:-reverse)?(?:\/[\w/-]+)?[ \t]*$/u;
const HEADING = /^(#{1,6})[ \t]/;
const BLOCK_ID = /^\^\d{13}[ \t]*$/;

export function withTaggedCardHeadings(text: string): string {
  if (!text.includes('#card') && !text.includes('#flashcard')) return text;
  const lines = linesOf(text);
  const inFence = fenceTracker();
  const out = [...lines];
  let level = 0;
  let changed = false;
  // Within a card's answer (up to the next blank line).
  let inAnswer = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (inFence(line)) continue;
    // The plugin's block id under a card's answer (`^1712345678901`) is no part of it.
    if (inAnswer && line.charCodeAt(0) === 0x5e && BLOCK_ID.test(line)) {
      out[i] = '';
      changed = true;
      continue;
    }
    if (line.trim() === '') inAnswer = false;
    const h = line.charCodeAt(0) === 0x23 ? HEADING.exec(line) : null;
    // Cheap first: a tag is a `#` after a space, near the line's end.
    const m = line.lastIndexOf(' #') > line.length - 48 ? TAGGED.exec(line) : null;
    const answered = m !== null && (lines[i + 1] ?? '').trim() !== '';
    if (m === null || !answered) {
      if (h) level = (h[1] as string).length;
      continue;
    }
    const own = m[1] === undefined ? Math.min(6, level + 1) : (m[1] as string).trim().length;
    out[i] = `${'#'.repeat(own)} ${m[2] as string}`;
    changed = true;
    inAnswer = true;
  }
  return changed ? out.join('\n') : text;
}
