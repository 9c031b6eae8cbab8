import {
  type Candidate,
  distractorsOf,
  keyOf,
  optionsAreDescriptions,
  optionsAreNames,
} from '../candidate.ts';
import { commandKey } from '../command-key.ts';
import { stripMarks } from '../term-families.ts';
import { normaliseKey } from '../text-normalise.ts';
import { BLANKS, PART_OF_SPEECH } from './form-tells.ts';
import { type GateCheck, type GateContext, isAuthored } from './gate-check.ts';
import { mentions } from './give-away.ts';
import { answersSameTask } from './task-overlap.ts';

/**
 * Exactly one option is right per the notes. Two rows or terms that one description fits, a command the
 * notes also run with the same arguments, a command that only runs the program doing the job, another option named in the stem, a blank in the middle of an
 * enumeration (any member fits), a sentence that only mentions its term in passing: all make a second
 * option defensible, or the key a guess.
 */

/** Two options the notes describe alike: the key's description also belongs to a distractor. */
function sharedDescription(candidate: Candidate): boolean {
  const describe = candidate.descriptionOf;
  if (!describe) return false;
  const own = describe(keyOf(candidate));
  if (own === undefined || normaliseKey(own) === '') return false;
  const mine = normaliseKey(own);
  return distractorsOf(candidate).some((d) => {
    const theirs = describe(d);
    return theirs !== undefined && (nearlySame(normaliseKey(theirs), mine) || saysAllOf(theirs, own));
  });
}

/**
 * Glosses that list senses (`adv. 【因此, 从而】` beside `【因此, 所以】`, `调节, 调整` beside `调整, 调节`): a sense
 * the key shares with a distractor makes both right. Only where the key is such a list, every sense short.
 */
function sharesSense(candidate: Candidate): boolean {
  if (isAuthored(candidate)) return false;
  const own = sensesOf(keyOf(candidate));
  if (own === null || own.length < 2) return false;
  return distractorsOf(candidate).some((d) => sensesOf(d)?.some((sense) => own.includes(sense)) === true);
}

/** The senses a gloss lists, its part of speech, marks and brackets left out; null when one is no short gloss. */
function sensesOf(option: string): string[] | null {
  const text = stripMarks(option)
    .replace(PART_OF_SPEECH, '')
    .replace(/[【】[\]「」]/g, '')
    .replace(/[(（][^)）]{0,8}[)）]/g, '');
  const senses = text
    .split(/\s*[,，、;；]\s*|\s+\/\s+/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  const short = (s: string): boolean =>
    /\p{Script=Han}/u.test(s) ? s.length <= 6 : s.split(/\s+/).length <= 3 && s.length <= 24;
  return senses.length > 0 && senses.every(short) ? senses : null;
}

/**
 * A distractor's description that says all the key's does, and more ("只显示所有监听tcp端口" for "TCP类型的端口":
 * `netstat -lt` lists TCP ports too): its every word (a Chinese description by its names and its last word).
 */
/** A description this short is a label ("TCP类型的端口"); a longer one says what sets its option apart. */
const SHORT_DESCRIPTION = 16;

function saysAllOf(theirs: string, own: string): boolean {
  const words = own.toLowerCase().match(/[a-z][a-z0-9]+/g) ?? [];
  const han = own.match(/\p{Script=Han}+/gu) ?? [];
  if (words.length === 0 || own.length > SHORT_DESCRIPTION) return false;
  const text = theirs.toLowerCase();
  const head = han.length > 0 ? (han[han.length - 1] as string).slice(-2) : '';
  return words.every((w) => text.includes(w)) && (head === '' ? words.length >= 3 : text.includes(head));
}

/** Character pairs of a text, for likeness: each pair of UTF-16 units as one number, no string made for it. */
function pairsOf(text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  for (let k = 0; k + 1 < text.length; k++) {
    const pair = text.charCodeAt(k) * 0x10000 + text.charCodeAt(k + 1);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  return pairs;
}

/**
 * The same description, or one copied and barely edited (a long description another row repeats but for a
 * word or two, "如果有则同时删除" / "如果有则也删除"): which row it fits is the note's slip, not knowledge.
 */
function nearlySame(a: string, b: string): boolean {
  if (a === b) return true;
  // Cheap refusals first: this runs for every distractor of every named option.
  if (Math.min(a.length, b.length) < 20 || Math.abs(a.length - b.length) * 5 > Math.max(a.length, b.length))
    return false;
  const pa = pairsOf(a);
  let shared = 0;
  for (const [pair, n] of pairsOf(b)) shared += Math.min(n, pa.get(pair) ?? 0);
  return (2 * shared) / (a.length - 1 + (b.length - 1)) >= 0.9;
}

/** The arguments a command is run with: the command without its key ("docker kill $(…)" → "$(…)"). */
export function argumentsOf(command: string): string {
  const plain = stripMarks(command)
    .trim()
    .replace(/^sudo\s+/, '');
  const { key } = commandKey(plain);
  return plain.slice(key.length).trim();
}

/** What follows a blank up to the end of its code span or line: the arguments a blanked command takes. */
function argumentsAfterBlank(stem: string): string {
  const m = /(?:＿＿＿|_____)([^`\n]*)`/.exec(stem);
  return (m?.[1] ?? '').trim();
}

/**
 * A distractor subcommand of the key's own program that the notes run with the very arguments of the key
 * ("docker stop $(docker ps -q)" beside "docker kill $(docker ps -q)"): it would do the job too. Other
 * programs on the same operand ("ping host", "dig host") do other jobs.
 */
function sameArguments(candidate: Candidate, context: GateContext): boolean {
  let args: string;
  if (candidate.origin === 'command') args = candidate.arguments ?? argumentsOf(keyOf(candidate));
  else if (candidate.origin === 'cloze') args = argumentsAfterBlank(candidate.question.stem);
  else return false;
  if (args === '') return false;
  const wanted = normaliseKey(args);
  const program = commandKey(stripMarks(keyOf(candidate))).program;
  return distractorsOf(candidate).some((d) => {
    const { program: theirs, key } = commandKey(stripMarks(d));
    const used = context.commandArgs.get(key);
    return theirs === program && used !== undefined && [...used].some((a) => normaliseKey(a) === wanted);
  });
}

/** Subcommands that run a program their arguments name: `docker run IMAGE env`, `kubectl exec POD -- ls`. */
const RUNS_ARGUMENTS = new Set(['run', 'exec']);
const RUNNING_TASK_EN =
  /\b(?:run|runs|running|start|starts|starting|launch|launches|execute|executes|boot|spin up)\b/i;
const RUNNING_TASK_ZH = /启动|运行|执行|开启|跑/u;

/**
 * The key runs another program that does the job (`docker run IMAGE env` to see an image's environment):
 * the job is that program's, and any other way to it is as right (`docker inspect` shows the environment
 * too). A task that is about running something is the key's own job.
 */
function runsAnotherProgram(candidate: Candidate): boolean {
  if (candidate.origin !== 'command' || candidate.arguments === undefined) return false;
  const job =
    commandKey(stripMarks(keyOf(candidate)))
      .key.split(' ')
      .pop() ?? '';
  if (!RUNS_ARGUMENTS.has(job)) return false;
  // What it runs: a second word after the container or image it names (options aside).
  const positional = candidate.arguments.split(/\s+/).filter((a) => a !== '' && !a.startsWith('-'));
  if (positional.length < 2) return false;
  const task = candidate.question.stem;
  return !RUNNING_TASK_EN.test(task) && !RUNNING_TASK_ZH.test(task);
}

/** Names: a distractor named in the stem. Descriptions: the asked name in a distractor. */
function namesAnother(candidate: Candidate): boolean {
  const { stem } = candidate.question;
  if (optionsAreNames(candidate)) return distractorsOf(candidate).some((d) => mentions(stem, stripMarks(d)));
  if (optionsAreDescriptions(candidate)) return distractorsOf(candidate).some((d) => mentions(d, stem));
  return false;
}

const COMMA = String.raw`\s*[、,，/]\s*`;
const CONJUNCTION = String.raw`(?:\s*(?:和|与|及|或|以及)\s*|\s+(?:and|or)\s+)`;
const SEPARATOR = `(?:${COMMA}|${CONJUNCTION})`;
/** A short listed item: a code span, or up to three words without sentence punctuation. */
const ITEM = String.raw`(?:\x60[^\x60]{1,30}\x60|[^\s,，、。.;；:：()（）\x60]{1,24}(?: [^\s,，、。.;；:：()（）\x60]{1,24}){0,2})`;

// Each pattern reads a few dozen characters on one side of the blank, anchored at the blank.
const LISTS_BEFORE = /(?:[、,，/]|和|与|及|或|\band|\bor)\s*`?$/u;
const LISTS_AFTER = /^`?\s*(?:[、,，/]|和|与|及|或|and\b|or\b)/u;
const CONJOINED_BEFORE = new RegExp(`${ITEM}${CONJUNCTION}\x60?$`, 'u');
const CONJOINED_AFTER = new RegExp(`^\x60?${CONJUNCTION}${ITEM}`, 'u');
const ONE_BEFORE = new RegExp(`${ITEM}${COMMA}\x60?$`, 'u');
const ONE_AFTER = new RegExp(`^\x60?${COMMA}${ITEM}`, 'u');
const TWO_BEFORE = new RegExp(`${ITEM}${SEPARATOR}${ITEM}${COMMA}\x60?$`, 'u');
const TWO_AFTER = new RegExp(`^\x60?${COMMA}${ITEM}${SEPARATOR}${ITEM}`, 'u');

/**
 * The blank sits among listed items ("Byte, ＿＿＿, Long", "＿＿＿和 docker events"), where every member fits. Joined
 * to an item by "and/or/和/或", or a comma-separated member with an item on both sides or two on one side.
 * One comma alone is no list ("另外，＿＿＿…").
 */
function blankInEnumeration(stem: string): boolean {
  for (const m of stem.matchAll(BLANKS)) {
    const at = m.index ?? 0;
    const before = stem.slice(Math.max(0, at - 60), at);
    const after = stem.slice(at + m[0].length, at + m[0].length + 60);
    // No separator touching the blank: no list (the patterns below need one).
    if (!LISTS_BEFORE.test(before) && !LISTS_AFTER.test(after)) continue;
    if (CONJOINED_BEFORE.test(before) || CONJOINED_AFTER.test(after)) return true;
    if (TWO_BEFORE.test(before) || TWO_AFTER.test(after)) return true;
    if (ONE_BEFORE.test(before) && ONE_AFTER.test(after)) return true;
  }
  return false;
}

const EN_DEFINING =
  /^(?:\s*(?:`|\*\*)?\s*(?:\([^)]*\)\s*)?(?:command|hook|method|function|option|flag|property|attribute|api|directive|instruction|keyword|operator|signal|record|file|tool|library|component|pattern)?s?\s*)?(?:is|are|was|were|means|refers to|stands for|represents|describes|defines|provides|allows|lets|enables|returns|creates|runs|removes|deletes|lists|shows|displays|prints|stops|starts|kills|copies|sends|sets|gets|reads|writes|checks|changes|handles|manages|stores|holds|contains|makes|tells|lets|can|cannot|can't|will|must|should|has|have|does|doesn't)\b/i;
const ZH_DEFINING =
  /^\s*(?:`|\*\*)?\s*(?:[(（][^)）]*[)）]\s*)?(?:命令|指令|方法|函数|关键字|参数|选项|工具|接口|注解|类|信号)?\s*(?:是|为|指|表示|代表|意味着|用于|用来|可以|可用于|能够|能|会|负责|支持|提供|允许|就是|称为|叫做|属于|包含|包括|保存|存储|实现|定义|描述|返回|创建|删除|列出|显示|查看|停止|启动|复制|拷贝|设置|管理|处理)/u;

/**
 * The sentence defines what the blank hides: the blank is what it is about, followed by what it is or
 * does ("＿＿＿ 命令用于…", "_____ is nearly identical to SIGTERM"). A term only mentioned in passing
 * ("各种 ＿＿＿ 新特性也不是") leaves every sibling defensible.
 */
function definesTheBlank(stem: string): boolean {
  const m = /(?:＿＿＿|_____)/.exec(stem);
  if (!m) return false;
  return definesWhatPrecedes(stem.slice((m.index ?? 0) + m[0].length));
}

/** The text right after a term says what the term is or does (see definesTheBlank). */
export function definesWhatPrecedes(after: string): boolean {
  const text = after.replace(/^[`*]+/, '');
  return (EN_DEFINING.test(text) || ZH_DEFINING.test(text)) && !MEMBERSHIP_ONLY.test(text);
}

/**
 * A sentence that only says which kind the blank is ("_____ is a valid JSON value and is included", "＿＿是常用的
 * 排序算法之一"): every option, a sibling of the same kind, fits it as well as the key.
 */
const MEMBERSHIP_ONLY =
  /^\s*(?:(?:is|are)\s+(?:also\s+)?(?:(?:a|an)\s+(?:valid|legal|allowed|acceptable|supported|common|typical)\s+[\w-]+(?:\s+[\w-]+)?(?:\s*$|\s*[.,;]|\s+and\b)|(?:a|an|one)\s+(?:example|kind|type|form|instance|member)\s+of\b|one\s+of\s+the\b)|(?:也)?(?:是|属于)[^，。,.；;\n]{0,20}(?:之一|的一种|的例子))/iu;

const MARKS =
  /^(?:[-–—+×x✓✔✗✘✖❌❎✅√]|☑️?|⭕️?|yes|no|true|false|n\/a|none|是|否|有|无|支持|不支持|可能|不可能|可以|不可以|部分|partial|maybe|[\d.,%]+)$/iu;

/** A table row described only by marks, yes/no or numbers: the row is a guess among look-alikes. */
function uninformativeCells(candidate: Candidate): boolean {
  if (candidate.origin !== 'table-row' && candidate.origin !== 'table-cell') return false;
  const texts =
    candidate.origin === 'table-row'
      ? candidate.question.stem.split(/;\s*/).map((part) => part.replace(/^[^:]*:\s*/, ''))
      : [...candidate.question.options];
  const cleaned = texts.map((t) => stripMarks(t).replace(BLANKS, '').trim());
  return cleaned.every((t) => t.length <= 2 || t.split(/\s+/).every((word) => MARKS.test(word)));
}

export const ONE_RIGHT_CHECKS: readonly GateCheck[] = [
  {
    code: 'blank-in-enumeration',
    reads: 'stem',
    fails: (c) => c.origin === 'cloze' && blankInEnumeration(c.question.stem),
  },
  {
    code: 'cloze-not-defining',
    reads: 'stem',
    fails: (c) => c.origin === 'cloze' && !definesTheBlank(c.question.stem),
  },
  {
    code: 'ambiguous-key',
    reads: 'options',
    fails: (c, ctx) =>
      sharedDescription(c) ||
      sharesSense(c) ||
      sameArguments(c, ctx) ||
      answersSameTask(c, ctx) ||
      runsAnotherProgram(c),
  },
  { code: 'names-another', reads: 'options', fails: (c) => !isAuthored(c) && namesAnother(c) },
  { code: 'uninformative-cells', reads: 'options', fails: uninformativeCells },
];
