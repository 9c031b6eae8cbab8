import { optionLabelColumnOf } from '../option-labels.ts';
import { isSkippedTitle, looksLikeQuestion, stripDecoration } from '../question-cues.ts';
import { countsRows, isExampleLead } from '../table-alignment.ts';
import { stripMarks } from '../term-families.ts';
import { normaliseKey } from '../text-normalise.ts';
import type { Card, TableFact } from '../types.ts';
import type { GateCheck } from './gate-check.ts';
import { memoText } from './memo-text.ts';

/**
 * Where a question comes from: sections that point elsewhere (references, exercises, tables of contents)
 * and tables that are mostly links state no facts to ask about.
 */

/**
 * Beyond the sections that never become cards (question-cues.ts): sections that may, but only point
 * elsewhere. ("Exercises" is not here: a section of exercises may hold real questions; its link tables
 * are caught as link tables.)
 */
const POINTER_TITLES = new Set([
  'usefulresources',
  'usefullinks',
  'externallinks',
  'relatedlinks',
  'readmore',
  'bibliography',
  'changelog',
  '相关链接',
  '外部链接',
  '相关资源',
  '学习资源',
  '资源',
  '链接',
]);

const isSkipped = memoText((title: string): boolean => isSkippedTitle(normaliseKey(stripDecoration(title))));

/** "Resources to practice", "Learning resources", "Further reading": where to go next, named any way. */
const POINTER_PHRASE =
  /^(?:(?:useful|learning|practice|study|further|more|additional|recommended|other|online)\s+)?(?:resources|links)(?:\s+(?:to|for)\s.*)?$|^(?:further|recommended|suggested|additional)\s+reading$/i;

const isPointerSection = memoText(
  (title: string): boolean =>
    isSkipped(title) ||
    POINTER_TITLES.has(normaliseKey(stripDecoration(title))) ||
    POINTER_PHRASE.test(stripMarks(stripDecoration(title)).trim()),
);

const numbersRows = (table: TableFact): boolean => countsRows(table.rows.map((r) => r.cells[0] ?? ''));

/** Per breadcrumb (one array per card): a card's candidates ask the same question. */
const pointerPaths = new WeakMap<readonly string[], boolean>();

function inPointerSection(card: Card): boolean {
  const path = card.sectionPath;
  const known = pointerPaths.get(path);
  if (known !== undefined) return known;
  // A question written a level under "## Instructions" is the quiz itself (section-cards.ts reads it).
  const asks = card.kind === 'choice' || looksLikeQuestion(path.at(-1) ?? '');
  const found = path.some(
    (title, k) => isPointerSection(title) && !(asks && k < path.length - 1 && isSkipped(title)),
  );
  pointerPaths.set(path, found);
  return found;
}

/**
 * A table's verdict, worked out once per table: its rows are drafts of their own, each judged by the
 * same table checks.
 */
function perTable(judge: (table: TableFact) => boolean): (table: TableFact) => boolean {
  const verdicts = new WeakMap<TableFact, boolean>();
  return (table) => {
    const known = verdicts.get(table);
    if (known !== undefined) return known;
    const found = judge(table);
    verdicts.set(table, found);
    return found;
  };
}

/**
 * A key to an exercise's blanks (`| Blank | Answer | Notes |`, its numbers read off): each row answers
 * its own blank, so the answers are of every kind (a protein, a process, a cell) and no row's answer has
 * siblings among the others.
 */
const ANSWER_HEADER = /^(?:answers?|ans\.?|correct answer|(?:参考|正确)?答案)$/i;
/** A grading scale (`| Score | Descriptor |`: "0 | Off-topic, blank…"): how answers are marked, not the subject. */
const SCORE_HEADER = /^(?:scores?|points?|marks?|grades?|rating|分值|分数|得分|评分|等级)$/i;

const isLayoutTable = perTable((table) => {
  const first = stripMarks(table.header[0] ?? '').trim();
  return (
    table.header.some((h) => h.trim() === '') ||
    numbersRows(table) ||
    ANSWER_HEADER.test(first) ||
    SCORE_HEADER.test(first)
  );
});

const isOptionLabelTable = perTable((table) => optionLabelColumnOf(table.rows.map((r) => r.cells)) >= 0);

export const SOURCE_CHECKS: readonly GateCheck[] = [
  {
    code: 'reference-section',
    reads: 'stem',
    fails: (candidate) => inPointerSection(candidate.card),
  },
  {
    // A header with empty cells ("| 分类 | 关键字 | | | |"): a grid of words, not records with fields. Or
    // rows numbered 1, 2, 3 in their first column: the numbers are places in the table, not names.
    code: 'layout-table',
    reads: 'stem',
    fails: (candidate) => candidate.table !== undefined && isLayoutTable(candidate.table),
  },
  {
    // A column of option labels in order (A, B, C, D; 1, 2, 3): a quiz written as a table, one table per
    // question. A row question would ask which letter had a text: the layout, not the content, and with
    // no word of the question the table answers (option-labels.ts).
    code: 'option-label-table',
    reads: 'stem',
    fails: (candidate) => candidate.table !== undefined && isOptionLabelTable(candidate.table),
  },
  {
    // A row typed wider or narrower than the header, or labels shifted by a column (table-alignment.ts):
    // the stem would put cells under the wrong labels.
    code: 'misaligned-table',
    reads: 'stem',
    fails: (candidate) => candidate.table?.misaligned === true,
  },
  {
    // Sample data (a table under "例：创建表", a sentence opening "例:"): it tests the example, not the topic.
    code: 'example-data',
    reads: 'stem',
    fails: (candidate) =>
      candidate.table?.example === true ||
      (candidate.origin === 'cloze' && isExampleLead(candidate.question.stem)),
  },
  {
    code: 'link-table',
    reads: 'stem',
    fails: (candidate) => {
      const { table } = candidate;
      return table !== undefined && (candidate.card.facts.linkTables ?? []).includes(table.line);
    },
  },
];
