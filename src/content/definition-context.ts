import { memoText } from './gate-checks/memo-text.ts';
import { INDEX_LETTER } from './letter-glossaries.ts';
import { isNumberingOnly } from './question-numbering.ts';
import { stripMarks } from './term-families.ts';
import type { Card } from './types.ts';

/**
 * What a definition question says it is about: the card's question or title, or, under an A–Z glossary's
 * letter heading (which tells the player nothing but the key's first letter) or a heading that only
 * numbers a question, the heading over it.
 */
export function contextOf(card: Card, lead?: string): string {
  // "Altitude:" over `* Density: pressure alt. corrected …`: the lead names what each term is a kind of.
  const kind = lead === undefined ? null : kindLead(lead);
  if (!saysNothing(card.prompt))
    return kind && !card.prompt.includes(kind) ? `${card.prompt} › ${kind}` : card.prompt;
  // Under "第七章", the list's own lead-in ("解决竞争条件：") says what its terms are.
  if (lead) return lead.replace(/[:：]\s*$/, '');
  const above = card.sectionPath.at(-2) ?? '';
  return saysNothing(above) ? '' : above;
}

/**
 * A lead-in that is a noun of three words at most ("Altitude:", "Worker Node:"), without its colon. Latin only: a
 * Chinese lead-in is as often a sentence ("Java 中的注释有三种：") or the note's own label ("熟悉内容：").
 */
const kindLead = memoText((lead: string): string | null => {
  const text = stripMarks(lead)
    .replace(/[:：]\s*$/, '')
    .trim();
  if (text.length < 2 || text.length > 30 || text.split(/\s+/).length > 3) return null;
  return /^[A-Za-z][A-Za-z0-9 '’-]*$/.test(text) && !SAYS_MORE.test(text) ? text : null;
});
/** Lead-ins that say more than a kind: "For example:", "The following:", "Key terms:", "Note:". */
const SAYS_MORE =
  /\b(?:for example|e\.?g|following|below|include[sd]?|key|terms?|definitions?|notes?|examples?|summary|such as)\b|例如|比如|如下|以下|包括|注意|总结/i;

/** A letter of an A–Z index, a question's number alone ("Question 21", "第 3 题"), a quiz's or a book's part. */
const saysNothing = (title: string): boolean =>
  INDEX_LETTER.test(title.trim()) ||
  isNumberingOnly(title) ||
  QUIZ_PART.test(title.trim()) ||
  CHAPTER.test(title.trim());

/** A chapter, lecture or week by its number alone: "第七章", "Chapter 7", "Lecture 05", "Week 3". */
const CHAPTER =
  /^(?:第[一二三四五六七八九十百\d]{1,4}[章节讲课周]|(?:chapter|lecture|lesson|week|unit|module)\s*\d{1,3})[:：.]?$/iu;

/** A part of a quiz named by its number and kind of question ("Part 4: Short Answer", "第二部分"). */
const QUIZ_PART =
  /^(?:part|section)\s+(?:\d{1,2}|[ivx]{1,4})\b[^\n]{0,30}$|^第[一二三四五六七八九十\d]{1,3}部分/iu;
