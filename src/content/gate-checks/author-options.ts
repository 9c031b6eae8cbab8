import { type Candidate, distractorsOf, keyOf } from '../candidate.ts';
import { displayWidth, lengthTell, strawmenQualified } from './form-tells.ts';
import { type GateCheck, isAuthored } from './gate-check.ts';

/**
 * The author's own options are kept as written, but some cannot be asked as they stand. An option that
 * speaks of the others ("all of the above", "以上都是", "none of these") reads right only after them, so
 * one before the options it sums up points at nothing; and "all of the above" is right only if every other
 * option is, which authors get wrong both ways (a key "all of the above" beside a false option, a true
 * option beside a distractor "all of the above"): such a question is asked as a flashcard only. So is one
 * with a joke among its options ("绝对不是答案 :P"): one option fewer to choose from, and a quiz that does
 * not take itself seriously.
 */

const CATCH_ALL_EN =
  /^\W*(?:(?:all|none|any|both|neither)\b(?:\s+(?:of|the))*\s+(?:above|below|these|those|them|(?:listed\s+)?(?:options?|answers?|choices?)(?:\s+(?:above|below))?)\b|(?:both|neither)\s+[A-H]\s+(?:and|nor)\s+[A-H]\b)/i;
const CATCH_ALL_ZH =
  /^\W*(?:(?:以上|上述|上面|前面|前述)(?:的)?(?:都|全|所有|均|皆|答案|选项|三项|两项|各项|说法)|都不(?:是|对|正确)|全部(?:都)?(?:是|对|正确)|两者都|都(?:是|对|正确)\W*$)/u;

const plainOption = (option: string): string => option.replace(/[*_`]/g, '').trim();

/** "All of the above", "None of these", "Both A and B", "以上所有答案", "以上都不是": an option about the others. */
export function isCatchAll(option: string): boolean {
  const plain = plainOption(option);
  return CATCH_ALL_EN.test(plain) || CATCH_ALL_ZH.test(plain);
}

/** The catch-alls that are right only when the options they sum up are: "all of the above", "以上都是". */
const INCLUDES_OTHERS =
  /^\W*(?:all|both|any)\b|^\W*(?:以上|上述|上面|前面|前述)(?:的)?(?:都|全|所有|均|皆)(?!不)|^\W*(?:全部(?:都)?|两者都|都)(?:是|对|正确)/iu;

export function includesTheOthers(option: string): boolean {
  return isCatchAll(option) && INCLUDES_OTHERS.test(plainOption(option));
}

/**
 * An option that says it is not meant ("definitely not the answer", "绝对不是答案"), or laughs (":P", "lol",
 * "哈哈", an emoji face).
 */
const JOKE =
  /(?:^|\s)(?:[:;]-?[PpDd)(]|XD|\^_\^)(?=\s|$|[.!。！])|\b(?:lol|lmao|haha)\b|哈哈|呵呵|(?:绝对|肯定|显然)不是(?:答案|正确答案)|\b(?:definitely|obviously|clearly)\s+not\s+(?:the|a|an)\s+(?:answer|right|correct)|[\u{1F600}-\u{1F64F}\u{1F910}-\u{1F92F}\u{1F970}-\u{1F97A}]/iu;

/** Outside code: `:D` in backticks is a Vim command, not a grin. */
export function isJoke(option: string): boolean {
  return JOKE.test(option.replace(/`[^`]*`/g, ' ').replace(/[*_]/g, ''));
}

/** An author's quiz (not a generated either/or) with a catch-all anywhere but last. */
function catchAllNotLast(candidate: Candidate): boolean {
  if (!authorQuiz(candidate)) return false;
  return candidate.question.options.slice(0, -1).some(isCatchAll);
}

/** An option that is only a link, an image or a bare address: there is nothing to choose by. */
const LINK_ONLY = /^\s*(?:!?\[[^\]]*\]\([^)]*\)|<?https?:\/\/\S+>?|<img\b[^>]*>)\s*$/i;

/**
 * An option the quiz's template left in ("替换为正确项", "Option 3", "TODO"): no answer of its kind, so the
 * question has fewer real options than it shows.
 */
const PLACEHOLDER =
  /^(?:替换为.{0,6}|请替换.{0,6}|待填写?|待定|选项\s*[\dA-Z一二三四五六]|option\s*[\dA-Z]|answer\s*[\dA-Z]|placeholder|todo|tbd|lorem ipsum.*|x{3,}|\?{2,}|\.{3}|…)$/i;
const isPlaceholder = (option: string): boolean => PLACEHOLDER.test(option.replace(/[`*_]/g, '').trim());

/** An author's own options are let stand further apart than generated ones before the key stands out. */
const AUTHOR_LENGTH_TOLERANCE = { factor: 2, minDiff: 20, longerOnly: true } as const;

/**
 * A key nearly twice the longest distractor and well over twice their average ("To prioritize and manage
 * network traffic to ensure better performance for critical applications" beside three short strawmen):
 * one distractor of middling length does not hide it.
 */
function farBeyondTheRest(c: Candidate): boolean {
  const others = distractorsOf(c).map(displayWidth);
  if (others.length < 2) return false;
  const key = displayWidth(keyOf(c));
  const mean = others.reduce((a, b) => a + b, 0) / others.length;
  return key - Math.max(...others) >= 25 && key >= 1.7 * Math.max(...others) && key >= 1.9 * mean;
}

const authorQuiz = (c: Candidate): boolean => isAuthored(c) && c.card.facts.choice !== null;

/** The first word of an option of words (not code, not a lone name), lower-cased. */
function openingWord(option: string): string | null {
  const m = /^([A-Za-z]+)\s+\S+\s+\S+/.exec(option.trim());
  return m ? (m[1] as string).toLowerCase() : null;
}

function keyOpensApart(key: string, distractors: readonly string[]): boolean {
  if (distractors.length < 2) return false;
  const words = distractors.map(openingWord);
  const first = words[0];
  // A key that is no phrase (`3`, a name) among phrases is another kind of answer, not a wording apart.
  const own = openingWord(key);
  return first != null && own !== null && words.every((w) => w === first) && own !== first;
}

/** "What is PAT?", "What does IDS stand for?", "什么是 VPN？", "VPN 是什么？": the name asked about. */
const ASKED_NAME_EN =
  /^(?:what|who)\s+(?:is|are|does|do)\s+(?:an?\s+|the\s+)?(.+?)(?:\s+(?:mean|stand\s+for))?\s*[?？]\s*$/i;
const ASKED_NAME_ZH = /^(?:什么是|何为)\s*(.+?)\s*[?？]?\s*$|^(.+?)\s*是什么\s*[?？]?\s*$/u;

function askedName(stem: string): string | null {
  const plain = stem.replace(/[`*_]/g, '').trim();
  const m = ASKED_NAME_EN.exec(plain) ?? ASKED_NAME_ZH.exec(plain);
  const name = (m?.[1] ?? m?.[2] ?? '').trim();
  return name.length >= 2 && name.split(/\s+/).length <= 4 ? name : null;
}

const holdsName = (text: string, name: string): boolean => {
  const at = text.replace(/[`*_]/g, '').indexOf(name);
  if (at < 0) return false;
  const plain = text.replace(/[`*_]/g, '');
  const before = plain[at - 1] ?? ' ';
  const after = plain[at + name.length] ?? ' ';
  return !/[\w]/.test(before) && !/[\w]/.test(after);
};

/**
 * Every wrong option repeats the name the stem asks about ("What is PAT?": "Monitor PAT operations",
 * "Configure PAT settings"), the key not ("Port Address Translation"): strawmen built from the question,
 * the key the one option that is no echo of it.
 */
function strawmenEchoTheStem(c: Candidate): boolean {
  const distractors = distractorsOf(c);
  if (!authorQuiz(c) || distractors.length < 2) return false;
  if (distractors.some((d) => (d.match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []).length > MAX_STRAWMAN_WORDS))
    return false;
  const name = askedName(c.question.stem);
  if (name === null) return false;
  // "What is Proxy Server?" over "Configure Proxy settings": one word of the name is echo enough.
  const words = [name, ...name.split(/\s+/).filter((w) => w.length >= 3)];
  const key = keyOf(c);
  return words.some((w) => !holdsName(key, w) && distractors.every((d) => holdsName(d, w)));
}

/** Strawmen are short ("Configure PAT settings"); a sentence that names its subject ("The CPU has 32 registers") is an answer. */
const MAX_STRAWMAN_WORDS = 4;

/**
 * A bracketed aside ending the option: "Default constructor (Zero-Argument Constructor)", a date or a size
 * ("Robert Brown (1831)", "Ribosome (70S)"). Read by slicing: a pattern would retry every split of a long run.
 */
function endsWithAside(option: string): boolean {
  const text = option.trimEnd();
  if (!/[)）]$/.test(text)) return false;
  const open = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
  if (open < 1 || text.slice(0, open).trim() === '') return false;
  const inside = text.slice(open + 1, -1);
  return !/[()（）]/.test(inside) && /[\p{L}\p{N}]{2}/u.test(inside);
}

/**
 * Only the key carries a bracketed aside, and no other option any bracket: the author glossed the answer
 * alone, and the gloss points at it.
 */
function keyAloneGlossed(c: Candidate): boolean {
  const distractors = distractorsOf(c);
  return (
    authorQuiz(c) &&
    distractors.length >= 2 &&
    endsWithAside(keyOf(c)) &&
    distractors.every((d) => !/[()（）]/.test(d))
  );
}

export const AUTHOR_OPTION_CHECKS: readonly GateCheck[] = [
  {
    code: 'link-option',
    reads: 'options',
    fails: (c) => authorQuiz(c) && c.question.options.some((o) => LINK_ONLY.test(o)),
  },
  { code: 'catch-all-not-last', reads: 'options', fails: catchAllNotLast },
  {
    code: 'all-of-the-above',
    reads: 'options',
    fails: (c) => authorQuiz(c) && c.question.options.some(includesTheOthers),
  },
  { code: 'joke-option', reads: 'options', fails: (c) => authorQuiz(c) && c.question.options.some(isJoke) },
  {
    code: 'placeholder-option',
    reads: 'options',
    fails: (c) => authorQuiz(c) && c.question.options.some(isPlaceholder),
  },
  {
    // Lettered options are not merged (the key names a letter), so a slip that types one option twice
    // (`B. WAN` … `D. WAN`) leaves two buttons alike: one option fewer, and a player may pick the "wrong" twin.
    code: 'repeated-option',
    reads: 'options',
    fails: (c) => authorQuiz(c) && new Set(c.question.options).size !== c.question.options.length,
  },
  {
    // An option of two lines of words (`2` over `1`, a program's output) reads as one option and a stray
    // line beside it in a chat's list of options: the flashcard keeps it whole.
    code: 'multi-line-option',
    reads: 'options',
    fails: (c) =>
      authorQuiz(c) && c.question.options.some((o) => !o.includes('```') && o.trim().includes('\n')),
  },
  {
    // A key twice as long as every other option, a sentence apart, gives itself away
    // whoever wrote it: blind judges reject "To automate deployment, scaling, and management of …" among
    // three short strawmen.
    code: 'tell-length',
    reads: 'options',
    fails: (c) =>
      authorQuiz(c) &&
      (lengthTell(keyOf(c), distractorsOf(c), AUTHOR_LENGTH_TOLERANCE) || farBeyondTheRest(c)),
  },
  {
    // Every wrong option opening with one word ("To run …", "To store …"), the key not ("The smallest
    // deployable unit"): the odd one out by its wording.
    code: 'tell-opening',
    reads: 'options',
    fails: (c) => authorQuiz(c) && keyOpensApart(keyOf(c), distractorsOf(c)),
  },
  {
    // Every wrong option restricted ("Blockchain only", "VPN only"), the key not: strawmen by their wording.
    code: 'tell-qualifier',
    reads: 'options',
    fails: (c) => authorQuiz(c) && strawmenQualified(c),
  },
  { code: 'tell-echo', reads: 'options', fails: strawmenEchoTheStem },
  { code: 'tell-brackets', reads: 'options', fails: keyAloneGlossed },
];
