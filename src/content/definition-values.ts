import { hasHan, spacedWords } from './text-normalise.ts';
import type { DefinitionItem } from './types.ts';

/*
 * What a term's definition may be, as a list item or a line reads it (card-facts.ts): not a placeholder,
 * not a formula, not a key of data; and, for a line the author translated, its English half.
 */

/**
 * A note the author left in place of a definition ("// TODO：文章中并没有说明" in italics, "TBD", "待补充"): no
 * question asks it, and it is no distractor either.
 */
const isPlaceholder = (definition: string): boolean =>
  /^[\s*_/>#-]*(?:TODO|TBD|FIXME|待补充|待完善|暂无)/i.test(definition);

/**
 * A term and its definition as read, unless there is nothing to ask: a placeholder, a formula, or a key of
 * data (`"question": "…",` in a JSON quiz a site's template renders: the key is a field's name, no term).
 */
export function askable(
  split: { term: string; definition: string } | null,
  line: number,
  source: string,
): DefinitionItem | null {
  if (
    !split ||
    isPlaceholder(split.definition) ||
    isFormula(split.definition) ||
    pointsAhead(split.definition) ||
    /^".*"$/.test(split.term)
  )
    return null;
  // `键值对集合（）`: brackets the author left empty would read as masked text.
  const definition = untranslated(split.term, split.definition).replace(EMPTY_BRACKETS, '').trim();
  return { term: split.term, definition, line, source };
}

/**
 * A definition that says its substance comes after it ("满足以下`两个条件`，可以…", "meets the following two
 * conditions"): the points stand under it in the note, and a question shows the sentence without them.
 */
const POINTS_AHEAD_ZH =
  /以下|如下|下列|下面(?:的|几)|[两二三四五六七八九十几\d]\s*[个点种条项步]\s*[`*]*(?:条件|要求|特点|特征|方面|原则|步骤|部分|因素|阶段)[`*]*(?!\s*[:：])/;
const POINTS_AHEAD_EN =
  /\b(?:the following|as follows)\b|\b(?:two|three|four|five|several)\s+(?:conditions|requirements|steps|criteria|factors|rules)\b(?!\s*:)/i;

const pointsAhead = (definition: string): boolean =>
  POINTS_AHEAD_ZH.test(definition) ||
  ((definition.includes('follow') || / (?:two|three|four|five|several) /i.test(definition)) &&
    POINTS_AHEAD_EN.test(definition));

/**
 * An English line the author translated after a dash or a space (`Unstructured: images, video——无结构数据：图像，视频`): the
 * Chinese half names the term again (无结构数据) and says the definition again; the definition is the English
 * half, or the Chinese name would give the term away.
 */
function untranslated(term: string, definition: string): string {
  // `**pharynx**/throat - part of oral tract…`, `**voiced** sounds - sounds made with …`: the rest of the term's
  // name, typed after its bold, is no definition.
  const rest = SLASHED_ALIAS.exec(definition) ?? NAME_RUN_ON.exec(definition);
  if (rest?.[1]) return rest[1];
  // `混合收集：Mixed GC：对整个新生代…`: the term's other name opens its definition and would give it away.
  const alias = (hasHan(term) ? LATIN_ALIAS : HAN_ALIAS).exec(definition);
  if (alias?.[1]) return alias[1];
  if (hasHan(term)) return definition;
  // `Essence: Humanism (核心：人文主义)`: the bracket names the term in Chinese (核心) and says it all again.
  const bracketed = TRANSLATED_IN_BRACKETS.exec(definition)?.[1];
  if (bracketed && !hasHan(bracketed)) return bracketed;
  const m = BILINGUAL.exec(definition);
  const english = m?.[1]?.trim() ?? '';
  return english.length >= 2 && !hasHan(english) ? english : definition;
}

const EMPTY_BRACKETS = /[（(][ \t]*[)）]/g;

const SLASHED_ALIAS = /^\/\s*(?:\*\*|__)?[\p{L}][\p{L}\p{N} '-]{0,30}?(?:\*\*|__)?\s+[-–—:：]\s+(\S.*)$/su;
const NAME_RUN_ON = /^[a-z][a-z'-]{0,20}\s+[-–—]\s+(\S.*)$/su;

/** A short name in the other script, then a colon, opening a definition: `Minor GC/Young GC：只对新生代…`. */
const LATIN_ALIAS = /^[\s*_]*[A-Za-z][A-Za-z0-9 ./+&-]{0,40}?[\s*_]*[：:]\s*(\S.*)$/su;
const HAN_ALIAS = /^[\s*_]*\p{Script=Han}[\p{Script=Han}/、 ]{0,15}?[\s*_]*[：:]\s*(\S.*)$/su;

const TRANSLATED_IN_BRACKETS =
  /^(.*?\S)\s*[(（]\p{Script=Han}[^：:()（）\n]{0,11}[：:][^()（）\n]*[)）]\s*$/u;

/** The English half, then the term's Chinese name and colon after a dash or after the English (`…selection. 战略定义:…`). */
const BILINGUAL = /^(.*?)\s*(?:——|—|--|(?<=[A-Za-z.!?)])\s)\s*\p{Script=Han}[^：:，,。]{0,11}[：:]/u;

/**
 * A value that opens with a formula (`$3x + (1-x) \times 1$`, `\(2^4\)`): a step of a calculation ("软件方式耗时：
 * $…$"), no description a player could match to its label.
 */
const isFormula = (definition: string): boolean => /^[\s*_]*(?:\$|\\\(|\\\[)/.test(definition);

/** A definition's words (spacedWords) without articles, for whole-phrase search. */
const phraseOf = (text: string): string => spacedWords(text).replace(/ (?:a|an|the)(?= )/g, '');

/**
 * A definition of four words at most that another entry's definition holds whole ("a speech sound" beside
 * "speech sound produced with …"): it names only the kind the others are of, and fits every one of them.
 */
export function namesOnlyTheKind(definition: string, others: readonly string[]): boolean {
  const own = phraseOf(definition);
  const words = own
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  if (words.length === 0 || words.length > 4 || own.trim().length < 4) return false;
  return others.some((o) => o !== definition && phraseOf(o).includes(own));
}
