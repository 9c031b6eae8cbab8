import { type Candidate, distractorsOf, keyOf } from '../candidate.ts';
import { stripMarks } from '../term-families.ts';
import { normaliseKey } from '../text-normalise.ts';
import { type GateCheck, isAuthored } from './gate-check.ts';
import { mentions } from './give-away.ts';

/**
 * What makes a question the author wrote unaskable in a chat window, although its key is the author's:
 * a picture the player cannot read as text, a listing the stem points at but does not carry, or a stem
 * that states the key. And, for any question, an option that only points at the others ("all of the
 * above") when it is not the author's own.
 */

/** A Markdown image or an `<img>` tag. */
const IMAGE = /!\[[^\]\n]*\]\(|<img\b/i;

/** The question is (or its options are) a picture: the player sees only letters. */
export function holdsImage(candidate: Candidate): boolean {
  const { stem, options } = candidate.question;
  return IMAGE.test(stem) || options.some((o) => IMAGE.test(o));
}

/**
 * "Given the following test class", "what does this script print", "以下代码", "下面的程序": words that point
 * at a listing. "Which of the following commands" points at the options instead, and so does "以下函数中"
 * (among the following functions), while "以下代码中" is still inside a listing.
 */
const POINTS_AT_LISTING_EN =
  /(?<!\bof\s{1,3})\b(?:the\s+following|this|these|the\s+above)\s+(?:[\w-]+\s+){0,2}?(?:code|snippet|listing|script|program|class|function|method|query|statement|expression|markup|stylesheet|loop|block|test|component|template|output|example)s?\b|\b(?:code|snippet|listing|script|program|example)\s+(?:below|above)\b/i;
const LISTING_ZH = '代码|程序|脚本|片段|示例|例子|输出';
const OPTION_KIND_ZH = '函数|类|语句|查询|SQL|表达式|正则';
const POINTS_AT_LISTING_ZH = new RegExp(
  `(?:以下|下面|下列|如下|下述|上面|上述|这段|这个)(?:的)?(?:这段|一段)?(?:(?:${LISTING_ZH})|(?:${OPTION_KIND_ZH})(?!中|里|当中|之中))`,
);

/** The stem carries code: a fenced block or inline code. */
const CARRIES_CODE = /```|~~~|`[^`\n]+`/;

/** The stem points at code it does not show. */
export function missingListing(stem: string): boolean {
  if (CARRIES_CODE.test(stem)) return false;
  return POINTS_AT_LISTING_EN.test(stem) || POINTS_AT_LISTING_ZH.test(stem);
}

/** A stem that points at a listing ("given this code", "complete this markup", "以下代码"). */
const POINTS_AT_CODE =
  /\b(?:(?:given|complete|consider|in|of|run(?:ning)?)\s+(?:this|the following|the below)\s+(?:code|markup|snippet|program|script|listing|html|css|function)|the (?:code|snippet|markup|listing) below|(?:this|following) (?:code|snippet) (?:print|output|return|do)s?)\b|(?:以下|下面的?|下列|如下|这段|该段?)(?:代码|程序|脚本|片段|函数)/iu;
/** A fenced, indented or <pre> block: inline code alone is no listing for a quiz's "complete this markup". */
const holdsBlock = (stem: string): boolean => /```|~~~|\n(?: {4}|\t)\S|<pre\b/.test(stem);

/** An author's own quiz question pointing at a listing it lacks, in either of the two ways it is said. */
function lacksListing(candidate: Candidate): boolean {
  const stem = candidate.question.stem;
  if (missingListing(stem)) return true;
  return candidate.card.facts.choice !== null && POINTS_AT_CODE.test(stem) && !holdsBlock(stem);
}

/** Answers a stem may well name without giving anything away ("Is it true that…?"). */
const YES_NO = /^(?:true|false|yes|no|right|wrong|对|错|是|否|正确|错误)$/i;

/** The stem's prose, without its code blocks (a listing may well print the key). */
const withoutFences = (stem: string): string => stem.replace(/(```|~~~)[\s\S]*?(?:\1|$)/g, ' ');

/** `text` holds `option` as written, as whole words (`const` is not named by "constant"). */
function names(text: string, option: string): boolean {
  const plain = stripMarks(option).normalize('NFKC').trim();
  return normaliseKey(plain).length >= 2 && mentions(text.normalize('NFKC'), plain);
}

/**
 * The author's stem states the key ("Notice: watch mode rebuilds on save. Which mode rebuilds…?") and no
 * wrong option: a stem that names several options ("GET or POST?") asks the reader to choose among them.
 */
export function authoredKeyInStem(candidate: Candidate): boolean {
  const key = keyOf(candidate);
  if (YES_NO.test(stripMarks(key).trim())) return false;
  const prose = withoutFences(candidate.question.stem);
  if (!names(prose, key)) return false;
  return !distractorsOf(candidate).some((d) => names(prose, d));
}

/** "All of the above", "none of the above", "both A and B", "以上都是": an option about the other options. */
const REFERS_TO_OPTIONS =
  /^(?:all|none|both|neither|any)\b.*\b(?:above|below|these|those|options?|answers?|choices?)\b|^(?:both|neither)\s+[A-H]\s+(?:and|nor)\s+[A-H]\b|^(?:以上|上述|上面|前面|前述)(?:都|全|所有|均|皆|答案|选项|三项|两项|各项)|^(?:都不|全都|全部都|两者都|都是|都对|都不对)/i;

export function refersToOptions(option: string): boolean {
  return REFERS_TO_OPTIONS.test(stripMarks(option).trim());
}

export const AUTHORED_CHECKS: readonly GateCheck[] = [
  { code: 'image-question', reads: 'options', fails: (c) => isAuthored(c) && holdsImage(c) },
  { code: 'missing-listing', reads: 'stem', fails: (c) => isAuthored(c) && lacksListing(c) },
  { code: 'key-in-stem', reads: 'options', fails: (c) => isAuthored(c) && authoredKeyInStem(c) },
  {
    code: 'refers-to-options',
    reads: 'options',
    fails: (c) => !isAuthored(c) && c.question.options.some(refersToOptions),
  },
];
