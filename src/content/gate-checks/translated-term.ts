import {
  type Candidate,
  distractorsOf,
  keyOf,
  optionsAreDescriptions,
  optionsAreNames,
} from '../candidate.ts';
import { stripMarks } from '../term-families.ts';
import { hasHan } from '../text-normalise.ts';
import { type GateCheck, isAuthored } from './gate-check.ts';
import { rendersNames } from './rendered-names.ts';
import { identifierWords, namedConcepts } from './tech-glossary.ts';

/**
 * A Latin term made of plain English words (`byName`, `$limit`, `no`) asked against a Chinese description
 * that renders those words ("根据名称自动装配", "限制返回的文档数", "不进行自动装配"): the player translates
 * the term and is done. A name option is judged on the term and its description alone (it holds where a
 * distractor's words are rendered too); a description option only where some distractor does not render
 * the term.
 */

/** Grammar words that make up option values (`no`, `byType`, `onlyRead`), with their usual renderings. */
const FUNCTION_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['no', ['不', '无', '没有', '未', '禁用', '关闭']],
  ['none', ['不', '无', '没有']],
  ['not', ['不', '非', '未']],
  ['all', ['所有', '全部']],
  ['only', ['仅', '只']],
  ['each', ['每']],
  ['per', ['每']],
]);

/** The term's words when it is one Latin name (`$limit`, `@Autowired`, `by-name`, `--all`, `Controller Manager`), else null. */
function termWords(term: string): readonly string[] | null {
  // A method named with its call (`cleanupIncrementally()`) is translated as its name is; so is a Vue
  // modifier by its dot (`.once`).
  // A code named beside its number (`404 Not Found`, `E1001 Timeout`) is read by its name.
  const plain = stripMarks(term)
    .trim()
    .replace(/^[A-Z]?\d{1,5}[ \t]+(?=[A-Z])/, '')
    .replace(/^(?:[$@.]+|-{1,2}(?=[A-Za-z]))/, '')
    .replace(/\(\)$/, '');
  // A name of a few words ("Controller Manager") is translated word by word as much as `ControllerManager`.
  if (!/^[A-Za-z][A-Za-z_-]*(?: [A-Za-z][A-Za-z_-]*){0,3}$/.test(plain) || plain.length > 40) return null;
  return identifierWords(plain.replace(/[_-]+/g, ' '));
}

/**
 * Some word of the Latin term is rendered in the Chinese description. Words in `family` are not counted:
 * the prefix every option shares (`CONSTANT_` of `CONSTANT_Fieldref_info`) tells no option apart.
 */
export function translatesTerm(
  term: string,
  description: string,
  family: ReadonlySet<string> = NO_WORDS,
): boolean {
  // A flag written two ways ("-a 或 --all", "-r, --release"): either spelling may be translated.
  if (ALTERNATIVES.test(term))
    return term.split(ALTERNATIVES).some((t) => t !== '' && renderedWords(t, description, family).size > 0);
  return renderedWords(term, description, family).size > 0;
}

const ALTERNATIVES = /\s*(?:或|或者|\bor\b|[,，/|])\s*/;

/**
 * The words (or concepts) of the Latin term that the Chinese description renders: `beforeDestroy` against
 * "在实例销毁之前调用" gives before and destroy.
 */
function renderedWords(term: string, description: string, family: ReadonlySet<string>): ReadonlySet<string> {
  const out = new Set<string>();
  if (!hasHan(description) || hasHan(term)) return out;
  const words = termWords(term)?.filter((w) => !family.has(w));
  if (words === undefined || words.length === 0) return out;
  for (const w of words) if ((FUNCTION_WORDS.get(w) ?? []).some((h) => description.includes(h))) out.add(w);
  const described = namedConcepts(description).han;
  for (const concept of namedConcepts(words.join(' ')).latin.keys())
    if (described.has(concept)) out.add(concept);
  return out;
}

/**
 * The key description renders words of the term that no distractor renders all of: "在实例销毁之前调用"
 * for `beforeDestroy` beside descriptions that say only 之前. Where a distractor renders them all
 * (before and destroy both), the notes, not the translation, tell the options apart.
 */
function keyAloneRendersTerm(
  term: string,
  key: string,
  distractors: readonly string[],
  family: ReadonlySet<string>,
): boolean {
  const rendered = renderedWords(term, key, family);
  if (rendered.size === 0) return false;
  return !distractors.some((d) => {
    const theirs = renderedWords(term, d, family);
    return [...rendered].every((w) => theirs.has(w));
  });
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** The words every option's name holds (`constant`, `info` of `CONSTANT_…_info`): the family's, not the key's. */
function familyWords(options: readonly string[]): ReadonlySet<string> {
  const [first, ...rest] = options.map((o) => identifierWords(stripMarks(o).replace(/[_-]+/g, ' ')));
  if (first === undefined || rest.length === 0) return NO_WORDS;
  return new Set(first.filter((w) => rest.every((words) => words.includes(w))));
}

const ASKED_BY_NAME = new Set([
  'definition-forward',
  'definition-reverse',
  'subject-forward',
  'subject-reverse',
  'table-row',
  'table-cell',
  // A Chinese sentence with the English term blanked ("＿＿＿：在实例销毁之前调用") is asked the same way.
  'cloze',
]);

/**
 * The term's words its section heading names, when the heading does not name the whole term: under
 * "transition过渡", `transition` of `transition-delay` is the family every option of the section shares,
 * even where a description does not repeat 过渡.
 */
function headingWords(candidate: Candidate, term: string): ReadonlySet<string> {
  const words = termWords(term);
  if (words === null) return NO_WORDS;
  const heading = new Set(identifierWords(candidate.question.sectionPath.join(' ')));
  const named = words.filter((w) => heading.has(w));
  return named.length > 0 && named.length < words.length ? new Set(named) : NO_WORDS;
}

/** A code name's words in an author's stem (`Symbol.iterator` → symbol, iterator), three letters or more. */
const CODE_SPAN = /`([^`\n]{1,60})`/g;

/**
 * An author's question about a name in code (`charset`, `Array.prototype.reduce()`, `Symbol.iterator`) whose
 * Chinese key alone renders a word of it ("定义页面的字符编码", "…减少到一个值", "默认迭代器"): the player who
 * reads English picks the key without the notes.
 */
function authoredCodeTranslated(candidate: Candidate): boolean {
  const key = keyOf(candidate);
  if (!hasHan(key)) return false;
  const distractors = distractorsOf(candidate);
  for (const m of candidate.question.stem.matchAll(CODE_SPAN))
    for (const word of identifierWords((m[1] ?? '').replace(/[^A-Za-z]+/g, ' ')))
      if (word.length >= 3 && keyAloneRendersTerm(word, key, distractors, NO_WORDS)) return true;
  return false;
}

function fails(candidate: Candidate): boolean {
  if (isAuthored(candidate)) return authoredCodeTranslated(candidate);
  if (!ASKED_BY_NAME.has(candidate.origin)) return false;
  // An acronym is translated through the names its glossary gives it (rendered-names.ts).
  if (rendersNames(candidate)) return true;
  const stem = candidate.question.stem;
  if (optionsAreNames(candidate)) {
    const key = keyOf(candidate);
    const family = new Set([...familyWords(candidate.question.options), ...headingWords(candidate, key)]);
    return translatesTerm(key, stem, family);
  }
  // Descriptions that all render the term ("取出…头部" for each poll method) leave the notes to tell them
  // apart: only the key rendering it gives it away.
  if (optionsAreDescriptions(candidate)) {
    const family = headingWords(candidate, stem);
    const key = keyOf(candidate);
    const distractors = distractorsOf(candidate);
    return (
      (translatesTerm(stem, key, family) && !distractors.every((d) => translatesTerm(stem, d, family))) ||
      keyAloneRendersTerm(stem, key, distractors, family)
    );
  }
  return false;
}

export const TRANSLATED_TERM_CHECKS: readonly GateCheck[] = [
  // Judged after the echo checks: where they see the echo, theirs is the more telling reason.
  { code: 'translated-term', reads: 'options', fails },
];
