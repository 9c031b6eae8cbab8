/** How exported question banks number their questions, apart from the words that ask. */

/**
 * A heading that is only a numbering (`## 1.`, `## 12`, `### Q3`, `## 第3题`, `题库中第3题:`, `## Question 4`), as
 * exported question banks write one question per heading: the numbering is no question, the question is
 * the first paragraph under it. Numbers of four digits (`## 2021`) are years, and a number with words
 * (`## 1. Introduction`) is a title: both stay the sections they are.
 */
const NUMBERING =
  /^(?:(?:q|question|problem|exercise|no\.?|#)\s*)?(?:\d{1,3}|[(（]\d{1,3}[)）])\s*[.)）、:：]?$|^q\d{1,3}[-_][a-z]{0,3}\d{1,3}$|^(?:\p{Script=Han}{0,4}第\s*[\d一二三四五六七八九十百]{1,5}\s*[题道]|(?:题目|问题|习题|试题)\s*\d{1,3})\s*[.、:：]?$/iu;

export function isNumberingOnly(title: string): boolean {
  return title.length <= 30 && NUMBERING.test(bareTitle(title));
}

/** A title without its pictographs and emphasis marks, in its compatibility form (full-width digits as digits). */
const bareTitle = (title: string): string =>
  title
    .normalize('NFKC')
    .replace(/[\p{Extended_Pictographic}*_`]|\u200d|\ufe0f/gu, '')
    .trim();

/** A course platform's score label before the number (`1 point`, `2 points 16.`, as Coursera exports write it). */
const SCORE = /^\d{1,3}(?:\.\d{1,2})?\s*points?\b\s*/i;

/**
 * The question's own words, without the lines before them that only number it (`Question 1`, `1 point 16.`
 * then `Question 16`): an exported quiz writes the number on a line of its own above the question.
 */
export function withoutNumberingLines(text: string): string {
  const lines = text.split('\n');
  let k = 0;
  while (k < lines.length - 1) {
    const line = (lines[k] as string).trim();
    const bare = line.replace(SCORE, '');
    if (!(bare === '' ? SCORE.test(line) : isNumberingOnly(bare))) break;
    k++;
  }
  return k === 0 ? text : lines.slice(k).join('\n');
}

/**
 * More ways a fold's summary only numbers the question inside it (`Q. 4`, `Task 1`, `Question #4`,
 * `Exercise 3.1`, `练习 2`, `第4问`). Kept apart from NUMBERING: a heading `## Task 1` over a lab's steps is
 * a section, and headings keep reading as they did.
 */
const FOLD_NUMBERING =
  /^(?:q|question|problem|exercise|ex|task|challenge)\s*(?:\.|no\.?|#)?\s*\d{1,3}(?:\.\d{1,2})?[a-z]?\s*[.)）:：]?$|^(?:(?:练习|任务|思考题)\s*\d{1,3}|第\s*[\d一二三四五六七八九十百]{1,5}\s*问)\s*[.、:：]?$/iu;

/** Is this `<details>` summary only the number of the question in its body ("Question 4", "Q. 4", "第4题")? */
export function isNumberingLabel(summary: string): boolean {
  return isNumberingOnly(summary) || (summary.length <= 30 && FOLD_NUMBERING.test(bareTitle(summary)));
}

/**
 * A heading that only labels the question under it (`### 题目`, `### Question`, `### 📝 题干`), as generated
 * question pages write one under each numbered heading: no section of its own, its text is the question
 * of the heading above.
 */
const QUESTION_LABEL =
  /^(?:题目|题干|问题|题目描述|问题描述|question|the question|problem|problem statement)\s*[:：]?$/iu;

/** The label words in any case, before the title is normalised (most headings hold none). */
const MAY_LABEL = /题|问题|question|problem/i;

export function isQuestionLabel(title: string): boolean {
  return title.length <= 24 && MAY_LABEL.test(title) && QUESTION_LABEL.test(bareTitle(title));
}

/**
 * A paragraph of a question's fields, not its words: every line a short label and value (`**类型：** 单选题`,
 * `**Tags:** networking`, `难度：中等`), as question banks write them above the question.
 */
const FIELD_LINE =
  /^(?:\*\*|__)?(?:类型|题型|标签|难度|分值|分数|知识点|考点|来源|出处|type|tags?|difficulty|level|topic|category|points?|source)\s*(?:(?:\*\*|__)\s*)?[:：]\s*(?:(?:\*\*|__)\s*)?\S.{0,40}$/iu;

export function isFieldLines(lines: readonly string[]): boolean {
  return lines.length > 0 && lines.every((l) => FIELD_LINE.test(l.trim()));
}
