import { normaliseKey } from './text-normalise.ts';

/**
 * What each column of a question-and-answer table holds, read from its header: `| Question | Answer |`,
 * `| # | Q | A | Difficulty |`, `| 问题 | 答案 |`, `| 题目 | 解析 | 来源 |`. A question column and an answer
 * column (or, with none, an explanation column: `解析` answers on its own) are what make one; a column of
 * row numbers is an index, and any other column is shown under its header in the answer unless it is only
 * about the question (its source, difficulty, tags). Option columns (`| A | B | C |`, `选项A`) make a quiz of
 * another shape: no Q&A table.
 */
export interface QaColumns {
  readonly question: number;
  readonly answer: number;
  /** Columns shown after the answer, each as "Header: cell" (an explanation beside the answer, a note). */
  readonly shown: readonly number[];
}

const QUESTION_HEADERS: ReadonlySet<string> = new Set([
  'q',
  'question',
  'questions',
  'interviewquestion',
  'front',
  'prompt',
  '问题',
  '题目',
  '题干',
  '问',
  '提问',
  '面试题',
  '问题描述',
]);

const ANSWER_HEADERS: ReadonlySet<string> = new Set([
  'a',
  'answer',
  'answers',
  'shortanswer',
  'back',
  'response',
  '答案',
  '答',
  '回答',
  '解答',
  '参考答案',
  '标准答案',
]);

/** An answer's reasons: the answer where a table has no answer column of its own. */
const EXPLANATION_HEADERS: ReadonlySet<string> = new Set([
  'explanation',
  'explanations',
  'why',
  '解析',
  '答案解析',
  '解释',
  '说明',
  '详解',
]);

/** Row numbers. */
const NUMBER_HEADERS: ReadonlySet<string> = new Set([
  '',
  '#',
  'no',
  'nr',
  'num',
  'number',
  'id',
  'index',
  '序号',
  '编号',
  '题号',
]);

/** About the question, not its answer: never shown in the answer. */
const ASIDE_HEADERS: ReadonlySet<string> = new Set([
  'source',
  'sources',
  'difficulty',
  'level',
  'tag',
  'tags',
  'topic',
  'category',
  'type',
  'year',
  'company',
  'link',
  'links',
  'reference',
  'references',
  'asked',
  'frequency',
  '来源',
  '出处',
  '难度',
  '等级',
  '标签',
  '分类',
  '类型',
  '知识点',
  '考点',
  '年份',
  '公司',
  '链接',
  '参考',
  '频率',
  '考频',
]);

/** `Option A`, `选项B`, a lone letter other than the answer's `A`: the columns of a quiz's options. */
const OPTION_HEADER = /^(?:options?|choices?|选项)[a-h1-8]?$|^[b-h]$/;

/**
 * The columns of a Q&A table, given its headers and which columns hold row numbers; null when the headers
 * name no question column and answer column, or name options.
 */
export function qaColumns(
  headers: readonly string[],
  numbered: (column: number) => boolean,
): QaColumns | null {
  const keys = headerKeys(headers);
  if (!keys) return null;
  const question = keys.findIndex((k) => QUESTION_HEADERS.has(k));
  if (question < 0) return null;
  const answered = keys.findIndex((k, j) => j !== question && ANSWER_HEADERS.has(k));
  const answer = answered >= 0 ? answered : keys.findIndex((k) => EXPLANATION_HEADERS.has(k));
  if (answer < 0 || answer < question) return null;
  const shown: number[] = [];
  keys.forEach((k, j) => {
    if (j === question || j === answer || ASIDE_HEADERS.has(k)) return;
    if (NUMBER_HEADERS.has(k) && numbered(j)) return;
    if (k === '' && j < question) return;
    shown.push(j);
  });
  return { question, answer, shown };
}

/**
 * The columns of a table whose header names an answer column but not the question's (`| Concept | Answer |`,
 * `| Topic | 答案 |`), when the cells of the column before it mostly ask (`What is IAM?`): a flashcard table,
 * whose rows are questions, not terms whose answers could be matched against each other.
 */
export function askedColumns(
  headers: readonly string[],
  asks: (column: number) => boolean,
): QaColumns | null {
  const keys = headerKeys(headers);
  if (!keys) return null;
  const answer = keys.findIndex((k) => ANSWER_HEADERS.has(k));
  if (answer < 1 || !asks(answer - 1)) return null;
  const question = answer - 1;
  const shown = keys.flatMap((k, j) => (j > answer && !ASIDE_HEADERS.has(k) ? [j] : []));
  return { question, answer, shown };
}

/** The headers as keys, or null when they name a quiz's options (its table is no Q&A). */
function headerKeys(headers: readonly string[]): string[] | null {
  const keys = headers.map((h) => normaliseKey(h.replace(/[*_`]/g, '')));
  return keys.some((k) => OPTION_HEADER.test(k)) ? null : keys;
}
