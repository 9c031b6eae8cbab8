import {
  type Candidate,
  distractorsOf,
  keyOf,
  optionsAreDescriptions,
  optionsAreNames,
} from '../candidate.ts';
import { stripMarks } from '../term-families.ts';
import { type GateCheck, isAuthored } from './gate-check.ts';
import { memoText } from './memo-text.ts';
import { isLeadIn, leansOnContext, opening, pointsAbove, pointsElsewhere } from './stem-openings.ts';

/**
 * A question reads on its own in a chat window: no raw HTML, no wall of text, and a quoted stem that
 * neither leans on a sentence the player cannot see ("This method…", "另外…") nor announces one that does
 * not follow ("Below are the steps:").
 */

/** A quoted stem longer than this is reading, not a quiz question. */
const MAX_QUOTED_STEM = 500;

/** Frames whose stem is a quoted piece of the note (a sentence, a description, a task). */
const quotesTheNote = (candidate: Candidate): boolean => {
  const kind = candidate.question.frame?.kind;
  return kind === 'cloze' || kind === 'which-term' || kind === 'which-row' || kind === 'which-command';
};

const HTML_TAG =
  /<\/?(?:b|i|u|s|em|strong|details|summary|br|p|div|span|img|a|code|pre|sup|sub|kbd|table|tr|td|th|ul|ol|li|h\d)\b[^>]*>/i;

/** Outside inline code: `<div/>` in backticks is what the note is about, not markup. */
const outsideCode = (text: string): string => text.replace(/`[^`]*`/g, '');

/**
 * Markup a reader never sees: HTML tags, and Anki's cloze syntax (`{{c1::text}}`, not read as a cloze:
 * docs/writing-notes.md) whole or cut (`getprotobyname( ):{{c1:`, `客户端}}`).
 */
const ANKI_CLOZE = /\{\{c\d+:/;
const hasHtml = (text: string): boolean =>
  (text.includes('<') && HTML_TAG.test(outsideCode(text))) ||
  ((text.includes('{{') || text.includes('}}')) && cutCloze(outsideCode(text)));

/** `{{c1::…` anywhere, or a `}}` with no `{{` before it (a template's `{{ msg }}` is what the note shows). */
function cutCloze(text: string): boolean {
  if (ANKI_CLOZE.test(text)) return true;
  const close = text.indexOf('}}');
  return close >= 0 && !text.slice(0, close).includes('{{');
}

/**
 * Cut out of a sentence: opens with punctuation, is a parenthesis on its own, ends on "e.g." (a sentence
 * split at its abbreviation), or its brackets or code spans do not close.
 */
const isFragment = memoText(fragmentOf);

/** A semicolon, then a short term and its colon: the next term's definition begins. */
const NEXT_DEFINITION = /[；;][ \t]*(?:\*\*)?[^\s：:；;，,。*`]{1,12}(?:\*\*)?[ \t]*[：:][ \t]*\S/u;

/**
 * `低浓度 → 高浓度；下坡扩散：高浓度 → 低浓度`: a definition running on into the next term's, written on its
 * line (a table row's description joins its cells so, by design, and is not read here).
 */
const holdsNextDefinition = (text: string): boolean =>
  (text.includes(';') || text.includes('；')) && NEXT_DEFINITION.test(outsideCode(text));

function fragmentOf(text: string): boolean {
  const t = text.trim();
  if (/^[,，、;；:：)）\]】.。]/.test(t)) return true;
  if (/^[(（][^()（）]*[)）]$/.test(t) || /\b(?:e\.g|i\.e|etc|vs)\.?$/i.test(t)) return true;
  if ((t.match(/`/g) ?? []).length % 2 === 1) return true;
  const open = (t.match(/[(（]/g) ?? []).length;
  const close = (t.match(/[)）]/g) ?? []).length;
  return open !== close;
}

/**
 * A short description that leans on a thing it does not name, as its object ("Change it for your needs",
 * "Share it with others", "Can optimize for their hardware"): "it" is the note's subject, not the term asked.
 * A pronoun opening the description, or the subject of a verb ("Mostly it is used…"), is the term itself.
 */
const OBJECT_PRONOUN =
  /^(?:\S+\s+){1,3}(?:its|them|their|(?:it|they)\b(?!\s+(?:is|are|was|were|can|will|has|have|does|do|may|must|should|could|would|[a-z]+s)\b))\b/i;
const leansOnObject = (text: string): boolean => OBJECT_PRONOUN.test(opening(text).trim());

const DESCRIBED = new Set<Candidate['origin']>(['definition-reverse', 'subject-reverse']);
const DESCRIBING = new Set<Candidate['origin']>(['definition-forward', 'subject-forward']);

/** A sentence taken from prose ends like one; a hard-wrapped line of a paragraph stops mid-sentence. */
const endsSentence = (text: string): boolean => /[.。!！?？;；)）"”」』`*]$/.test(text.trim());

/**
 * The rest of a sentence that opened with a bold term ("**Custom Hooks** for sharing stateful logic",
 * "**Automatically inserts memoization** where beneficial"): it describes the term only together with it.
 */
const CONTINUATION =
  /^(?:where|which|that|who|whose|when|while|whereas|and|or|but|than|as|because|so|if|for|with|of|in|on|by|from|at|unless|until|since)\b/;

/**
 * A description states something: not a question, not a scrap ("pattern", "Yes": at least three words,
 * or five Chinese characters), not the tail of someone else's sentence.
 */
export const isDescription = memoText(describes);

function describes(text: string): boolean {
  const t = opening(text).trim();
  if (/[?？]\s*$/.test(t) || CONTINUATION.test(t)) return false;
  const han = (t.match(/\p{Script=Han}/gu) ?? []).length;
  if (han >= 5) return true;
  const tokens = t.split(/\s+/);
  // Words, not only figures: "80% (24/30 points)" is a value a field holds, and so is "0.7 mg / 100 g" (its
  // units are no words); "Delete 2 lines" describes.
  return (
    tokens.filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= 3 &&
    tokens.filter((w) => /\p{L}/u.test(w) && !UNIT.test(w)).length >= 2
  );
}

/** A unit of measure written after a figure (`mg`, `kcal`, `mmHg`, `km/h`), not a word of a description. */
const UNIT =
  /^[(（]?(?:[µμ]?g|mg|mcg|kg|lbs?|oz|[mµμdk]?[lL]|c?c|[mck]?m|km\/h|mph|s|ms|min|h|hrs?|kcal|cal|kJ|J|mmHg|IU|mmol|mol|bpm|Hz|kHz|MHz|GHz|[KMGT]i?B|°[CF]?)[)）,，.;；]?$/;

/** "Task", "Process", "page fault": a common word, not an identifier (`useInsertionEffect`) or an acronym. */
const isPlainWord = (name: string): boolean => /^[A-Z]?[a-z]+(?:[ -][a-z]+){0,2}$/.test(name.trim());

/**
 * A description asked alone against common words must single one out: "unit of execution" fits a process, a job
 * and a task alike. Three words of English are a gloss; four or more, or five Chinese characters, describe.
 */
function singlesOut(text: string): boolean {
  const t = opening(text).trim();
  const han = (t.match(/\p{Script=Han}/gu) ?? []).length;
  return han >= 5 || t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= 4;
}

/** The description the key is, or the stem describes: a forward key, or a reverse stem. */
function ownDescription(candidate: Candidate): string | null {
  if (optionsAreDescriptions(candidate)) return keyOf(candidate);
  // A command question quotes a task, often the note's own question ("How do I…?"): not a description.
  if (optionsAreNames(candidate) && quotesTheNote(candidate) && candidate.origin !== 'command')
    return candidate.question.stem;
  return null;
}

export const READABLE_CHECKS: readonly GateCheck[] = [
  {
    code: 'raw-html',
    reads: 'stem',
    fails: (c) => hasHtml(c.question.stem) || hasHtml(keyOf(c)),
  },
  {
    code: 'stem-too-long',
    reads: 'stem',
    fails: (c) => quotesTheNote(c) && c.question.stem.length > MAX_QUOTED_STEM,
  },
  {
    code: 'stem-not-standalone',
    reads: 'stem',
    fails: (c) => {
      // The opening sentence of a subject, offered as an option ("This package provides…").
      if (c.origin === 'subject-forward') return leansOnContext(keyOf(c), true);
      if (!quotesTheNote(c) || c.question.frame?.kind === 'which-command') return false;
      // A description of the term may call it "it": the frame asks which term "it" is. A cloze has no
      // context line to resolve "the four" or "上述".
      const cloze = c.question.frame?.kind === 'cloze';
      const { stem } = c.question;
      // A quoted description pointing at text the player cannot see ("在所有上述含义下", "the above") too.
      const described = c.question.frame?.kind === 'which-term';
      return (
        leansOnContext(stem, !cloze) || (cloze && pointsElsewhere(stem)) || (described && pointsAbove(stem))
      );
    },
  },
  {
    code: 'stem-lead-in',
    reads: 'stem',
    fails: (c) => quotesTheNote(c) && isLeadIn(c.question.stem),
  },
  {
    code: 'fragment',
    reads: 'stem',
    fails: (c) =>
      !isAuthored(c) &&
      ((quotesTheNote(c) && isFragment(c.question.stem)) ||
        isFragment(keyOf(c)) ||
        (c.origin === 'subject-forward' && !endsSentence(keyOf(c))) ||
        (c.origin === 'subject-reverse' && !endsSentence(c.question.stem))),
  },
  {
    code: 'fragment',
    reads: 'stem',
    fails: (c) =>
      (c.origin === 'definition-reverse' && holdsNextDefinition(c.question.stem)) ||
      (c.origin === 'definition-forward' && holdsNextDefinition(keyOf(c))),
  },
  {
    code: 'not-a-description',
    reads: 'stem',
    fails: (c) => {
      const own = ownDescription(c);
      if (own === null) return false;
      if (!isDescription(own)) return true;
      return own === c.question.stem && isPlainWord(stripMarks(keyOf(c))) && !singlesOut(own);
    },
  },
  // The same rules, for the distractors.
  {
    code: 'raw-html',
    reads: 'options',
    fails: (c) => distractorsOf(c).some(hasHtml),
  },
  {
    code: 'stem-not-standalone',
    reads: 'stem',
    fails: (c) => DESCRIBED.has(c.origin) && leansOnObject(c.question.stem),
  },
  {
    code: 'stem-not-standalone',
    reads: 'options',
    fails: (c) => DESCRIBING.has(c.origin) && c.question.options.some(leansOnObject),
  },
  {
    code: 'stem-not-standalone',
    reads: 'options',
    fails: (c) => c.origin === 'subject-forward' && distractorsOf(c).some((s) => leansOnContext(s, true)),
  },
  {
    code: 'stem-not-standalone',
    reads: 'options',
    fails: (c) => !isAuthored(c) && optionsAreDescriptions(c) && c.question.options.some(pointsAbove),
  },
  {
    code: 'fragment',
    reads: 'options',
    fails: (c) =>
      !isAuthored(c) &&
      distractorsOf(c).some((o) => isFragment(o) || (c.origin === 'subject-forward' && !endsSentence(o))),
  },
  {
    code: 'fragment',
    reads: 'options',
    fails: (c) => c.origin === 'definition-forward' && distractorsOf(c).some(holdsNextDefinition),
  },
  {
    code: 'not-a-description',
    reads: 'options',
    fails: (c) => optionsAreDescriptions(c) && distractorsOf(c).some((d) => !isDescription(d)),
  },
];
