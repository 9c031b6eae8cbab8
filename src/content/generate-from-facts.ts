import { commandKey } from './command-key.ts';
import { argumentsOf } from './gate-checks/one-right.ts';
import { isParagraphLabel } from './gate-checks/siblings.ts';
import { candidates, type GeneratedDraft, variantOf } from './question-builder.ts';
import { sample, seededRandom } from './seeded-random.ts';
import { stripMarks } from './term-families.ts';
import { blankFor, maskTerm } from './term-mask.ts';
import { normaliseKey } from './text-normalise.ts';
import type { Card, CommandFact } from './types.ts';

/** A lookup from an option to the description the notes give it. */
function describer(
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
export function definitionDrafts(card: Card, seed: string): GeneratedDraft[] {
  const blank = blankFor(card.lang);
  const out: GeneratedDraft[] = [];
  for (const listed of card.facts.definitions) {
    // A "**Note:** …" among the terms is an aside, not one of them: no question, and no distractor.
    const group = listed.filter((d) => !isParagraphLabel(d.term));
    if (group.length < 3) continue;
    const terms = group.map((d) => stripMarks(d.term));
    // Masked on first use: past the per-card limit most drafts are never judged.
    const maskedCache: (string | undefined)[] = [];
    const masked = (k: number): string => {
      const known = maskedCache[k];
      if (known !== undefined) return known;
      const d = group[k];
      const text = d
        ? maskTerm(
            d.definition,
            terms[k] ?? d.term,
            terms.filter((_, j) => j !== k),
            blank,
          )
        : '';
      maskedCache[k] = text;
      return text;
    };
    const describe = describer(
      terms,
      group.map((d) => d.definition),
    );
    group.forEach((item, k) => {
      const term = terms[k] ?? item.term;
      const others = (): string[] => terms.filter((_, j) => j !== k);
      out.push({
        kind: 'definition',
        origin: 'definition-forward',
        distractorSource: 'same-list',
        variant: variantOf('fwd', normaliseKey(term)),
        stem: term,
        frame: { kind: 'what-is', context: card.prompt },
        get correct() {
          return masked(k);
        },
        get distractors() {
          const otherDefs = group
            .map((_, j) => j)
            .filter((j) => j !== k)
            .map(masked);
          return candidates(otherDefs, seed, `${card.id}:def:${term}`);
        },
        answer: item.source,
        line: item.line,
      });
      out.push({
        kind: 'definition',
        origin: 'definition-reverse',
        distractorSource: 'same-list',
        variant: variantOf('rev', normaliseKey(term)),
        get stem() {
          return masked(k);
        },
        frame: { kind: 'which-term', context: card.prompt },
        correct: term,
        get distractors() {
          return candidates(others(), seed, `${card.id}:term:${term}`);
        },
        descriptionOf: describe,
        answer: item.source,
        line: item.line,
      });
    });
  }
  return out;
}

/** Table-row match: which row a description belongs to, and (two-column tables) which description a row has. */
export function tableDrafts(card: Card, seed: string): GeneratedDraft[] {
  const blank = blankFor(card.lang);
  const out: GeneratedDraft[] = [];
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
    const describedOf = (row: (typeof rows)[number]): string =>
      row.cells
        .slice(1)
        .map((c, j) => (row.cells.length > 2 ? `${stripMarks(table.header[j + 1] ?? '')}: ${c}` : c))
        .filter((c) => c.trim() !== '')
        .join('; ');
    const described = rows.map(describedOf);
    const describe = describer(names, described);
    rows.forEach((row, k) => {
      const name = names[k] ?? '';
      const others = (): string[] => names.filter((_, j) => j !== k);
      const text = described[k] ?? '';
      if (text === '') return;
      const source = table.header.map((h, j) => `${stripMarks(h)}: ${row.cells[j] ?? ''}`).join('\n');
      out.push({
        kind: 'table-row',
        origin: 'table-row',
        distractorSource: 'same-column',
        variant: variantOf('row', normaliseKey(name)),
        get stem() {
          return maskTerm(text, name, others(), blank);
        },
        frame: { kind: 'which-row', header: header0 },
        correct: name,
        get distractors() {
          return candidates(others(), seed, `${card.id}:row:${name}`);
        },
        descriptionOf: describe,
        table,
        answer: source,
        line: row.line,
      });
      if (row.cells.length === 2) {
        const cellOf = (j: number): string => maskTerm(rows[j]?.cells[1] ?? '', names[j] ?? '', names, blank);
        out.push({
          kind: 'table-row',
          origin: 'table-cell',
          distractorSource: 'same-column',
          variant: variantOf('cell', normaliseKey(name)),
          stem: name,
          frame: { kind: 'row-cell', header: stripMarks(table.header[1] ?? '') },
          get correct() {
            return cellOf(k);
          },
          get distractors() {
            return candidates(
              rows
                .map((_, j) => j)
                .filter((j) => j !== k)
                .map(cellOf),
              seed,
              `${card.id}:cell:${name}`,
            );
          },
          table,
          answer: source,
          line: row.line,
        });
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
 * The most cards of one kind (subjects, command answers) a section may hold and still be a family of
 * siblings ("Docker 镜像", "Docker 容器", "Docker 仓库"); a larger section is a chapter of unrelated things
 * (a hook, a pattern, a tool).
 */
const MAX_FAMILY_SECTION = 15;

/** Shell words that start a command line but name no program a player would pick. */
const NOT_PROGRAMS = new Set([
  'for',
  'while',
  'if',
  'do',
  'then',
  'case',
  'export',
  'cd',
  'echo',
  'set',
  'source',
]);

/** Programs that run what their arguments name (a module, a script, a package). */
const RUNNERS = new Set([
  'python',
  'python3',
  'py',
  'node',
  'deno',
  'bun',
  'java',
  'npx',
  'bash',
  'sh',
  'zsh',
  'env',
  'ruby',
  'perl',
  'php',
  'sudo',
  'time',
  'nohup',
  'exec',
  'xargs',
]);

/**
 * Which command does this task? Only when the card's answer is essentially a command. The options are
 * command names ("docker save"), never the note's full command lines (their arguments would tell them
 * apart): other subcommands of the same program ("docker load"), else the commands that answer the
 * sibling cards of the same section ("ping" beside "traceroute" and "dig"). Commands from anywhere else in
 * the notes are no siblings of the key: such a candidate is dropped by the gate.
 */
export function commandDrafts(
  card: Card,
  index: CommandIndex,
  section: readonly Card[],
  seed: string,
): GeneratedDraft[] {
  const answerIsCommand = card.facts.answerCommand;
  if (!answerIsCommand) return [];
  const { program, key } = commandKey(answerIsCommand.command);
  if (NOT_PROGRAMS.has(program)) return [];
  // "python -m venv .venv" asked as "python": a runner's name says nothing of the job its arguments do.
  if (key === program && RUNNERS.has(program)) return [];
  const ownKeys = new Set(card.facts.commands.map((c) => commandKey(c.command).key));
  const ownPrograms = new Set(card.facts.commands.map((c) => commandKey(c.command).program));
  // The family is already one command per key, so a card's search does not grow with repeated commands.
  const family = index.byProgram.get(program);
  // A section about commands ("常用命令"): most of its cards are answered by one.
  const siblings = section.filter((c) => c.facts.answerCommand !== null);
  const aboutCommands = siblings.length * 2 >= section.length && siblings.length <= MAX_FAMILY_SECTION;
  const answers = uniqueByKey(
    siblings
      .filter((c) => c !== card)
      .map((c) => commandKey(c.facts.answerCommand?.command ?? '').key)
      .filter(
        (k) =>
          !ownKeys.has(k) &&
          !ownPrograms.has(k.split(' ')[0] ?? '') &&
          !NOT_PROGRAMS.has(k.split(' ')[0] ?? ''),
      ),
  );
  let source: 'same-program' | 'sibling-answers' | 'other-programs';
  let pool: string[];
  if (family) {
    source = 'same-program';
    pool = family.filter((c) => !ownKeys.has(c.key) && c.key !== key).map((c) => c.key);
  } else if (answers.length >= 2 && aboutCommands) {
    source = 'sibling-answers';
    pool = answers;
  } else if (index.knownPrograms.has(program)) {
    source = 'other-programs';
    pool = uniqueByKey(
      index.programs.filter((c) => !ownPrograms.has(commandKey(c.command).program)).map((c) => c.command),
    ).map((c) => commandKey(c).key);
  } else return [];
  if (pool.length === 0) return [];
  return [
    {
      kind: 'command',
      origin: 'command',
      distractorSource: source,
      variant: variantOf('cmd', normaliseKey(key)),
      stem: card.prompt,
      frame: { kind: 'which-command' },
      correct: key,
      get distractors() {
        return candidates(pool, seed, `${card.id}:cmd`);
      },
      arguments: argumentsOf(answerIsCommand.command),
      answer: card.answer,
      line: answerIsCommand.line,
    },
  ];
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
export function subjectDrafts(card: Card, section: readonly Card[], seed: string): GeneratedDraft[] {
  const subject = card.facts.subject;
  if (!subject) return [];
  const siblings = section.filter((c) => c.facts.subject !== null);
  if (siblings.length > MAX_FAMILY_SECTION) return [];
  // A few seeded candidates, not the whole chapter: masking every sibling for every card is quadratic.
  const others = sample(
    siblings.filter((c) => c !== card),
    8,
    seededRandom(`${seed}\u0000${card.id}:siblings`),
  );
  const terms = others.map((c) => c.facts.subject?.term ?? '');
  if (terms.length < 2) return [];
  const blank = blankFor(card.lang);
  const allTerms = [subject.term, ...terms];
  // The card's own masked definition is both an option and the reverse stem: mask it once.
  const maskedOf = new Map<Card, string>();
  const masked = (c: Card): string => {
    const known = maskedOf.get(c);
    if (known !== undefined) return known;
    const term = c.facts.subject?.term ?? '';
    const text = maskTerm(
      c.facts.subject?.definition ?? '',
      term,
      allTerms.filter((t) => t !== term),
      blank,
    );
    maskedOf.set(c, text);
    return text;
  };
  const describe = describer(
    allTerms,
    [card, ...others].map((c) => c.facts.subject?.definition ?? ''),
  );
  const fwd: GeneratedDraft = {
    kind: 'definition',
    origin: 'subject-forward',
    distractorSource: 'sibling-subjects',
    variant: variantOf('sfwd', normaliseKey(subject.term)),
    stem: subject.term,
    frame: { kind: 'what-is', context: '' },
    correct: masked(card),
    get distractors() {
      return candidates(others.map(masked), seed, `${card.id}:sdef`);
    },
    answer: card.answer,
    line: subject.line,
  };
  const rev: GeneratedDraft = {
    kind: 'definition',
    origin: 'subject-reverse',
    distractorSource: 'sibling-subjects',
    variant: variantOf('srev', normaliseKey(subject.term)),
    stem: masked(card),
    frame: { kind: 'which-term', context: '' },
    correct: subject.term,
    get distractors() {
      return candidates(terms, seed, `${card.id}:sterm`);
    },
    descriptionOf: describe,
    answer: card.answer,
    line: subject.line,
  };
  return [fwd, rev];
}
