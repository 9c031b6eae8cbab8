import { isSkippedTitle, stripDecoration } from '../question-cues.ts';
import { normaliseKey } from '../text-normalise.ts';
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

export const isPointerSection = memoText((title: string): boolean => {
  const key = normaliseKey(stripDecoration(title));
  return isSkippedTitle(key) || POINTER_TITLES.has(key);
});

/** Per breadcrumb (one array per card): a card's candidates ask the same question. */
const pointerPaths = new WeakMap<readonly string[], boolean>();

function inPointerSection(path: readonly string[]): boolean {
  const known = pointerPaths.get(path);
  if (known !== undefined) return known;
  const found = path.some(isPointerSection);
  pointerPaths.set(path, found);
  return found;
}

export const SOURCE_CHECKS: readonly GateCheck[] = [
  {
    code: 'reference-section',
    reads: 'stem',
    fails: (candidate) => inPointerSection(candidate.card.sectionPath),
  },
  {
    // A header with empty cells ("| 分类 | 关键字 | | | |"): a grid of words, not records with fields.
    code: 'layout-table',
    reads: 'stem',
    fails: (candidate) => candidate.table?.header.some((h) => h.trim() === '') ?? false,
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
