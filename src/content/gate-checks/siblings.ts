import { type Candidate, distractorsOf, keyOf } from '../candidate.ts';
import { stripMarks } from '../term-families.ts';
import { normaliseKey } from '../text-normalise.ts';
import { displayWidth } from './form-tells.ts';
import type { GateCheck } from './gate-check.ts';
import { memoText } from './memo-text.ts';
import { isParagraphLabel } from './paragraph-labels.ts';
import { isLeadIn, leansOnContext } from './stem-openings.ts';

/**
 * Distractors are siblings of the key: the same list, column or family of terms, named as such. Options
 * that are names must look like names, and a "which of these belongs to …" names a real list.
 */

/** Between spaces: "Peer-to-peer" is a name, "ways to scale" is not. */
const CLAUSE_WORDS =
  /(?:^|\s)(?:and|how|why|what|when|where|which|who|whom|does|do|did|should|would|could|can|will|you|your|it|its|we|our|they|their|i|my|between|vs|versus|for|with|used|using|about|behind|to)(?=\s|$)/i;
const NOT_A_NAME_START =
  /^(?:some|possible|main|major|common|different|various|the|list of|types? of|ways? (?:to|of)|benefits? of|advantages? of|examples? of|use ?cases? of|features? of|use of)\b/i;
const ZH_QUESTION_WORDS = /如何|什么|为什么|怎么|怎样|哪些|哪个|哪种|的区别|有哪|吗$|呢$/u;
/** A clause that leans on what came before ("这时通过设置…", "此时…", "然后…"): no name. */
const ZH_CLAUSE_START = /^(?:这时|此时|这里|这样|然后|因此|所以|但是|而且|如果|通过|可以|需要)/u;

/** A name, not a clause: short, no sentence punctuation, no question or pronoun words. */
export const looksLikeName = memoText(isName);

function isName(text: string): boolean {
  const t = stripMarks(text).normalize('NFKC').trim();
  if (t === '' || displayWidth(t) > 40) return false;
  if (/[。，；？！?!;]|,\s|\.\s|\.$/.test(t)) return false;
  const parts = t.split(/\s+/);
  if (parts.length > 5) return false;
  // "reproduce the crash", "enable core files": a task in lower case, not a name.
  if (parts.length >= 3 && parts.every((p) => /^[a-z]/.test(p))) return false;
  if (
    CLAUSE_WORDS.test(t) ||
    NOT_A_NAME_START.test(t) ||
    ZH_QUESTION_WORDS.test(t) ||
    ZH_CLAUSE_START.test(t)
  )
    return false;
  return true;
}

/**
 * Catch-all labels: the rest of a list, not one of its kind ("其他：…", "**Other**: …"), or what sums it up
 * ("Trade-off", "总结"). Not "more" or "rest", which are also a pager and an API style.
 */
const CATCH_ALL_LABELS = new Set([
  '其他',
  '其它',
  '其余',
  '杂项',
  'other',
  'others',
  'misc',
  'miscellaneous',
  // What sums the list up ("**Trade-off**: Transformer uses more computation…", "总结：…"): about its entries,
  // not one of them.
  'tradeoff',
  'tradeoffs',
  'summary',
  'conclusion',
  'bottomline',
  'overall',
  'insummary',
  '总结',
  '小结',
  '结论',
  '总之',
  '权衡',
  // The idea behind the rest ("主要思想：根据对象存活周期…" over "在新生代中：…"): what the list explains, none of its entries.
  '主要思想',
  '核心思想',
  '基本思想',
  '设计思想',
  'mainidea',
  'keyidea',
  'coreidea',
  'basicidea',
]);

/** A term that only names the rest of its list. */
export const isCatchAllLabel = (term: string): boolean =>
  CATCH_ALL_LABELS.has(normaliseKey(stripMarks(term)));

/** Labels that say where a list sits, not what it holds. */
const GENERIC_LABELS = new Set([
  ...CATCH_ALL_LABELS,
  '更多',
  'more',
  '初级',
  '中级',
  '高级',
  '入门',
  '进阶',
  '基础',
  '总结',
  '小结',
  '另外',
  '注意',
  '提示',
  '示例',
  '例如',
  '比如',
  '例子',
  '如下',
  '以下',
  '包括',
  '主要有',
  '步骤',
  'basic',
  'basics',
  'beginner',
  'intermediate',
  'advanced',
  'expert',
  'summary',
  'also',
  'note',
  'notes',
  'tip',
  'tips',
  'example',
  'examples',
  'eg',
  'forexample',
  'following',
  'thefollowing',
  'below',
  'including',
  'includes',
  'suchas',
  'steps',
  'options',
  'details',
  // What a list says of a subject it does not name ("Key Points" of a Pod, "Best Practice" for limits).
  'keypoints',
  'keypoint',
  'keyfeatures',
  'keytakeaways',
  'takeaways',
  'highlights',
  'important',
  'remember',
  'bestpractice',
  'bestpractices',
  '要点',
  '重点',
  '关键点',
  '最佳实践',
  '注意事项',
]);

/** A list label that names what the list holds ("优点", "Pros of hooks"), not a level, a heading or a lead-in. */
export function namesAList(label: string): boolean {
  const text = stripMarks(label)
    .replace(/[:：]\s*$/, '')
    .trim();
  if (text === '' || displayWidth(text) > 40) return false;
  if (GENERIC_LABELS.has(normaliseKey(text))) return false;
  return !leansOnContext(text) && !isLeadIn(text);
}

/** Options that are names of things (not commands, whose names are programs). */
const namesAreOptions = (candidate: Candidate): boolean =>
  candidate.origin === 'definition-reverse' ||
  candidate.origin === 'subject-reverse' ||
  candidate.origin === 'table-row' ||
  candidate.origin === 'cloze';

/**
 * A subject comes from its card's question ("What are portals in React?"): a name that still carries the
 * question's setting ("portals in React", "Shallow Renderer in React testing") is not yet the term.
 */
const SETTING = /\s(?:in|of|for|with|on|within|inside)\s/i;

/**
 * A single letter names something only where a table's header says what ("Which Mode…": `r`, `w`, `x`);
 * asked alone ("What is “M”?") it is a key in one tool, a unit in another.
 */
const subjectLooksLikeName = (c: Candidate, text: string): boolean => {
  if (!looksLikeName(text) || ORDINAL.test(stripMarks(text).trim()) || isCatchAllLabel(text)) return false;
  if ((c.origin === 'subject-forward' || c.origin === 'subject-reverse') && SETTING.test(text)) return false;
  if (c.origin === 'table-row' || c.origin === 'table-cell') return true;
  const plain = stripMarks(text).trim();
  return plain.length > 1 && !isParagraphLabel(plain);
};

/**
 * Places in a sequence, not names: "Step 2", "方法一", "第三步", "3." — the next step is a step too, so
 * every option fits "Which step …?" only by its number. (A bare number may be a name: HTTP 404.)
 */
const ORDINAL =
  /^(?:(?:step|stage|phase|part|option|method|way|approach|case|example|solution|answer|question|rule|tip|point|reason|item|level)\s*[\d一二三四五六七八九十]+|(?:方法|方式|步骤|阶段|情况|例子|示例|问题|原因|选项)[\d一二三四五六七八九十]+|第[\d一二三四五六七八九十]+[步个条种点章节部分类项]?|\d+[.、)）])$/i;

/** Forward questions ask about a name: "What is X?", "X: which description is right?". */
const askedName = (candidate: Candidate): string | null =>
  candidate.question.frame?.kind === 'what-is' || candidate.question.frame?.kind === 'row-cell'
    ? candidate.question.stem
    : null;

export const SIBLING_CHECKS: readonly GateCheck[] = [
  {
    code: 'distractor-not-sibling',
    reads: 'stem',
    fails: (c) => c.distractorSource === 'other-programs' || c.distractorSource === 'chapter-subjects',
  },
  {
    code: 'generic-list-label',
    reads: 'stem',
    fails: (c) => {
      const frame = c.question.frame;
      return (frame?.kind === 'one-of' || frame?.kind === 'not-one-of') && !namesAList(frame.list);
    },
  },
  {
    code: 'not-a-term',
    reads: 'stem',
    fails: (c) => {
      const asked = askedName(c);
      return (
        (asked !== null && !subjectLooksLikeName(c, asked)) ||
        (namesAreOptions(c) && !subjectLooksLikeName(c, keyOf(c)))
      );
    },
  },
  {
    code: 'not-a-term',
    reads: 'options',
    fails: (c) => namesAreOptions(c) && distractorsOf(c).some((o) => !subjectLooksLikeName(c, o)),
  },
];
