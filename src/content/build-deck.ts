import { mayHoldAdmonitions, scanAdmonitions } from './admonition-blocks.ts';
import { mayHoldAnkiBlocks, scanAnkiBlocks } from './anki-blocks.ts';
import { withBoldKeyNotes } from './bold-key-options.ts';
import { typedBlanksShown } from './bracket-keys.ts';
import { readFacts } from './card-facts.ts';
import { type CardIdentity, cardIdFor, carryOverIds, promptKey } from './card-ids.ts';
import { mayHoldColonContainers, scanColonContainers } from './colon-containers.ts';
import { mergedPairs } from './container-pairs.ts';
import { extractCards } from './extract-cards.ts';
import { mayHoldFencedQuestions, unescapedMarkdown, unfencedQuestions } from './fenced-questions.ts';
import { blankEndMarkers } from './flashcard-settings.ts';
import { splitFrontMatter } from './front-matter.ts';
import { generateQuestions } from './generate-questions.ts';
import { scanContainers, withoutMarkers } from './html-containers.ts';
import { type InlineInfo, isTrimmed } from './inline-text.ts';
import { type Block, readNoteBlocks } from './markdown-blocks.ts';
import { withOutlineHeadings } from './outline-headings.ts';
import { mayHoldWrappedOptions, unwrapOptionLines } from './paragraph-tags.ts';
import { cleanPrompt, idPromptOf } from './prompt-text.ts';
import type { Lang } from './question.ts';
import { detectLang } from './question-cues.ts';
import { withQuizOptionLines } from './quiz-blocks.ts';
import type { RawCard } from './raw-card.ts';
import { DEFAULT_SEED } from './seeded-random.ts';
import { joinedLines, linesOf } from './text-lines.ts';
import { TEXT_PASSES } from './text-passes.ts';
import type { Card, Deck, FileReport, NoteInput, Problem } from './types.ts';

export type { Card, Deck, FileReport, NoteInput, Problem } from './types.ts';

export interface BuildOptions {
  readonly seed?: string;
  /** Cards of the previous load: new cards that are edits of old ones keep the old id (see card-ids.ts). */
  readonly previous?: readonly CardIdentity[];
  /** At most this many auto-graded questions per card (default MAX_AUTO_GRADED_PER_CARD, 3). */
  readonly maxAutoGradedPerCard?: number;
}

interface FileCards {
  readonly input: NoteInput;
  readonly deck: string;
  readonly lang: Lang;
  readonly tags: readonly string[];
  readonly cards: Omit<Card, 'id'>[];
  readonly explicitIds: (string | null)[];
  /** The prompt each id is made from: as the note wrote it (numbering kept), so ids do not move. */
  readonly idPrompts: string[];
  readonly images: { line: number; src: string }[];
}

/** Notes → cards → questions. Pure and deterministic for a given seed. */
export function buildDeck(inputs: readonly NoteInput[], options: BuildOptions = {}): Deck {
  const seed = options.seed ?? DEFAULT_SEED;
  const problems: Problem[] = [];
  const files: FileCards[] = inputs.map((input) => readFile(input, problems));

  // Ids: from the prompt (or an explicit id); repeated prompts get -2, -3 … in document order.
  const seen = new Map<string, number>();
  let cards: Card[] = [];
  for (const f of files) for (let k = 0; k < f.cards.length; k++) cards.push(withId(f, k, seen, problems));
  if (options.previous && options.previous.length > 0) {
    const renames = carryOverIds(options.previous, cards);
    cards = cards.map((c) => ({ ...c, id: renames.get(c.id) ?? c.id }));
  }

  const { questions, dropped } = generateQuestions(cards, seed, options.maxAutoGradedPerCard);
  // Counted once: filtering the whole deck per file is quadratic in the number of files.
  const cardsPerFile = countBy(cards, (c) => c.file);
  const questionsPerFile = countBy(questions, (q) => q.source.file);
  const reports: FileReport[] = files.map((f) => ({
    file: f.input.path,
    deck: f.deck,
    lang: f.lang,
    tags: f.tags,
    cards: cardsPerFile.get(f.input.path) ?? 0,
    questions: questionsPerFile.get(f.input.path) ?? 0,
    images: f.images,
  }));
  return { cards, questions, problems, files: reports, dropped };
}

function withId(f: FileCards, k: number, seen: Map<string, number>, problems: Problem[]): Card {
  const c = f.cards[k] as Omit<Card, 'id'>;
  const base = cardIdFor(f.idPrompts[k] ?? c.prompt, f.explicitIds[k] ?? null);
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  if (n > 1) {
    problems.push({
      file: c.file,
      line: c.line,
      severity: 'warning',
      code: 'duplicate-prompt',
      message: `same question as another card ("${c.prompt.slice(0, 60)}"): it gets id ${base}-${n}`,
    });
  }
  return { ...c, id: n > 1 ? `${base}-${n}` : base };
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function readFile(input: NoteInput, problems: Problem[]): FileCards {
  const file = input.path;
  const typedText = input.text.includes('\r') ? input.text.replace(/\r\n?/g, '\n') : input.text;
  const text = TEXT_PASSES.reduce((t, pass) => pass(t), typedText);
  const split = splitFrontMatter(file, text, input.flashcards);
  problems.push(...split.problems);
  const syntax = split.meta.flashcards;
  // After the front matter is blanked: its YAML lists are no outline.
  const outline = withOutlineHeadings(split.body);
  const typed = linesOf(outline.text);
  // A whole choice question in a code block (an exam bank's export) loses its fences: it is no code.
  const unfenced = mayHoldFencedQuestions(outline.text) ? unfencedQuestions(typed) : typed;
  // Options typed one HTML element a line (`<h3>a. …</h3>`) lose the element: they are options.
  const written = mayHoldWrappedOptions(outline.text) ? unwrapOptionLines(unfenced) : unfenced;
  const writtenText = written === typed ? outline.text : joinedLines(written);
  // <details> and <quiz> pairs and end markers leave the text markdown-it reads (line numbers unchanged).
  // So do `::: details` fences (VuePress, Docusaurus, Quarto), read as <details> are.
  // And MkDocs admonitions (`??? question "Q?"` over indented content).
  const admonitions = mayHoldAdmonitions(outline.text)
    ? scanAdmonitions(written)
    : { lines: written, pairs: [] };
  const colon = mayHoldColonContainers(outline.text) ? scanColonContainers(admonitions.lines) : admonitions;
  const html = mayHoldContainers(outline.text) ? scanContainers(colon.lines) : colon;
  // Obsidian_to_Anki's START … END blocks are units as <details> are.
  const anki = mayHoldAnkiBlocks(outline.text)
    ? scanAnkiBlocks(html.lines)
    : { lines: html.lines, pairs: [] };
  const containers = {
    lines: anki.lines,
    pairs: mergedPairs(
      admonitions.pairs,
      colon === admonitions ? [] : colon.pairs,
      html === colon ? [] : html.pairs,
      anki.pairs,
    ),
  };
  const inside = withQuizOptionLines(containers.lines, containers.pairs);
  const marked = blankEndMarkers(inside, syntax.endMarker);
  const markedText = marked.lines === written ? writtenText : joinedLines(marked.lines);
  const read = readNoteBlocks(markedText);
  const body = read.text;
  // Answers typed as indented prose lose their indent (lines keep their numbers): split again only then.
  const lines = body === markedText ? marked.lines : linesOf(body);
  // Whether the note marks its options' keys in bold is known from the whole note, once.
  const blocks = withBoldKeyNotes(read.blocks);
  const note = noteLinesOf(body, lines, typed, unfenced);
  const extracted = extractCards({
    blocks,
    lastLine: lines.length,
    containers: containers.pairs,
    syntax,
    note: (start, end) => dedent(note, start, end),
    trusted: split.meta.flashcardNote || (body.includes('#flashcard') && FLASHCARD_TAG.test(body)),
    markers: marked.markers,
    isBlank: (line) => isBlank(lines[line - 1]),
    labelLines: outline.labelLines,
    rawLine: (line) => note.lines[line - 1] ?? '',
    name: split.meta.deck ?? deckNameOf(file),
  });
  for (const p of extracted.problems) problems.push({ file, ...p });
  const lang = split.meta.lang ?? detectLang(proseOf(blocks, containers.pairs));
  const deck = split.meta.deck ?? deckNameOf(file);
  const cards = extracted.cards.map((raw) => toCard(raw, file, note, deck, lang, split.meta.tags));
  if (cards.length === 0) {
    problems.push({
      file,
      line: 1,
      severity: 'warning',
      code: 'no-cards',
      message: 'no questions or topics with content found in this file',
    });
  }
  return {
    input,
    deck,
    lang,
    tags: split.meta.tags,
    cards,
    explicitIds: extracted.cards.map((c) => c.explicitId),
    idPrompts: extracted.cards.map((c) => idPromptOf(c.prompt)),
    images: imagesOf(blocks),
  };
}

/** The note's text, its lines, and where each line starts in it. */
interface NoteLines {
  readonly body: string;
  readonly lines: readonly string[];
  readonly starts: readonly number[];
}

function lineStarts(lines: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  return starts;
}

/** Same as `l.trim() === ''`, without making the trimmed copy. */
function isBlank(l: string | undefined): boolean {
  if (l === undefined) return true;
  // By character code: a regex per line of every answer showed in profiles.
  for (let i = 0; i < l.length; i++) if (!isTrimmed(l.charCodeAt(i))) return false;
  return true;
}

function toCard(
  raw: RawCard,
  file: string,
  note: NoteLines,
  deck: string,
  lang: Lang,
  tags: readonly string[],
): Omit<Card, 'id'> {
  const { lines } = note;
  let start = raw.answerStart;
  let end = Math.min(raw.answerEnd, lines.length);
  while (end > start && isBlank(lines[end - 1])) end--;
  while (start < end && isBlank(lines[start - 1])) start++;
  const answer = raw.answerText ?? dedent(note, start, end);
  const prompt = cleanPrompt(raw.prompt);
  return {
    kind: raw.kind,
    prompt,
    answer,
    file,
    line: raw.line,
    answerLines: { start, end },
    sectionPath: raw.sectionPath.length > 0 ? raw.sectionPath : [prompt],
    deck,
    lang,
    tags,
    facts: raw.glossary
      ? { ...readFacts(prompt, [], null, null), glossary: raw.glossary }
      : readFacts(prompt, raw.blocks, choiceAsked(raw, prompt), raw.answerText),
  };
}

/**
 * The choice with its stem opening on the cleaned prompt ("Q1. … ⭐" → "…"), and the blanks its author
 * typed (`**\_**`, `\_\_\_`) shown as the chat's blank.
 */
function choiceAsked(raw: RawCard, prompt: string): RawCard['choice'] {
  const choice = raw.choice;
  if (!choice) return choice;
  const stem = choice.stem.startsWith(raw.prompt)
    ? prompt + choice.stem.slice(raw.prompt.length)
    : choice.stem;
  return { ...choice, stem: typedBlanksShown(stem) };
}

/** A plain substring search first: most notes hold no <details> or <quiz> at all. */
const mayHoldContainers = (text: string): boolean =>
  ((text.includes('details') || text.includes('DETAILS') || text.includes('Details')) &&
    /<\/?details/i.test(text)) ||
  text.includes('<quiz>');

/** `#flashcards` (or `#flashcards/deck`): the note is kept for Obsidian's spaced-repetition plugin. */
const FLASHCARD_TAG = /(?:^|\s)#flashcards?(?:\/|\s|$)/m;

/** Lines start..end (1-based, inclusive) without their common indentation, trimmed. */
/**
 * The note's lines as answers and stems quote them. A question unfenced from a code block was escaped so
 * Markdown reads it as typed; quoted, its lines are the typed ones again.
 */
function noteLinesOf(
  body: string,
  lines: readonly string[],
  typed: readonly string[],
  unfenced: readonly string[],
): NoteLines {
  if (unfenced === typed) return { body, lines, starts: lineStarts(lines) };
  const shown = lines.map((l, k) => (unfenced[k] !== typed[k] ? unescapedMarkdown(l) : l));
  return { body: shown.join('\n'), lines: shown, starts: lineStarts(shown) };
}

function dedent(note: NoteLines, start: number, end: number): string {
  const { lines } = note;
  // Counted by hand: a regex match per line per card was a large share of the build's garbage.
  let cut = Number.POSITIVE_INFINITY;
  for (let k = start - 1; k < end; k++) {
    const l = lines[k] ?? '';
    if (!isBlank(l)) cut = Math.min(cut, leadingSpaces(l));
  }
  if (end < start) return '';
  // The note's own text between those lines, not a copy joined back line by line.
  const from = note.starts[start - 1] ?? 0;
  const to = (note.starts[end - 1] ?? 0) + (lines[end - 1] ?? '').length;
  const text = note.body.slice(from, to);
  if (cut === Number.POSITIVE_INFINITY || cut === 0) return withoutMarkers(text.trim());
  if (start < 1 || end > lines.length) return withoutMarkers(text.replace(indentOf(cut), '$1').trim());
  // Up to `cut` spaces off the start of every line: the lines are at hand, no pattern need find them.
  const outdented: string[] = [];
  for (let k = start - 1; k < end; k++) {
    const l = lines[k] as string;
    outdented.push(l.slice(Math.min(leadingSpaces(l), cut)));
  }
  return withoutMarkers(outdented.join('\n').trim());
}

const indents = new Map<number, RegExp>();

function indentOf(cut: number): RegExp {
  let pattern = indents.get(cut);
  if (!pattern) {
    pattern = new RegExp(`(^|\n) {1,${cut}}`, 'g');
    indents.set(cut, pattern);
  }
  return pattern;
}

function leadingSpaces(line: string): number {
  let n = 0;
  while (n < line.length && line.charCodeAt(n) === 32) n++;
  return n;
}

/** The note's words, for its language: a fold's summary is its question, taken out of the blocks. */
function proseOf(blocks: readonly Block[], folds: readonly { summary: string | null }[]): string {
  const parts: string[] = [];
  for (const f of folds) if (f.summary) parts.push(f.summary);
  for (const b of blocks) {
    if (b.type === 'paragraph' || b.type === 'heading') parts.push(b.inline.plain);
    if (b.type === 'list') for (const item of b.items) for (const i of item.inlines) parts.push(i.plain);
    // A cheat sheet may be one table and nothing else: its cells are its words.
    if (b.type === 'table') for (const row of b.rows) for (const c of row.cells) parts.push(c.plain);
    if (parts.length > 400) break;
  }
  return parts.join('\n');
}

function imagesOf(blocks: readonly Block[]): { line: number; src: string }[] {
  const out: { line: number; src: string }[] = [];
  const take = (i: InlineInfo): void => {
    for (const img of i.images) if (!/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(img.src)) out.push(img);
  };
  // Walked in place, in document order, without collecting each block's inlines first.
  for (const b of blocks) {
    if (b.type === 'paragraph' || b.type === 'heading') take(b.inline);
    else if (b.type === 'list') for (const item of b.items) for (const i of item.inlines) take(i);
    else if (b.type === 'table') for (const row of b.rows) for (const c of row.cells) take(c);
  }
  return out;
}

function deckNameOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.(?:md|markdown)$/i, '') || 'notes';
}

export type { CardIdentity };
export { carryOverIds, promptKey };
