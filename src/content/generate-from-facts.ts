import { commandKey } from './command-key.ts';
import type { Question } from './question.ts';
import { buildQuestion, candidates, variantOf } from './question-builder.ts';
import { sample, seededRandom } from './seeded-random.ts';
import { stripMarks } from './term-families.ts';
import { maskTerm } from './term-mask.ts';
import { normaliseKey } from './text-normalise.ts';
import type { Card, CommandFact } from './types.ts';
import { WORDING } from './wording.ts';

/** Definition match, both directions, among the terms of one definition list. */
export function definitionQuestions(card: Card, seed: string): Question[] {
  const w = WORDING[card.lang];
  const out: Question[] = [];
  for (const group of card.facts.definitions) {
    if (group.length < 3) continue;
    const terms = group.map((d) => stripMarks(d.term));
    const masked = group.map((d, k) =>
      maskTerm(
        d.definition,
        terms[k] ?? d.term,
        terms.filter((_, j) => j !== k),
        w.blank,
      ),
    );
    group.forEach((item, k) => {
      const term = terms[k] ?? item.term;
      const others = terms.filter((_, j) => j !== k);
      const otherDefs = masked.filter((_, j) => j !== k);
      const fwd = buildQuestion(
        card,
        {
          kind: 'definition',
          variant: variantOf('fwd', normaliseKey(term)),
          stem: w.termMeans(term, card.prompt),
          correct: masked[k] ?? item.definition,
          distractors: candidates(otherDefs, seed, `${card.id}:def:${term}`),
          answer: item.source,
          line: item.line,
        },
        seed,
      );
      const rev = buildQuestion(
        card,
        {
          kind: 'definition',
          variant: variantOf('rev', normaliseKey(term)),
          stem: w.whichTerm(masked[k] ?? item.definition, card.prompt),
          correct: term,
          distractors: candidates(others, seed, `${card.id}:term:${term}`),
          answer: item.source,
          line: item.line,
        },
        seed,
      );
      if (fwd) out.push(fwd);
      if (rev) out.push(rev);
    });
  }
  return out;
}

/** Table-row match: which row a description belongs to, and (two-column tables) which description a row has. */
export function tableQuestions(card: Card, seed: string): Question[] {
  const w = WORDING[card.lang];
  const out: Question[] = [];
  for (const table of card.facts.tables) {
    const rows = table.rows.filter(
      (r) =>
        stripMarks(r.cells[0] ?? '') !== '' &&
        (r.cells[0] ?? '').length <= 60 &&
        !/\]\(/.test(r.cells[0] ?? ''),
    );
    const names = rows.map((r) => stripMarks(r.cells[0] ?? ''));
    if (new Set(names.map(normaliseKey)).size !== names.length || rows.length < 3) continue;
    const header0 = stripMarks(table.header[0] ?? '');
    rows.forEach((row, k) => {
      const name = names[k] ?? '';
      const others = names.filter((_, j) => j !== k);
      const described = row.cells
        .slice(1)
        .map((c, j) => (row.cells.length > 2 ? `${stripMarks(table.header[j + 1] ?? '')}: ${c}` : c))
        .filter((c) => c.trim() !== '')
        .join('; ');
      if (described === '') return;
      const source = table.header.map((h, j) => `${stripMarks(h)}: ${row.cells[j] ?? ''}`).join('\n');
      const rev = buildQuestion(
        card,
        {
          kind: 'table-row',
          variant: variantOf('row', normaliseKey(name)),
          stem: w.tableWhichRow(header0, maskTerm(described, name, others, w.blank)),
          correct: name,
          distractors: candidates(others, seed, `${card.id}:row:${name}`),
          answer: source,
          line: row.line,
        },
        seed,
      );
      if (rev) out.push(rev);
      if (row.cells.length === 2) {
        const cellOf = (j: number): string =>
          maskTerm(rows[j]?.cells[1] ?? '', names[j] ?? '', names, w.blank);
        const fwd = buildQuestion(
          card,
          {
            kind: 'table-row',
            variant: variantOf('cell', normaliseKey(name)),
            stem: w.tableCell(name, stripMarks(table.header[1] ?? '')),
            correct: cellOf(k),
            distractors: candidates(
              rows
                .map((_, j) => j)
                .filter((j) => j !== k)
                .map(cellOf),
              seed,
              `${card.id}:cell:${name}`,
            ),
            answer: source,
            line: row.line,
          },
          seed,
        );
        if (fwd) out.push(fwd);
      }
    });
  }
  return out;
}

export interface CommandIndex {
  /**
   * Commands of the deck grouped by program, for programs used with several different subcommands: the
   * first command of each key, in deck order (a question only ever offers one command per key).
   */
  readonly byProgram: Map<string, readonly { readonly command: string; readonly key: string }[]>;
  /** One command per program, when the deck uses several programs ("ps aux", "grep -rn", "tail -f"). */
  readonly programs: CommandFact[];
  /** The programs `programs` holds a command of. */
  readonly knownPrograms: ReadonlySet<string>;
}

export function buildCommandIndex(cards: readonly Card[]): CommandIndex {
  const all = new Map<string, CommandFact[]>();
  for (const card of cards) {
    for (const c of card.facts.commands) {
      const { program } = commandKey(c.command);
      const list = all.get(program) ?? [];
      list.push(c);
      all.set(program, list);
    }
  }
  const byProgram = new Map<string, { command: string; key: string }[]>();
  const programs: CommandFact[] = [];
  const knownPrograms = new Set<string>();
  for (const [program, list] of all) {
    // A program is one when the note marks its block as shell or uses it more than once.
    const known = list.length >= 2 || list.some((c) => c.shell);
    if (known && list[0]) {
      programs.push(list[0]);
      knownPrograms.add(program);
    }
    const firstOfKey = new Map<string, string>();
    for (const c of list) {
      const { key } = commandKey(c.command);
      if (!firstOfKey.has(key)) firstOfKey.set(key, c.command);
    }
    if (firstOfKey.size >= 4)
      byProgram.set(
        program,
        [...firstOfKey].map(([key, command]) => ({ command, key })),
      );
  }
  const enough = programs.length >= 4;
  return { byProgram, programs: enough ? programs : [], knownPrograms: enough ? knownPrograms : new Set() };
}

/**
 * Which command does this task? Only when the card's answer is essentially a command. Distractors are
 * other subcommands of the same program ("docker save" for "docker load"), or else other programs' commands.
 */
export function commandQuestion(card: Card, index: CommandIndex, seed: string): Question[] {
  const answerIsCommand = card.facts.answerCommand;
  if (!answerIsCommand) return [];
  const { program, key } = commandKey(answerIsCommand.command);
  const ownKeys = new Set(card.facts.commands.map((c) => commandKey(c.command).key));
  const ownPrograms = new Set(card.facts.commands.map((c) => commandKey(c.command).program));
  // The family is already one command per key, so a card's search does not grow with repeated commands.
  const family = index.byProgram.get(program);
  const pool = family
    ? family.filter((c) => !ownKeys.has(c.key) && c.key !== key).map((c) => c.command)
    : index.knownPrograms.has(program)
      ? uniqueByKey(
          index.programs.filter((c) => !ownPrograms.has(commandKey(c.command).program)).map((c) => c.command),
        )
      : [];
  if (pool.length === 0) return [];
  const w = WORDING[card.lang];
  const q = buildQuestion(
    card,
    {
      kind: 'command',
      variant: variantOf('cmd', normaliseKey(key)),
      stem: w.whichCommand(card.prompt),
      correct: answerIsCommand.command,
      distractors: candidates(pool, seed, `${card.id}:cmd`),
      answer: card.answer,
      line: answerIsCommand.line,
    },
    seed,
  );
  return q ? [q] : [];
}

function uniqueByKey(commands: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of commands) {
    const { key } = commandKey(c);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

/** Definition match between sibling cards' subjects ("什么是 Docker 镜像？" beside "什么是 Docker 容器？"). */
/** Each large chapter's card positions, built once per chapter (a search per card would be quadratic). */
const positions = new WeakMap<readonly Card[], Map<Card, number>>();

function neighbours(siblings: readonly Card[], card: Card, n: number): Card[] {
  let index = positions.get(siblings);
  if (!index) {
    index = new Map(siblings.map((c, k) => [c, k]));
    positions.set(siblings, index);
  }
  const at = index.get(card) ?? 0;
  const out: Card[] = [];
  for (let k = 1; k <= n && k < siblings.length; k++) out.push(siblings[(at + k) % siblings.length] as Card);
  return out;
}

/** A sibling's masked definition, per card object (so per build), for chapters too large to mask per card. */
const maskedInChapter = new WeakMap<Card, string>();

export function subjectQuestions(card: Card, siblings: readonly Card[], seed: string): Question[] {
  const subject = card.facts.subject;
  if (!subject) return [];
  // A few seeded candidates, not the whole chapter: masking every sibling for every card is quadratic.
  // A large chapter is not filtered per card (quadratic): see below.
  const others =
    siblings.length <= 100
      ? sample(
          siblings.filter((c) => c !== card),
          8,
          seededRandom(`${seed}\u0000${card.id}:siblings`),
        )
      : // In a chapter this large, the four cards after this one (notes group related terms together) are
        // a family as good as eight random ones, found without sampling or filtering the chapter.
        neighbours(siblings, card, 4);
  const terms = others.map((c) => c.facts.subject?.term ?? '');
  if (terms.length < 2) return [];
  const w = WORDING[card.lang];
  const allTerms = [subject.term, ...terms];
  // The card's own masked definition is both an option and the reverse stem: mask it once. In a large
  // chapter a sibling shown as a wrong option is masked once per build (against the family it was first
  // sampled with), not again for every card that samples it.
  const large = siblings.length > 100;
  const maskedOf = new Map<Card, string>();
  const masked = (c: Card): string => {
    const known = maskedOf.get(c) ?? (large && c !== card ? maskedInChapter.get(c) : undefined);
    if (known !== undefined) return known;
    const term = c.facts.subject?.term ?? '';
    const text = maskTerm(
      c.facts.subject?.definition ?? '',
      term,
      allTerms.filter((t) => t !== term),
      w.blank,
    );
    maskedOf.set(c, text);
    if (large && c !== card) maskedInChapter.set(c, text);
    return text;
  };
  const out: Question[] = [];
  const fwd = buildQuestion(
    card,
    {
      kind: 'definition',
      variant: variantOf('sfwd', normaliseKey(subject.term)),
      stem: w.termMeans(subject.term, ''),
      correct: masked(card),
      distractors: candidates(others.map(masked), seed, `${card.id}:sdef`),
      answer: card.answer,
      line: subject.line,
    },
    seed,
  );
  const rev = buildQuestion(
    card,
    {
      kind: 'definition',
      variant: variantOf('srev', normaliseKey(subject.term)),
      stem: w.whichTerm(masked(card), ''),
      correct: subject.term,
      distractors: candidates(terms, seed, `${card.id}:sterm`),
      answer: card.answer,
      line: subject.line,
    },
    seed,
  );
  if (fwd) out.push(fwd);
  if (rev) out.push(rev);
  return out;
}
