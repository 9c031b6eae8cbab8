import { hasHan } from './text-normalise.ts';
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
  if (!split || isPlaceholder(split.definition) || isFormula(split.definition) || /^".*"$/.test(split.term))
    return null;
  return { term: split.term, definition: untranslated(split.term, split.definition), line, source };
}

/**
 * An English line the author translated after a dash (`Unstructured: images, video——无结构数据：图像，视频`): the
 * Chinese half names the term again (无结构数据) and says the definition again; the definition is the English
 * half, or the Chinese name would give the term away.
 */
function untranslated(term: string, definition: string): string {
  if (hasHan(term)) return definition;
  const m = BILINGUAL.exec(definition);
  const english = m?.[1]?.trim() ?? '';
  return english.length >= 2 && !hasHan(english) ? english : definition;
}

const BILINGUAL = /^(.*?)\s*(?:——|—|--)\s*\p{Script=Han}[^：:，,。]{0,11}[：:]/u;

/**
 * A value that opens with a formula (`$3x + (1-x) \times 1$`, `\(2^4\)`): a step of a calculation ("软件方式耗时：
 * $…$"), no description a player could match to its label.
 */
const isFormula = (definition: string): boolean => /^[\s*_]*(?:\$|\\\(|\\\[)/.test(definition);
