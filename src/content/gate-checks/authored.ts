import { type Candidate, distractorsOf, keyOf } from '../candidate.ts';
import { opensMidSentence, refersBack } from '../question-cues.ts';
import { stripMarks } from '../term-families.ts';
import { hasHan, normaliseKey } from '../text-normalise.ts';
import { isCatchAll } from './author-options.ts';
import { type GateCheck, isAuthored } from './gate-check.ts';
import { mentions } from './give-away.ts';
import { heldAlone, keyEchoesExpansion, namesKeyByRoot, onlyKeyEchoes } from './other-forms.ts';

/**
 * What makes a question the author wrote unaskable in a chat window, although its key is the author's:
 * a picture the player cannot read as text, a listing or a picture the stem points at but does not carry,
 * or a stem that states the key. And, for any question, an option that only points at the others ("all of the
 * above") when it is not the author's own.
 */

/** A Markdown image or an `<img>` tag. */
const IMAGE = /!\[[^\]\n]*\]\(|<img\b/i;

/** The question is (or its options are) a picture: the player sees only letters. */
export function holdsImage(candidate: Candidate): boolean {
  const { stem, options } = candidate.question;
  return IMAGE.test(stem) || options.some((o) => IMAGE.test(o));
}

/** A stem that points at a picture ("this image", "如图", "Figure 3", "图1_2"). */
const POINTS_AT_IMAGE =
  /\b(?:this|the following|the below|the above) (?:image|picture|diagram|figure|screenshot|exhibit|graphic|illustration)\b|\b(?:image|picture|diagram|figure|screenshot|exhibit|topology|graphic|illustration)\s+(?:below|above)\b|\b(?:shown|depicted|illustrated) in the (?:image|picture|diagram|figure|screenshot|exhibit|graphic|illustration)\b|\brefer to the (?:exhibit|graphic|illustration|diagram)\b|\bfig(?:ure|\.)\s*\d+(?:[._-]\d+)*\b|如图|下图|上图|图中|这张图|图\s*\d+(?:[._\-－]\d+)*/iu;

/** "Refer to Table 4.1.2", "如下表": a table the question is about. */
const POINTS_AT_TABLE =
  /\brefer to (?:the )?(?:table|graph|chart)\b|\b(?:table|graph|chart)\s+\d+(?:[._-]\d+)+\b|如表|下表|上表|表\s*\d+(?:[._\-－]\d+)+/iu;
const TABLE_LINE = /^[ \t]*\|.*\|[ \t]*$/m;

/** A question pointing at a picture, or a table, it does not show. */
const lacksPicture = (candidate: Candidate): boolean => {
  const stem = candidate.question.stem;
  return (
    (POINTS_AT_IMAGE.test(stem) && !IMAGE.test(stem)) ||
    (POINTS_AT_TABLE.test(stem) && !TABLE_LINE.test(stem))
  );
};

/**
 * "Given the following test class", "what does this script print", "以下代码", "下面的程序": words that point
 * at a listing ("This is an example of:" names no listing: "this" is what the stem described). "Which of
 * the following commands" points at the options instead, and so does "以下函数中" (among the following
 * functions), while "以下代码中" is still inside a listing.
 */
const POINTS_AT_LISTING_EN =
  /(?<!\bof\s{1,3})\b(?:the\s+following|this|these|the\s+above)\s+(?:(?!(?:is|are|was|were)\b)[\w-]+\s+){0,2}?(?:code|snippet|listing|script|program|class|function|method|query|statement|expression|markup|stylesheet|loop|block|test|component|template|output|example)s?\b|\b(?:code|snippet|listing|script|program|example)\s+(?:below|above)\b/i;
const LISTING_ZH = '代码|程序|脚本|片段|示例|例子|输出';
const OPTION_KIND_ZH = '函数|类|语句|查询|SQL|表达式|正则';
const POINTS_AT_LISTING_ZH = new RegExp(
  `(?:以下|下面|下列|如下|下述|上面|上述|这段|这个)(?:的)?(?:这段|一段)?(?:(?:${LISTING_ZH})|(?:${OPTION_KIND_ZH})(?!中|里|当中|之中))`,
);

/**
 * "此代码", "该模板语法代码", "这个组件", "本程序": a demonstrative and a listing, a few words apart. Not
 * "此类" / "该类" (this kind of).
 */
const THIS_LISTING_ZH =
  /(?:此|该|这|本)(?:个|段|一段)?[^，。？！,.?!\s`]{0,6}?(?:代码|程序|脚本|片段|示例|模板|组件|构造函数|配置文件)/u;

/** A listing too long for a line: a class, a program, a component is never one inline code span. */
const MULTI_LINE_EN =
  /\b(?:the\s+following|this|these|the\s+above)\s+(?:[\w-]+\s+){0,2}?(?:class|program|script|component|module|test|listing|markup|stylesheet|file)s?\b/i;
const MULTI_LINE_ZH =
  /(?:以下|下面|下列|如下|此|该|这)(?:个|段|一段)?[^，。？！,.?!\s`]{0,6}?(?:程序|脚本|组件|测试类)/u;

/** "the index of 'apple' in the list": a definite list, array or string asked about a value it must hold. */
const THE_DATA =
  /\b(?:in|of|from|into)\s+the\s+(?:list|array|dictionary|dict|tuple|set|string|object|map|variable|table|dataframe)\b/i;
const QUOTED_VALUE = /(['"‘“])[^'"‘’“”\n]{1,30}['"’”]/;

/** "What is the output?", "What will be printed?", "输出结果是": a question about a program's run, which it must show. */
const ASKS_FOR_OUTPUT =
  /^\W*what(?:'s|’s| is| will be| would be) (?:the )?(?:output|printed|result)\W*$|\bwhat (?:does|will) (?:it|this) (?:print|output)\b|^\W*(?:输出|运行)结果(?:是|为)(?:什么)?\W*$/iu;

/** The stem carries code: a fenced block, or inline code where the pointed-at listing fits on a line. */
const FENCED = /```|~~~/;
const INLINE_CODE = /`[^`\n]+`/;

/** The stem points at code it does not show. */
export function missingListing(stem: string): boolean {
  if (FENCED.test(stem)) return false;
  if (INLINE_CODE.test(stem)) return MULTI_LINE_EN.test(stem) || MULTI_LINE_ZH.test(stem);
  return (
    POINTS_AT_LISTING_EN.test(stem) ||
    ASKS_FOR_OUTPUT.test(stem) ||
    POINTS_AT_LISTING_ZH.test(stem) ||
    THIS_LISTING_ZH.test(stem) ||
    (THE_DATA.test(stem) && QUOTED_VALUE.test(stem))
  );
}

/** A stem that points at a listing ("given this code", "complete this markup", "以下代码"). */
const POINTS_AT_CODE =
  /\b(?:(?:given|complete|consider|in|of|run(?:ning)?)\s+(?:this|the following|the below)\s+(?:code|markup|snippet|program|script|listing|html|css|function)|the (?:code|snippet|markup|listing) below|(?:this|following) (?:code|snippet) (?:print|output|return|do)s?)\b|(?:以下|下面的?|下列|如下|这段|该段?)(?:代码|程序|脚本|片段|函数)|(?:代码|程序)(?:片段)?\s*如下/iu;
/** A fenced, indented or <pre> block: inline code alone is no listing for a quiz's "complete this markup". */
const holdsBlock = (stem: string): boolean => /```|~~~|\n(?: {4}|\t)\S|<pre\b/.test(stem);

/** An author's own quiz question pointing at a listing it lacks, in either of the two ways it is said. */
/** An option that only cites numbered statements: "1, 3 and 4", "2 和 4", "(1)(3)", "①③", "3 and 4 only", "1 only". */
const CITES_STATEMENTS =
  /^\s*(?:(?:(?:[(（]?\d{1,2}[)）]?|[①-⑩])(?:\s*(?:,|，|、|and|&|和|与|及)\s*(?:[(（]?\d{1,2}[)）]?|[①-⑩]))+|(?:[(（]\d{1,2}[)）]){2,}|[①-⑩]{2,})(?:\s+only)?|(?:[(（]?\d{1,2}[)）]?|[①-⑩])\s+only)\s*$/i;
/** A numbered statement in the stem: a line that opens with "1.", "(1)", "①". */
const STATEMENT_LINE = /(?:^|\n)\s*(?:\d{1,2}[.)、]|[(（]\d{1,2}[)）]|[①-⑩])\s*\S/;

/** Options citing numbered statements the stem does not show (the note's numbers broke them away). */
const citesMissingStatements = (candidate: Candidate): boolean =>
  candidate.question.options.filter((o) => CITES_STATEMENTS.test(stripMarks(o))).length >= 2 &&
  !STATEMENT_LINE.test(candidate.question.stem);

/**
 * A stem about a text it quotes ("The ideas expressed in this excerpt …", "上述材料体现了"): the passage stands
 * above the question in the note, and the chat shows the question alone.
 */
const POINTS_AT_EXCERPT =
  /\b(?:this|these|the\s+(?:above|following|preceding))\s+(?:excerpts?|passages?|quot(?:e|es|ation|ations)|extracts?|poems?|speech|lines|cartoon|image|map|graph|chart)\b|(?:这段|该段|以上|上述|上面的?|下面的?)(?:话|文字|材料|引文|诗句?|漫画|图表?)/iu;
/** A quoted block, or a paragraph above the question. */
const HOLDS_BLOCK = /(?:^|\n)[ \t]*>|\n[ \t]*\n/;

/** A quote of 40 characters or more ("We hold these truths …"), found in one pass (a pattern would rescan per quote). */
function quotesPassage(stem: string): boolean {
  let open = -1;
  for (let i = 0; i < stem.length; i++) {
    const c = stem[i];
    if (c !== '"' && c !== '“' && c !== '”') continue;
    if (open >= 0 && c !== '“' && i - open - 1 >= 40) return true;
    open = c === '”' ? -1 : i;
  }
  return false;
}

/** The stem holds the passage itself: a quote of a sentence or more, a quoted block, a paragraph above the question. */
const missingExcerpt = (stem: string): boolean =>
  POINTS_AT_EXCERPT.test(stem) && !quotesPassage(stem) && !HOLDS_BLOCK.test(stem);

function lacksListing(candidate: Candidate): boolean {
  const stem = candidate.question.stem;
  if (missingListing(stem) || missingExcerpt(stem) || citesMissingStatements(candidate)) return true;
  // Or its heading points at the code ("## 10.代码如下"), typed between heading and question as plain lines.
  const { sectionPath, prompt } = candidate.card;
  const heading = (sectionPath.at(-1) === prompt ? sectionPath.at(-2) : sectionPath.at(-1)) ?? '';
  return (
    candidate.card.facts.choice !== null &&
    (POINTS_AT_CODE.test(stem) || POINTS_AT_CODE.test(heading)) &&
    !holdsBlock(stem)
  );
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
  const distractors = distractorsOf(candidate);
  if (names(prose, key)) return !distractors.some((d) => names(prose, d));
  // A hint the author added ("Notice: the runner lets us…") that names the key where no distractor is named.
  const hint = hintOf(prose);
  if (hint !== '' && namesKeyByRoot(hint, key, distractors)) return true;
  // Another form of it: a word of the key's root ("linear" and "grows linearly"), a Chinese word of the
  // key ("独立于其他测试" and 独立的), that no distractor has.
  // Or the acronym the stem spells out ("ICMP (Internet Control Message Protocol)") in the key alone
  // ("…communicate error messages").
  return (
    onlyKeyEchoes(prose, key, distractors) ||
    onlyKeySharesHan(prose, key, distractors) ||
    keyEchoesExpansion(prose, key, distractors)
  );
}

/** A line that hints: "Notice: …", "Hint: …", "Note: …", "提示：…", "注意：…". */
const HINT_LINE = /^\s*(?:[*_>]\s*)*(?:notice|note|hint|tip|remember|提示|注意|注)\s*[*_]*\s*[:：]/im;

/** The hint lines of a stem, joined ("" when it has none). */
function hintOf(prose: string): string {
  if (!HINT_LINE.test(prose)) return '';
  return prose
    .split('\n')
    .filter((line) => HINT_LINE.test(line))
    .join('\n');
}

/** Two Chinese characters in a row of the option that the text holds, and that say something. */
function hanWordsIn(text: string, option: string): Set<string> {
  const out = new Set<string>();
  for (const run of stripMarks(option).match(/\p{Script=Han}{2,}/gu) ?? [])
    for (let k = 0; k + 1 < run.length; k++) {
      const pair = run.slice(k, k + 2);
      if (!PLAIN_HAN_PAIRS.has(pair) && text.includes(pair)) out.add(pair);
    }
  return out;
}

/** Pairs every kind of option says ("可以", "使用", "以上"): sharing them with the stem tells nothing. */
const PLAIN_HAN_PAIRS = new Set(
  '可以 使用 一个 通过 进行 没有 不是 就是 以上 所有 都是 这个 什么 哪个 如何 需要 时候 它的 我们 你的'.split(
    ' ',
  ),
);

/**
 * The key shares a Chinese word with the text that no distractor shares: among short names (键值数据库,
 * 文档数据库: 数据 is every option's, 键值 the key's alone) and among descriptions alike ("建筑群子系统是指" and
 * "连接各个建筑物的子系统", the other three only sharing 子系统).
 */
function onlyKeySharesHan(text: string, key: string, distractors: readonly string[]): boolean {
  if (!hasHan(text)) return false;
  const mine = hanWordsIn(text, key);
  if (mine.size === 0) return false;
  const theirs = distractors.map((d) => hanWordsIn(text, d));
  return theirs.every((t) => t.size === 0) || heldAlone(mine, theirs);
}

/**
 * A stem that asks for two answers or more ("(Select two)", "Choose 2", "Select the two best answer choices",
 * "选两项", "多选题"): one button is never its whole answer, whatever key was read (an author's "d) Hub, e)
 * Repeater" may have been read as one).
 */
const ASKS_FOR_SEVERAL =
  /\b(?:select|choose|pick|mark|check|identify)\s+(?:the\s+)?(?:two|three|four|five|2|3|4|5|all\s+that\s+apply)\b|\((?:two|three|2|3)\s+(?:answers|correct)\b|[选择]\s*[两二三四2-4]\s*(?:项|个|个选项|个答案)|多选题?|不定项/i;

export const asksForSeveral = (stem: string): boolean => ASKS_FOR_SEVERAL.test(stem);

/** Labels and blanks that ask nothing by themselves (`25Q:`, `A:`, `____`). */
const LABELS_AND_BLANKS = /\b\d{0,4}[QA]\s*[:：]|_{2,}|＿+|\\$/gm;

/** No question text at all (a reading slip lost it, or only `25Q: A: ____` is left): options alone ask nothing. */
const emptyStem = (c: Candidate): boolean => c.question.stem.replace(LABELS_AND_BLANKS, '').trim() === '';

/**
 * A stem that starts inside a sentence ("allows the HTTP server to store a ____", "-layer protocol and …"):
 * an author's sentence of several blanks, each with its options under its part, read one part at a time.
 * A question in lower case ("what does `ls -a` show?") asks all the same.
 */
const startsMidSentence = (stem: string): boolean => opensMidSentence(stem) && !/[?？]/.test(stem);

/**
 * A stem that only points back at what it asks about ("Which solution meets these requirements?"): the
 * requirements were not kept with it.
 */
const pointsBackAlone = (stem: string): boolean => {
  const prose = stem.trim();
  return !prose.includes('\n') && prose.length <= 160 && refersBack(prose);
};

export const AUTHORED_CHECKS: readonly GateCheck[] = [
  { code: 'empty-stem', reads: 'stem', fails: (c) => isAuthored(c) && emptyStem(c) },
  { code: 'fragment', reads: 'stem', fails: (c) => isAuthored(c) && startsMidSentence(c.question.stem) },
  {
    code: 'stem-not-standalone',
    reads: 'stem',
    fails: (c) => isAuthored(c) && pointsBackAlone(c.question.stem),
  },
  { code: 'image-question', reads: 'options', fails: (c) => isAuthored(c) && holdsImage(c) },
  { code: 'missing-listing', reads: 'stem', fails: (c) => isAuthored(c) && lacksListing(c) },
  { code: 'missing-picture', reads: 'stem', fails: (c) => isAuthored(c) && lacksPicture(c) },
  { code: 'asks-for-several', reads: 'stem', fails: (c) => isAuthored(c) && asksForSeveral(c.question.stem) },
  { code: 'key-in-stem', reads: 'options', fails: (c) => isAuthored(c) && authoredKeyInStem(c) },
  {
    code: 'refers-to-options',
    reads: 'options',
    fails: (c) => !isAuthored(c) && c.question.options.some(isCatchAll),
  },
];
