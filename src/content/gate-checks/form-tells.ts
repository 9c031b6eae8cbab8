import { type Candidate, distractorsOf, keyOf } from '../candidate.ts';
import { hasHan } from '../text-normalise.ts';
import type { GateCheck } from './gate-check.ts';
import { memoText } from './memo-text.ts';

/**
 * Form tells: the key stands out by its looks, not its meaning, so a player who knows nothing still picks
 * it (or rules it out). Each feature is a tell when only the key has it, or only the key lacks it.
 */

export const BLANKS = /＿＿＿+|_{5,}/g;
const hasBlank = (text: string): boolean => /＿＿＿|_{5}/.test(text);
const hasCode = (text: string): boolean => text.includes('`');
/** Bold the note put on one item's definition (`缓冲池：**由多个…组成**`): shown, it marks that option out. */
const hasBold = (text: string): boolean => /\*\*[^*\n]+\*\*|__[^_\n]+__/.test(text);
const hasBrackets = (text: string): boolean => /[()（）]/.test(text);
/** An acronym before its expansion (`CSRF (Cross-Site Request Forgery)`), where the others name first. */
const opensWithAcronym = (text: string): boolean => /^[A-Z][A-Z0-9&/-]{1,9}\s*[(（]/.test(text.trim());
const endsLikeSentence = (text: string): boolean => /[.。;；!！?？…]$/.test(text.trim());
/**
 * A description that opens by saying what it is about to say ("功能是…", "作用为…", "is used to…"): the
 * note's own wording for one entry, a tell beside entries written straight to the point.
 */
const META_OPENING =
  /^(?:其|它的?)?(?:功能|作用|用途|用处|含义|意思|意义)(?:是|为|就是)|^(?:指的是|是指)|^(?:it\s+)?(?:is\s+used\s+(?:to|for)|refers\s+to|stands\s+for)\b/i;
const opensWithMeta = (text: string): boolean => META_OPENING.test(text.trim());
/** A note's own mark before one sense (`僻：`, `旧：`): a label only the key carries marks it out. */
const opensWithLabel = (text: string): boolean =>
  /^\s*(?:\*\*)?\p{Script=Han}{1,2}(?:\*\*)?[：:]/u.test(text);
/**
 * A name in Latin letters among Chinese (`Schmid 定律` beside 临界分切应力): one script more. A term in lower
 * case (`支持 mapreduce`, `返回 null`) is how Chinese notes write code, no tell.
 */
const hasLatinWord = (text: string): boolean => hasHan(text) && /\b[A-Z][a-z]{2,}/.test(text);
/** Values side by side (`3 / 12 / 12`, `hcp / fcc`) beside single ones. */
const hasSpacedSlash = (text: string): boolean => / \/ /.test(text);
/** Only for one-word options ("Short" among "int", "double"): sentences all start with a capital. */
const isCapitalWord = (text: string): boolean => /^[A-Z]/.test(text) && !/\s/.test(text.trim());

/**
 * A description of three words or more that opens with a verb ("provides directory-based authentication",
 * "can be used as …", a port in brackets first): beside noun phrases ("Cisco's AAA protocol using TCP 49"),
 * the grammar tells which option answers "What is X?".
 */
const VERB_OPENING =
  /^\s*(?:\([^)]{1,20}\)\s*)?(?:[a-z]{2,}(?<![su]s|is)s|can|may|must|will|should|could|would)\b(?=(?:\s+\S+){2})/;
/**
 * A step written as an order ("Look for long-running queries", "Check for blocking", "Make sure …") beside
 * causes or facts written as noun phrases: the verb is known by the word after it (`Test coverage` and
 * `Check constraint` are names).
 */
const IMPERATIVE =
  /^\s*(?:check|look|use|run|set|make|find|review|monitor|ensure|avoid|keep|install|configure|enable|disable|restart|update|verify|test|remove|delete|add|create|open|start|stop|identify|analy[sz]e|increase|reduce|move|limit|try|turn|write|read)\s+(?:the|a|an|for|at|on|up|out|your|all|each|every|it|them|if|whether|that|to|with|into|sure|any|which|what|how|its|their)\b/i;
/** In title case (`**Check Execution Plan**`): an order to check or look, never the name "Check constraint". */
const TITLED_ORDER = /^\s*(?:check|look|verify|review|monitor|identify|analy[sz]e)\s+(?:for\s+)?[A-Z]/;
const opensWithVerb = (text: string): boolean => {
  if (VERB_OPENING.test(text) || IMPERATIVE.test(text)) return true;
  const plain = text.replace(/[*_`]/g, '');
  return IMPERATIVE.test(plain) || TITLED_ORDER.test(plain.replace(/^\s*[a-z]/i, (c) => c.toLowerCase()));
};

/**
 * A restriction word ("Blockchain only", "Only US websites"): strawmen are written with it. Facts say "only"
 * too ("Show the response headers only"), so it tells only when every distractor has it and the key not.
 */
const QUALIFIER = /\bonly\b/i;

export function strawmenQualified(candidate: Candidate): boolean {
  const others = distractorsOf(candidate);
  return others.length >= 2 && others.every((o) => QUALIFIER.test(o)) && !QUALIFIER.test(keyOf(candidate));
}

type Feature = (text: string) => boolean;

const FEATURES: readonly (readonly [GateCheck['code'], Feature])[] = [
  ['tell-blank', hasBlank],
  ['tell-code', hasCode],
  ['tell-bold', hasBold],
  ['tell-brackets', hasBrackets],
  ['tell-brackets', opensWithAcronym],
  ['tell-script', hasHan],
  ['tell-punctuation', endsLikeSentence],
  ['tell-case', isCapitalWord],
  ['tell-opening', opensWithMeta],
  ['tell-verb', opensWithVerb],
];

/** Display width: Han and full-width characters count twice, as a reader's eye weighs them. */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair counts once (as one column): its low half adds nothing.
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    const wide =
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xff00 && c <= 0xff60);
    width += wide ? 2 : 1;
  }
  return width;
}

/**
 * How far `b` is from `a` in length: 0 when alike (fewer than `minDiff` columns apart), growing as one is
 * many times the other.
 */
function lengthGap(a: number, b: number, minDiff = 10): number {
  const long = Math.max(a, b);
  const short = Math.max(1, Math.min(a, b));
  return long - short < minDiff ? 0 : long / short;
}

/** How far apart the key's length must stand: generated options are held to this, an author's own to less. */
export interface LengthTolerance {
  /** Times the nearest other option's width. */
  readonly factor: number;
  /** And at least this many columns apart (a short Chinese term beside a longer one is no tell). */
  readonly minDiff: number;
  /** Only a key far longer stands out (a bare `3` among sentences answers "what does this print?"). */
  readonly longerOnly?: boolean;
}

const GENERATED: LengthTolerance = { factor: 1.75, minDiff: 10 };

/** The options' lengths make the key stand out: far longer, or far shorter, than every other option. */
export function lengthTell(key: string, distractors: readonly string[], tolerance = GENERATED): boolean {
  const { factor, minDiff, longerOnly = false } = tolerance;
  if (distractors.length === 0) return false;
  const k = displayWidth(key);
  const others = distractors.map(displayWidth);
  const longest = Math.max(...others);
  const shortest = Math.min(...others);
  return (
    (k > longest && lengthGap(k, longest, minDiff) >= factor) ||
    (!longerOnly && k < shortest && lengthGap(k, shortest, minDiff) >= factor)
  );
}

/**
 * Tells judged after the echo and translation checks (quality-gate.ts): where the key's Latin name also
 * echoes the stem, the echo is the more telling reason.
 */
const LATE_FEATURES: readonly (readonly [GateCheck['code'], Feature])[] = [
  ['tell-opening', opensWithLabel],
  ['tell-script', hasLatinWord],
  ['tell-punctuation', hasSpacedSlash],
];

/** Every feature, one bit each in a text's form: joined once, not per text. */
const ALL_FEATURES = [...FEATURES, ...LATE_FEATURES];

/** A text's form: one bit per feature, and its width. Options recur across questions: kept per text. */
const formOf = memoText((text: string): { bits: number; width: number } => {
  let bits = 0;
  ALL_FEATURES.forEach(([, feature], k) => {
    if (feature(text)) bits |= 1 << k;
  });
  return { bits, width: displayWidth(text) };
});

/**
 * How unlike the key a distractor looks (features it does not share, then its length): the builder picks
 * the most alike first, so a question is dropped for a tell only when the notes offer nothing better.
 */
export function formDistance(key: string, distractor: string): number {
  const a = formOf(key);
  const b = formOf(distractor);
  let differ = a.bits ^ b.bits;
  let distance = 0;
  for (; differ !== 0; differ &= differ - 1) distance += 10;
  const gap = lengthGap(a.width, b.width);
  return distance + Math.min(9, gap === 0 ? 0 : Math.round(gap * 2));
}

function onlyTheKey(candidate: Candidate, feature: Feature): boolean {
  const others = distractorsOf(candidate);
  if (others.length === 0) return false;
  const key = feature(keyOf(candidate));
  return others.every((o) => feature(o) !== key);
}

/** One check per feature: the key alone has it, or alone lacks it. */
const featureChecks = (features: readonly (readonly [GateCheck['code'], Feature])[]): GateCheck[] =>
  features.map(([code, feature]) => ({
    code,
    reads: 'options',
    fails: (candidate) => onlyTheKey(candidate, feature),
  }));

export const FORM_TELLS: readonly GateCheck[] = [
  ...featureChecks(FEATURES),
  { code: 'tell-qualifier', reads: 'options', fails: strawmenQualified },
  {
    code: 'tell-length',
    reads: 'options',
    fails: (candidate) =>
      lengthTell(keyOf(candidate), distractorsOf(candidate)) ||
      (candidate.distractorSource === 'vocabulary' &&
        wordCountTell(keyOf(candidate), distractorsOf(candidate))),
  },
];

export const LATE_FORM_TELLS: readonly GateCheck[] = [
  ...featureChecks(LATE_FEATURES),
  { code: 'tell-opening', reads: 'options', fails: (candidate) => partOfSpeechTell(candidate) },
];

/** A dictionary's part of speech before a gloss (`v.`, `adj.`, `phr. v.`): the one pattern of it. */
export const PART_OF_SPEECH = /^\s*(?:\*\*)?((?:[a-z]{1,5}\.\s*)+)/;

/** The part of speech a gloss opens with, or null. */
const partOfSpeech = (text: string): string | null =>
  PART_OF_SPEECH.exec(text)?.[1]?.replace(/\s+/g, ' ').trim() ?? null;

/** Every distractor glossed as one part of speech (`v.`), the key alone as another (`phr.`): it stands out. */
function partOfSpeechTell(candidate: Candidate): boolean {
  const others = distractorsOf(candidate).map(partOfSpeech);
  const first = others[0];
  if (first == null || others.length < 2 || !others.every((o) => o === first)) return false;
  const key = partOfSpeech(keyOf(candidate));
  return key !== null && key !== first;
}

/**
 * Glosses of one word each and the key of several ("moving truck" among car, bus, tram), or the other way
 * round: the multi-word stem ("El camion de Mudanza") points at it.
 */
function wordCountTell(key: string, distractors: readonly string[]): boolean {
  const several = (text: string): boolean => /\S\s+\S/.test(text.trim());
  const mine = several(key);
  return distractors.length > 0 && distractors.every((d) => several(d) !== mine);
}
