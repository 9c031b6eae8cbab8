import { looksLikeQuestion } from '../question-cues.ts';
import { stripMarks } from '../term-families.ts';
import type { DefinitionItem } from '../types.ts';

/**
 * A list of quick answers to exam questions, each under its question as a bold label ("**渗碳为何选奥氏体区**：
 * 溶解度大…", "**均匀 vs 非均匀形核**：…", "**Why use B+ trees?** …"): the labels are questions and
 * comparisons, not terms of one kind, and each answer fits its own question only by what it is about, so
 * "which term is described" tests which question the note answered where. A third of the labels asking is
 * enough: the rest of such a list are answers' topics ("铸锭组织"), of no one kind either.
 */
/** Comparisons looksLikeQuestion does not already read as asking (it reads ` vs `, 区别, 为何, 如何, 是否…). */
const COMPARES = /\sversus\s|\bvs\.?\s|对比|异同/i;

/** Per list, found once: every candidate of a list asks it. */
const verdicts = new WeakMap<readonly DefinitionItem[], boolean>();

export function labelsAsk(list: readonly DefinitionItem[]): boolean {
  let known = verdicts.get(list);
  if (known === undefined) {
    const asking = list.filter((d) => asks(stripMarks(d.term).trim())).length;
    known = asking >= 2 && asking * 3 >= list.length;
    verdicts.set(list, known);
  }
  return known;
}

const asks = (term: string): boolean => COMPARES.test(term) || looksLikeQuestion(term);
