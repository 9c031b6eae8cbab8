import type { Lang } from './question.ts';
import { words } from './text-normalise.ts';

/** The blank that hides a term, in the note's own typography (a full-width run in Chinese text). */
export function blankFor(lang: Lang): string {
  return lang === 'zh' ? '＿＿＿' : '_____';
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every occurrence of `term` (any case) replaced by the blank. */
const patterns = new Map<string, RegExp>();

function patternFor(term: string): RegExp {
  let pattern = patterns.get(term);
  if (!pattern) {
    // Latin edges match whole words only: hiding "net" must not turn "network" into "＿＿＿work", nor
    // "inode" turn "inode_num" into "_____num".
    const before = /^[A-Za-z0-9_]/.test(term) ? '(?<![A-Za-z0-9_])' : '';
    const after = /[A-Za-z0-9_]$/.test(term) ? '(?![A-Za-z0-9_])' : '';
    pattern = new RegExp(`${before}${escapeRegExp(term)}${after}`, 'gi');
    if (patterns.size > 20_000) patterns.clear();
    patterns.set(term, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

// maskTerm blanks the same text once per word of the term: lower-case it once, not once per word.
let lastText = '';
let lastLower = '';

function lowerOf(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

const isLatinOrDigit = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

export function blankOut(text: string, term: string, blank: string): string {
  if (term.trim() === '') return text;
  const lower = lowerOf(text);
  const needle = term.toLowerCase();
  let at = lower.indexOf(needle);
  if (at < 0) return text;
  // Lower-casing that changes a length (rare letters) would shift offsets: the pattern handles those.
  if (lower.length !== text.length || needle.length !== term.length)
    return text.replace(patternFor(term), blank);
  // Found by indexOf with the same whole-word rule as the pattern: compiling a pattern per term is what
  // a note with thousands of terms spent its time on.
  const wordStart = isLatinOrDigit(term.charCodeAt(0));
  const wordEnd = isLatinOrDigit(term.charCodeAt(term.length - 1));
  let out = '';
  let from = 0;
  while (at >= 0) {
    const end = at + needle.length;
    const okBefore = !wordStart || at === 0 || !isLatinOrDigit(text.charCodeAt(at - 1));
    const okAfter = !wordEnd || end >= text.length || !isLatinOrDigit(text.charCodeAt(end));
    if (okBefore && okAfter) {
      out += text.slice(from, at) + blank;
      from = end;
      at = lower.indexOf(needle, end);
    } else {
      at = lower.indexOf(needle, at + 1);
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

const runs = new Map<string, RegExp>();

/** Two or more blanks in a row (compiled once per blank: there are two, one per language). */
function runsOf(blank: string): RegExp {
  let pattern = runs.get(blank);
  if (!pattern) {
    pattern = new RegExp(`(?:${escapeRegExp(blank)}\\s*){2,}`, 'g');
    runs.set(blank, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/**
 * Hide a term inside its own description: the whole term, then each of its words that its siblings do
 * not share ("Docker 镜像(Images)" among "Docker 容器(Container)"… hides 镜像 and Images, keeps Docker).
 */
export function maskTerm(text: string, term: string, siblings: readonly string[], blank: string): string {
  // Word lists are cached and short: a scan beats building a Set per sibling per call.
  const siblingWords = siblings.map(words);
  const hidden: string[] = [];
  for (const w of words(term)) {
    // "as" of "Bootstrap as Dependency" is no part of what the term names: blanking it cuts sentences.
    if (w.length < 2 || /^\d+$/.test(w) || FUNCTION_WORDS.has(w)) continue;
    let shared = 0;
    for (const s of siblingWords) if (s.includes(w)) shared++;
    if (shared * 2 >= Math.max(1, siblings.length)) continue;
    hidden.push(w);
  }
  // A subject's definition is masked once per sibling card that samples it, nearly always hiding the
  // same words: the siblings matter only through which words are hidden, so the result is memoised on those.
  // Keyed by the text first: the same definition object comes back, so its hash is already known.
  let byText = masked.get(text);
  if (!byText) {
    if (masked.size >= 20_000) masked.clear();
    byText = new Map<string, string>();
    masked.set(text, byText);
  }
  const key = `${blank}\u0000${term}\u0000${hidden.join('\u0001')}`;
  const cached = byText.get(key);
  if (cached !== undefined) return cached;
  let out = blankOut(text, term, blank);
  for (const w of hidden) out = blankOut(out, w, blank);
  out = out.replace(runsOf(blank), blank);
  byText.set(key, out);
  return out;
}

const masked = new Map<string, Map<string, string>>();

const FUNCTION_WORDS = new Set(
  'a an the of to in on at by for from with as is are be and or not no its it this that these those if then than via per into onto 的 了 和 与 或 及 是 在 中 为'.split(
    ' ',
  ),
);
