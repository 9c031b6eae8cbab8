import {
  type Candidate,
  distractorsOf,
  keyOf,
  optionsAreDescriptions,
  optionsAreNames,
} from '../candidate.ts';
import { words } from '../text-normalise.ts';
import { type GateCheck, isAuthored } from './gate-check.ts';
import { memoText } from './memo-text.ts';

/**
 * A question reads on its own in a chat window: no raw HTML, no wall of text, and a quoted stem that
 * neither leans on a sentence the player cannot see ("This method…", "另外…") nor announces one that does
 * not follow ("Below are the steps:").
 */

/** A quoted stem longer than this is reading, not a quiz question. */
export const MAX_QUOTED_STEM = 500;

/** Frames whose stem is a quoted piece of the note (a sentence, a description, a task). */
const quotesTheNote = (candidate: Candidate): boolean => {
  const kind = candidate.question.frame?.kind;
  return kind === 'cloze' || kind === 'which-term' || kind === 'which-row' || kind === 'which-command';
};

const HTML_TAG =
  /<\/?(?:b|i|u|s|em|strong|details|summary|br|p|div|span|img|a|code|pre|sup|sub|kbd|table|tr|td|th|ul|ol|li|h\d)\b[^>]*>/i;

/** Outside inline code: `<div/>` in backticks is what the note is about, not markup. */
const outsideCode = (text: string): string => text.replace(/`[^`]*`/g, '');

const hasHtml = (text: string): boolean => text.includes('<') && HTML_TAG.test(outsideCode(text));

const EN_LEADS = new Set([
  'this',
  'that',
  'these',
  'those',
  'it',
  'its',
  'they',
  'them',
  'their',
  'he',
  'she',
  'his',
  'her',
  'here',
  'also',
  'and',
  'but',
  'or',
  'so',
  'then',
  'thus',
  'hence',
  'however',
  'therefore',
  'moreover',
  'furthermore',
  'additionally',
  'besides',
  'instead',
  'otherwise',
  'similarly',
  'likewise',
  'meanwhile',
  'still',
  'yet',
  'again',
  'anyway',
  'nevertheless',
  'nonetheless',
  'consequently',
  'accordingly',
  'finally',
  'lastly',
  'next',
  'afterwards',
  'now',
  'above',
  'below',
  'such',
  'both',
  'either',
  'neither',
  'which',
  'whereas',
  'same',
  'latter',
  'former',
  'another',
  'further',
  'plus',
  'eg',
  'ie',
]);

const EN_LEAD_PHRASES =
  /^(?:as (?:a result|mentioned|shown|such|well|discussed|you can see|we)|in (?:addition|this|that|these|those|such|contrast|other words|short|summary|that case|this case|the (?:above|example|previous|following|code|snippet)|(?:our|your) example)|for (?:example|instance|this|that|these)|on the other hand|to do (?:this|so|that)|by doing (?:this|so)|because of (?:this|that)|due to (?:this|that)|with (?:this|that|these)|like (?:this|that)|the (?:above|following|latter|former|same|other|second|third|next|last|previous|below)\b|we (?:also|can also|could also|then|now|again|have seen|saw|see|discussed|mentioned|will))\b/i;

/** First words (ICU segments) that lean on what came before. */
const ZH_LEADS = new Set([
  '这',
  '这个',
  '这些',
  '这种',
  '这样',
  '这里',
  '这是',
  '那',
  '那么',
  '那个',
  '那些',
  '它',
  '它们',
  '其',
  '其中',
  '其次',
  '其余',
  '此外',
  '此时',
  '此',
  '该',
  '比如',
  '例如',
  '譬如',
  '另外',
  '而且',
  '并且',
  '但',
  '但是',
  '不过',
  '然而',
  '然后',
  '因此',
  '所以',
  '于是',
  '接着',
  '同时',
  '再者',
  '最后',
  '总之',
  '综上',
  '上述',
  '上面',
  '下面',
  '如下',
  '以下',
  '如上',
  '前者',
  '后者',
  '同样',
  '也',
  '还',
  '而',
  '即',
  '和',
  '与',
  '及',
  '或',
  '或者',
  '首先',
  '另一方面',
  '当然',
  '除此之外',
  '除了',
  '对此',
  '他',
  '她',
  '他们',
  '也就是说',
  '换句话说',
  '总的来说',
  '简单来说',
  '本文',
  '上图',
  '下图',
  '如图',
]);

const ZH_LEAD_PHRASES = /^(?:我们(?:也|还|同样|刚才|上面|前面|之前|已经|再|来看|可以看到)|如前|同上)/u;

/** What a reader sees first: without Markdown marks, quote markers, emoji and "⚠️ NOTE:" style labels. */
function opening(text: string): string {
  return text
    .replace(/^(?:[\s*_>#`~|-]|\p{Extended_Pictographic}|\u200d|\ufe0f)+/u, '')
    .replace(/^(?:note|tip|warning|注意|提示)\s*[:：]\s*/i, '')
    .replace(/^[\s*_]+/, '');
}

/** The text starts with a pronoun, demonstrative or connector that leans on what came before. */
export function leansOnContext(text: string, allowIt = false): boolean {
  return (allowIt ? leansAllowingIt : leansStrictly)(text);
}

const leansStrictly = memoText((text) => leans(text, false));
const leansAllowingIt = memoText((text) => leans(text, true));

function leans(text: string, allowIt: boolean): boolean {
  const start = opening(text);
  if (EN_LEAD_PHRASES.test(start) || ZH_LEAD_PHRASES.test(start)) return true;
  const latin = /^([A-Za-z]+)\b/.exec(start)?.[1]?.toLowerCase();
  if (latin !== undefined) {
    if (allowIt && latin === 'it') return false;
    return EN_LEADS.has(latin);
  }
  const first = words(start.slice(0, 12))[0];
  if (first === undefined) return false;
  if (allowIt && (first === '它' || first === '其')) return false;
  return ZH_LEADS.has(first);
}

const LEAD_IN_START =
  /^(?:(?:below|here) (?:are|is)|the following|following (?:are|is)|some of (?:the|them)|a few of the|listed below|as follows)\b|^(?:以下|如下|下面)(?:是|为|几|这|所示|列出|就是)/iu;

/**
 * The text announces something that is not shown: it ends with a colon or a comma (the sentence goes on
 * below), or opens "Below are…".
 */
export const isLeadIn = memoText(leadsIn);

function leadsIn(text: string): boolean {
  const trimmed = text.replace(/[\s*_]+$/, '');
  return (
    /[:：,，]$/.test(trimmed) ||
    LEAD_IN_START.test(opening(text)) ||
    /(?:如下|as follows)[。.]?$/iu.test(trimmed)
  );
}

/** Mid-sentence pointers at text the player cannot see ("the four", "the above example", "上述"). */
const DANGLING =
  /\b(?:the (?:two|three|four|five|six|above|latter|former|previous|following) ?|(?:above|previous|following) (?:example|code|snippet|section|table|list|figure|image|diagram)s?\b)|上述|上面的|下面的|前者|后者|两者|上例|下例|如图|上图|下图/iu;

export function pointsElsewhere(text: string): boolean {
  return DANGLING.test(text);
}

/**
 * Cut out of a sentence: opens with punctuation, is a parenthesis on its own, ends on "e.g." (a sentence
 * split at its abbreviation), or its brackets or code spans do not close.
 */
export const isFragment = memoText(fragmentOf);

function fragmentOf(text: string): boolean {
  const t = text.trim();
  if (/^[,，、;；:：)）\]】.。]/.test(t)) return true;
  if (/^[(（][^()（）]*[)）]$/.test(t) || /\b(?:e\.g|i\.e|etc|vs)\.?$/i.test(t)) return true;
  if ((t.match(/`/g) ?? []).length % 2 === 1) return true;
  const open = (t.match(/[(（]/g) ?? []).length;
  const close = (t.match(/[)）]/g) ?? []).length;
  return open !== close;
}

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
  return han >= 5 || t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= 3;
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
      return leansOnContext(stem, !cloze) || (cloze && pointsElsewhere(stem));
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
    code: 'not-a-description',
    reads: 'stem',
    fails: (c) => {
      const own = ownDescription(c);
      return own !== null && !isDescription(own);
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
    reads: 'options',
    fails: (c) => c.origin === 'subject-forward' && distractorsOf(c).some((s) => leansOnContext(s, true)),
  },
  {
    code: 'fragment',
    reads: 'options',
    fails: (c) =>
      !isAuthored(c) &&
      distractorsOf(c).some((o) => isFragment(o) || (c.origin === 'subject-forward' && !endsSentence(o))),
  },
  {
    code: 'not-a-description',
    reads: 'options',
    fails: (c) => optionsAreDescriptions(c) && distractorsOf(c).some((d) => !isDescription(d)),
  },
];
