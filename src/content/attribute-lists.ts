import { namedConcepts } from './gate-checks/tech-glossary.ts';
import { stripMarks } from './term-families.ts';
import { normaliseKey } from './text-normalise.ts';
import type { Card, DefinitionItem, TableFact } from './types.ts';

/**
 * Lists that describe things side by side, one per section, under the same labels:
 *
 *     ### 1. Deployment                      ### 2. StatefulSet
 *     - **Pods**: Identical, interchangeable.  - **Pods**: Have unique, sticky identities.
 *     - **Storage**: Shared or ephemeral.      - **Storage**: Each pod gets its own volume.
 *
 * The labels are aspects of each section's subject, not terms the note defines: "which term is described
 * here? Shared or ephemeral" asks which row of the note's layout a cell sits in. A list counts as one when
 * another list (of another card, or of the same: `1. 栈` and `2. 队列` each over `定义：…`, `特点：…`, `存储结构：…`)
 * shares SHARED labels with it and they are at least half of its own, or two other lists share two labels
 * with it that are half of its own (`新生代：…`, `老年代：…` under each of three collectors).
 */
const SHARED = 3;

/**
 * A name in code (`componentDidMount`, `get_value`): one card listing such names twice (React's lifecycle
 * methods before and after 16.3) lists the same things twice, not one thing's aspects.
 */
const IDENTIFIER = /[a-z][A-Z]|_[a-z]|[()`]/;

/** A group of labels of one card: a definition list's terms, a table's first column. */
interface LabelGroup<T> {
  readonly item: T;
  readonly card: number;
  readonly named: boolean;
  readonly labels: ReadonlySet<string>;
  /** The whole group as written: a copy of it (the same note twice in a deck) shares no layout with it. */
  readonly content: string;
}

export function attributeLists(cards: readonly Card[]): ReadonlySet<readonly DefinitionItem[]> {
  const groups: LabelGroup<readonly DefinitionItem[]>[] = [];
  for (const [c, card] of cards.entries())
    for (const list of card.facts.definitions) {
      if (list.length < 2) continue;
      const labels = new Set(list.map((d) => normaliseKey(stripMarks(d.term))));
      groups.push({
        item: list,
        card: c,
        named: list.some((d) => IDENTIFIER.test(stripMarks(d.term))),
        labels,
        content: list.map((d) => `${d.term}\u0000${d.definition}`).join('\u0001'),
      });
    }
  return recurringLabels(groups, 1);
}

/**
 * Tables of one thing's fields, one per section, under the same labels down their first column
 * (`| **Action** | Vasodilation … |`, `| **Uses** | Angina … |` under each drug): the labels are aspects, as a
 * list's are (see above), and "which Details goes with Side Effects?" never says whose.
 */
export function attributeTables(cards: readonly Card[]): ReadonlySet<TableFact> {
  const groups: LabelGroup<TableFact>[] = [];
  for (const [c, card] of cards.entries())
    for (const table of card.facts.tables) {
      if (table.rows.length < 2) continue;
      const names = table.rows.map((r) => stripMarks(r.cells[0] ?? ''));
      const labels = new Set(names.map((n) => normaliseKey(n)).filter((n) => n !== ''));
      const content = table.rows.map((r) => r.cells.join('\u0000')).join('\u0001');
      groups.push({ item: table, card: c, named: names.some((n) => IDENTIFIER.test(n)), labels, content });
    }
  // Two tables may well list the same things twice (a chapter's lessons by genre, then by theme): a layout
  // is three tables or more.
  return recurringLabels(groups, 2);
}

/**
 * The groups that share SHARED labels with `others` other groups, or two labels with two others, half their
 * own or more.
 */
function recurringLabels<T>(groups: readonly LabelGroup<T>[], others: number): ReadonlySet<T> {
  const byLabel = new Map<string, number[]>();
  groups.forEach((group, k) => {
    for (const label of group.labels) {
      const at = byLabel.get(label);
      if (at) at.push(k);
      else byLabel.set(label, [k]);
    }
  });
  // Each content once as a number: copies compare by it, not character by character.
  const ids = new Map<string, number>();
  const copyOf = groups.map((g) => {
    const known = ids.get(g.content);
    if (known !== undefined) return known;
    ids.set(g.content, ids.size);
    return ids.size - 1;
  });
  const found = new Set<T>();
  groups.forEach((own, k) => {
    const shared = new Map<number, number>();
    for (const label of own.labels)
      for (const other of byLabel.get(label) ?? [])
        if (other !== k && copyOf[other] !== copyOf[k] && (groups[other]?.card !== own.card || !own.named))
          shared.set(other, (shared.get(other) ?? 0) + 1);
    let pairs = 0;
    let alike = 0;
    for (const n of shared.values()) {
      if (n * 2 < own.labels.size) continue;
      if (n >= SHARED && ++alike >= others) {
        found.add(own.item);
        break;
      }
      // Two labels again and again (`新生代：…`, `老年代：…` under each collector): one row of a layout too.
      if (n >= 2 && ++pairs >= Math.max(2, others)) {
        found.add(own.item);
        break;
      }
    }
  });
  return found;
}

/**
 * Every word of the label is a word the glossary knows, whole or inflected (`CREATED`, `RESTARTS`): not a
 * name glued from parts of words (`SIGKILL`, `SIGHUP`).
 */
function isPlainWord(label: string): boolean {
  const spellings = [...namedConcepts(label).latin.values()].flatMap((s) => [...s]);
  return label
    .toLowerCase()
    .replace('%', '')
    .split(' ')
    .every((w) => spellings.some((s) => w.startsWith(s) && w.length - s.length <= 2));
}

/** Columns enough for a command's output to be glossed as a list. */
const COLUMNS = 3;

/** A label as a command prints it over a column: capitals and spaces (`IMAGE ID`, `CREATED`, `%CPU`). */
const CAPITALS = /^%?[A-Z]+(?: [A-Z]+)*$/;

/**
 * The columns of a command's output, each glossed (`REPOSITORY`: 来自于哪个仓库, `CREATED`: 镜像最后的更新时间):
 * the labels are plain words that say what they show, so "which term is described?" tests their English,
 * not the note, and the one label no other option's word could gloss gives itself away. A list of three or
 * more such labels, two thirds of them words the glossary of concepts knows; acronyms (`DDL`, `DML`) are
 * no such words.
 */
export function isColumnLabelList(list: readonly DefinitionItem[]): boolean {
  if (list.length < COLUMNS) return false;
  let words = 0;
  for (const d of list) {
    const label = stripMarks(d.term).trim();
    if (!CAPITALS.test(label)) return false;
    if (isPlainWord(label)) words++;
  }
  return words * 3 >= list.length * 2;
}
