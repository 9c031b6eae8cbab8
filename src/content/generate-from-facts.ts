import { isColumnLabelList } from './attribute-lists.ts';
import { isLogTable, namesArePlaceholders } from './data-tables.ts';
import { contextOf } from './definition-context.ts';
import { genusOf, readsGenus } from './definition-genus.ts';
import { commandInHeader, isFlag, rowAskedAs } from './flag-rows.ts';
import { isParagraphLabel } from './gate-checks/paragraph-labels.ts';
import { isDescription } from './gate-checks/readable.ts';
import { isCatchAllLabel } from './gate-checks/siblings.ts';
import { INDEX_LETTER } from './letter-glossaries.ts';
import { candidates, type GeneratedDraft, variantOf } from './question-builder.ts';
import { isNoteField } from './question-cues.ts';
import { sameKindRows } from './table-categories.ts';
import { describedOf, sourceOf } from './table-row-text.ts';
import { stripMarks } from './term-families.ts';
import { blankFor, maskTerm } from './term-mask.ts';
import { namesNested, normaliseKey } from './text-normalise.ts';
import type { Card, DefinitionItem, TableFact, TableRow } from './types.ts';

/** A lookup from an option to the description the notes give it. */
export function describer(
  names: readonly string[],
  texts: readonly string[],
): (option: string) => string | undefined {
  const byKey = new Map<string, string>();
  names.forEach((n, k) => {
    byKey.set(normaliseKey(n), texts[k] ?? '');
  });
  return (option) => byKey.get(normaliseKey(option));
}

/** Definition match, both directions, among the terms of one definition list. */
export function definitionDrafts(
  card: Card,
  seed: string,
  attributes: ReadonlySet<readonly DefinitionItem[]>,
): GeneratedDraft[] {
  const blank = blankFor(card.lang);
  const out: GeneratedDraft[] = [];
  // A "**Note:** …" among the terms is an aside, and "**其他**：…" the rest of the list, not one of them:
  // no question, and no distractor. A list of one thing’s aspects, or of a command’s columns
  // (attribute-lists.ts), defines no terms.
  const listed = card.facts.definitions.filter(
    (list) =>
      !attributes.has(list) &&
      !isColumnLabelList(list) &&
      !isFieldList(list) &&
      !isNoteHeader(list) &&
      !isSampleListing(list) &&
      !isSymbolLegend(list),
  );
  const asked = namesItsCommand(card);
  const whole = namesTheWhole(card);
  for (const group of listed.flatMap((list) =>
    runsOf(namesOnly(list.filter((d) => isListedTerm(d) && asked(d) && !whole(d)))),
  )) {
    if (group.length < 3) continue;
    const terms = group.map(strippedTerm);
    // Each definition with its own term masked: the forward question's key, the reverse one's stem.
    const masked: string[] = [];
    for (let k = 0; k < group.length; k++) {
      const d = group[k] as DefinitionItem;
      masked.push(maskTerm(d.definition, terms[k] ?? d.term, allBut(terms, k), blank));
    }
    // Asked by their short names: "PPP (Point-to-Point Protocol)" tells what PPP is by its expansion.
    const shown = shortNames(terms);
    const describe = describer(shown, group.map(definitionText));
    const siblings = siblingsOf(card, group);
    for (let k = 0; k < group.length; k++) {
      const item = group[k] as DefinitionItem;
      const term = terms[k] ?? item.term;
      const name = shown[k] ?? term;
      const others = siblings(k);
      if (others.length < 2) continue;
      out.push({
        kind: 'definition',
        origin: 'definition-forward',
        distractorSource: 'same-list',
        variant: variantOf('fwd', normaliseKey(term)),
        stem: name,
        frame: { kind: 'what-is', context: contextOf(card, item.lead) },
        correct: masked[k] ?? '',
        distractors: () => candidates(pick(masked, others), seed, `${card.id}:def:${term}`),
        answer: item.source,
        line: item.line,
      });
      out.push({
        kind: 'definition',
        origin: 'definition-reverse',
        distractorSource: 'same-list',
        variant: variantOf('rev', normaliseKey(term)),
        stem: masked[k] ?? '',
        frame: { kind: 'which-term', context: contextOf(card, item.lead) },
        correct: name,
        distractors: () => candidates(pick(shown, others), seed, `${card.id}:term:${term}`),
        descriptionOf: describe,
        answer: item.source,
        line: item.line,
      });
    }
  }
  return out;
}

/**
 * A glossary of thousands of terms is asked run by run of neighbours: each term is masked in its definition
 * with every other term of its run, so one run of them all would cost the square of the glossary's size.
 */
const MAX_RUN = 120;

/** The list in runs of at most MAX_RUN neighbours, as even as can be (the list itself when it is short). */
function runsOf<T>(items: readonly T[]): (readonly T[])[] {
  if (items.length <= MAX_RUN) return [items];
  const count = Math.ceil(items.length / MAX_RUN);
  const size = Math.ceil(items.length / count);
  const out: T[][] = [];
  for (let k = 0; k < items.length; k += size) out.push(items.slice(k, k + size));
  return out;
}

/** An acronym with its expansion in brackets: `PPP (Point-to-Point Protocol)`, `IDS（入侵检测系统）`. */
const WITH_EXPANSION = /^([A-Z][A-Za-z0-9+/.-]{1,11})\s*[(（][^()（）]{3,80}[)）]$/;

/** Each term without its expansion, unless two would then read alike. */
function shortNames(terms: readonly string[]): string[] {
  const short = terms.map((t) => WITH_EXPANSION.exec(t.trim())?.[1] ?? t);
  const keys = short.map(normaliseKey);
  return new Set(keys).size === keys.length ? short : [...terms];
}

/**
 * A list of fields and their values (`**Difficulty:** Intermediate`, `**Duration:** ~45 minutes`, `**Goal:** …`):
 * most values are no description, so the one that is would be asked among labels of values.
 */
function isFieldList(list: readonly DefinitionItem[]): boolean {
  const values = list.filter((d) => !isDescription(d.definition)).length;
  return values * 2 >= list.length || list.some((d) => namesItsSubject(d.term));
}

/**
 * A label that gives the record's own name or date (`**Name of the Case:** Brown v. Board`, `Year Decided:`,
 * `名称：`): the list is one thing's record (a case brief's Facts, Issue, Decision), its labels fields.
 */
/** By the label's first letter first: most labels open on none of these, and the pattern is read case-blind. */
const namesItsSubject = (term: string): boolean =>
  /^[*_\s]*[NnTtYyDd名全年日]/.test(term) && NAMES_ITS_SUBJECT.test(stripMarks(term).trim());
const NAMES_ITS_SUBJECT =
  /^(?:(?:full\s+|official\s+)?name|title|year|date)(?:\s+(?:of\s+(?:the\s+)?\w+|decided|published|founded|filed|enacted|signed))?[:：]?$|^(?:名称|名字|全称|年份|日期)[:：]?$/i;

/**
 * A sample's fields read off by their values (`**rw- / rwx** : 当前用户权限`, `4096 / 25 : 文件大小`, an `ls -l` line
 * explained column by column): half the labels are values side by side, or a label the list gives twice.
 * "Which is described: 文件大小?" asks what the sample happened to show.
 */
function isSampleListing(list: readonly DefinitionItem[]): boolean {
  const terms = list.map((d) => normaliseKey(stripMarks(d.term)));
  if (new Set(terms).size < terms.length) return true;
  return list.filter((d) => SIDE_BY_SIDE.test(stripMarks(d.term))).length * 2 >= list.length;
}

/** A formula's symbol: a letter, or a capital and its subscript (`Px`, `Qd`, `V0`). */
const SYMBOL = /^(?:[A-Za-z]|[A-Z][a-z0-9])$/;

/**
 * A formula's legend (`Px: price of good X`, `I: income`, `Assumption: I and Py constant`): half its labels are
 * symbols, each read off its gloss, and a word among them is another kind of thing.
 */
const isSymbolLegend = (list: readonly DefinitionItem[]): boolean =>
  list.filter((d) => SYMBOL.test(stripMarks(d.term).trim())).length * 2 >= list.length;

/** Values side by side: `rw- / rwx`, `15 / 3 / 1`, `angleliuliu / root`. */
const SIDE_BY_SIDE = /\S\s+\/\s+\S/;

/** The note's header fields (`**文档定位**: …`, `**使用方式**: …`, `**相关文档**: …`): about the note, not its subject. */
const isNoteHeader = (list: readonly DefinitionItem[]): boolean =>
  list.filter((d) => isNoteField(d.term)).length * 2 >= list.length;

/** A Chinese label that describes rather than names (`线程让出CPU的情况`, `JVM的线程调度的实现`). */
const DESCRIBES = /\p{Script=Han}[^的\n]*的[^的\n]*\p{Script=Han}/u;

/** A Chinese label that says where or when (`在新生代中`, `当内存不足时`, `对于大对象`): a situation, no name. */
const SITUATES = /^(?:在|当)\p{Script=Han}.*(?:中|时|里|内|上|下)$|^(?:对于|如果|假如|若是)\p{Script=Han}/u;
/** A Chinese label cut off after its verb (`体现了：解放生产力…`) or naming an aspect (`空间效力原则方面`): no name. */
const CUT_AFTER_VERB = /\p{Script=Han}(?:了|着|过|在于|方面)$/u;

/**
 * Beside names (`抢占式调度`, `协同式调度`), a label that describes ("the cases where a thread yields the CPU")
 * is another kind of thing: neither asked nor offered among them. A list of such labels only stays whole.
 */
function namesOnly(list: readonly DefinitionItem[]): readonly DefinitionItem[] {
  const names = list.filter(
    (d) =>
      !DESCRIBES.test(stripMarks(d.term)) &&
      !SITUATES.test(stripMarks(d.term)) &&
      !CUT_AFTER_VERB.test(stripMarks(d.term)),
  );
  return names.length > 0 ? names : list;
}

/**
 * "MVVM框架？" over `- MVVM：是Model-View-ViewModel的缩写`, `- Model：…`, `- View：…`: the one entry the question
 * names is the whole its siblings are parts of, asked or offered among them it is another kind of thing.
 */
function namesTheWhole(card: Card): (d: DefinitionItem) => boolean {
  const prompt = normaliseKey(card.prompt);
  // A question that names several entries ("each of the following DNS records: SOA, PTR, MX…") lists parts.
  // Counted in a loop, no list flattened nor named closure made per card (tsx names each by defineProperty).
  let only: DefinitionItem | null = null;
  let count = 0;
  for (const group of card.facts.definitions)
    for (const d of group)
      if (promptNames(prompt, d)) {
        only = d;
        count++;
      }
  return count === 1 ? (d) => d === only : namesNothing;
}

function promptNames(prompt: string, d: DefinitionItem): boolean {
  const term = normaliseKey(stripMarks(d.term));
  return term.length >= 2 && prompt.includes(term);
}
const namesNothing = (): boolean => false;

const isListedTerm = (d: DefinitionItem): boolean => !isParagraphLabel(d.term) && !isCatchAllLabel(d.term);

/**
 * A flag (`-r : 递归删除`) under a heading that names no command: "what is -r?" asks about no command, since
 * `-r` means something else to rm, cp and grep (flag-rows.ts reads a command in the heading the same way).
 */
function namesItsCommand(card: Card): (d: DefinitionItem) => boolean {
  // Read once per card, and only for a card that lists a flag: most list none.
  let named: boolean | undefined;
  return (d) => {
    if (!isFlag(stripMarks(d.term))) return true;
    named ??= commandInHeader(contextOf(card)) !== null;
    return named;
  };
}
const strippedTerm = (d: DefinitionItem): string => stripMarks(d.term);
const definitionText = (d: DefinitionItem): string => d.definition;

/**
 * The entries a term is asked among (by index): the rest of its list, or, under an A–Z glossary's letter
 * (which groups by spelling, not kind), only those its definition names the same kind of thing.
 */
function siblingsOf(card: Card, group: readonly DefinitionItem[]): (k: number) => number[] {
  // "Journal" beside "General Journal": the one is a kind of the other, and each definition fits both.
  const every = (k: number): number[] =>
    allBut([...group.keys()], k).filter((j) => !namesNested(group[j]?.term ?? '', group[k]?.term ?? ''));
  const definitions = group.map((d) => d.definition);
  if (!INDEX_LETTER.test(card.prompt.trim()) || !readsGenus(definitions)) return every;
  const genus = definitions.map(genusOf);
  return (k) => (genus[k] === null ? [] : every(k).filter((j) => genus[j] === genus[k]));
}

const pick = <T>(items: readonly T[], at: readonly number[]): T[] => at.map((j) => items[j] as T);

/** The items but the k-th, in order. */
function allBut<T>(items: readonly T[], k: number): T[] {
  const out: T[] = [];
  for (let j = 0; j < items.length; j++) if (j !== k) out.push(items[j] as T);
  return out;
}

/** Table-row match: which row a description belongs to, and (two-column tables) which description a row has. */
export function tableDrafts(
  card: Card,
  seed: string,
  attributeTables: ReadonlySet<TableFact>,
): GeneratedDraft[] {
  const blank = blankFor(card.lang);
  const out: GeneratedDraft[] = [];
  for (const table of card.facts.tables)
    if (!attributeTables.has(table)) tableDraftsOf(card, seed, table, blank, out);
  return out;
}

/**
 * The name column's header as the noun of "Which … matches?": a header that asks (`| What | Why | How |`)
 * names no kind of thing, and the frame says "entry" instead.
 */
const rowNoun = (header: string): string => (ASKING_HEADER.test(header.trim()) ? '' : header);
/** A first header that names no kind of thing: "Type", "Name", "Item", "类型", or none at all. */
const GENERIC_HEADER =
  /^(?:types?|kinds?|names?|items?|categor(?:y|ies)|options?|elements?|entry|entries|类型|种类|类别|分类|名称|名字|项目|条目|)$/i;
const ASKING_HEADER = /^(?:what|which|who|how|why|when|where|什么|是什么|哪个|哪些|为什么|怎么)[?？]?$/i;

function tableDraftsOf(
  card: Card,
  seed: string,
  table: TableFact,
  blank: string,
  out: GeneratedDraft[],
): void {
  const rows = onceNamed(table.rows.filter(isNamedRow));
  if (rows === null || rows.length < 3 || isLogTable(table, rows)) return;
  const names = rows.map(rowName);
  if (namesArePlaceholders(names)) return;
  const header0 = rowNoun(stripMarks(table.header[0] ?? ''));
  // "Which Type matches …?" never says a type of what: a generic first header takes the card's question with it
  // (another header names its kind; a question over the table may ask for one row, and would mislead).
  const context = GENERIC_HEADER.test(header0.trim()) ? contextOf(card) : '';
  const described: string[] = [];
  for (const row of rows) described.push(describedOf(table, row));
  const describe = describer(names, described);
  const cellOf = (j: number): string => maskTerm(rows[j]?.cells[1] ?? '', names[j] ?? '', names, blank);
  const kin = sameKindRows(rows);
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k] as TableRow;
    const name = names[k] ?? '';
    const text = described[k] ?? '';
    if (text === '') continue;
    const source = sourceOf(table, row);
    out.push({
      kind: 'table-row',
      origin: 'table-row',
      distractorSource: 'same-column',
      variant: variantOf('row', normaliseKey(name)),
      stem: maskTerm(text, name, allBut(names, k), blank),
      frame: table.commands ? { kind: 'which-command' } : { kind: 'which-row', header: header0, context },
      correct: name,
      distractors: () =>
        candidates(
          (kin[k] ?? []).map((j) => names[j] ?? ''),
          seed,
          `${card.id}:row:${name}`,
        ),
      descriptionOf: describe,
      table,
      answer: source,
      line: row.line,
    });
    const askedAs = rowAskedAs(name, header0);
    if (row.cells.length === 2 && askedAs !== null) {
      out.push({
        kind: 'table-row',
        origin: 'table-cell',
        distractorSource: 'same-column',
        variant: variantOf('cell', normaliseKey(name)),
        stem: askedAs,
        frame: { kind: 'row-cell', header: table.commands ? '' : stripMarks(table.header[1] ?? ''), context },
        correct: cellOf(k),
        distractors: () => {
          const cells: string[] = [];
          for (let j = 0; j < rows.length; j++) if (j !== k) cells.push(cellOf(j));
          return candidates(cells, seed, `${card.id}:cell:${name}`);
        },
        table,
        answer: source,
        line: row.line,
      });
    }
  }
}

/**
 * The rows each named once: a long table that names a row twice (CloudTrail in rows 57 and 98 of 116)
 * asks neither, since which of the two is right is anyone's guess; a table that names rows again and
 * again lists aspects of a few things, and asks nothing.
 */
function onceNamed(rows: readonly TableRow[]): TableRow[] | null {
  const counts = new Map<string, number>();
  const keys = rows.map((r) => normaliseKey(rowName(r)));
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const repeated = [...counts.values()].filter((n) => n > 1).length;
  return repeated * 10 <= rows.length ? rows.filter((_, k) => counts.get(keys[k] ?? '') === 1) : null;
}

const isNamedRow = (r: TableRow): boolean =>
  stripMarks(r.cells[0] ?? '') !== '' && (r.cells[0] ?? '').length <= 60 && !/\]\(/.test(r.cells[0] ?? '');

const rowName = (r: TableRow): string => stripMarks(r.cells[0] ?? '');
