import { commandKey } from './command-key.ts';
import { argumentsOf } from './gate-checks/one-right.ts';
import { SAME_JOB, tasksByCommand, taskTokens } from './gate-checks/task-overlap.ts';
import { MAX_FAMILY_SECTION } from './generate-subjects.ts';
import { candidates, type GeneratedDraft, variantOf } from './question-builder.ts';
import { sectionCardsOf } from './section-cards-of.ts';
import { normaliseKey } from './text-normalise.ts';
import type { Card, CommandFact } from './types.ts';

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
  /** Per command key, the job words of the tasks (card prompts) it answers. */
  readonly tasks: ReadonlyMap<string, readonly ReadonlySet<string>[]>;
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
  // Read only when a command question is asked: most decks ask none.
  let tasks: Map<string, Set<string>[]> | null = null;
  return {
    byProgram,
    programs: enough ? programs : [],
    knownPrograms: enough ? knownPrograms : new Set(),
    get tasks() {
      tasks ??= tasksByCommand(cards);
      return tasks;
    },
  };
}

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
  const siblings = commandAnswersOf(section);
  const aboutCommands = siblings.length * 2 >= section.length && siblings.length <= MAX_FAMILY_SECTION;
  // Only a family small enough to be one is searched: per card, a big chapter's search is quadratic.
  const answers = aboutCommands
    ? uniqueByKey(
        siblings
          .filter((c) => c !== card)
          .map((c) => commandKey(c.facts.answerCommand?.command ?? '').key)
          .filter(
            (k) =>
              !ownKeys.has(k) &&
              !ownPrograms.has(k.split(' ')[0] ?? '') &&
              !NOT_PROGRAMS.has(k.split(' ')[0] ?? ''),
          ),
      )
    : [];
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
      distractors: () => nearFirst(candidates(pool, seed, `${card.id}:cmd`), card.prompt, index.tasks),
      arguments: argumentsOf(answerIsCommand.command),
      answer: card.answer,
      line: answerIsCommand.line,
    },
  ];
}

/**
 * The distractors whose tasks share a job word with the asked one first ("删除容器": the commands that stop,
 * list or enter containers before those that tag images): a command of an unrelated job is no distractor a
 * player weighs. Sharing two words or more is one job, and the gate drops it (task-overlap.ts).
 */
function nearFirst(
  pool: readonly string[],
  task: string,
  tasks: ReadonlyMap<string, readonly ReadonlySet<string>[]>,
): string[] {
  const asked = taskTokens(task);
  const shared = (key: string): number => {
    let most = 0;
    for (const task of tasks.get(key) ?? []) {
      let words = 0;
      for (const word of task) if (asked.has(word)) words++;
      most = Math.max(most, words);
    }
    return most;
  };
  const near: string[] = [];
  const far: string[] = [];
  for (const key of pool) {
    const words = shared(key);
    // One job: either command would be right, and the gate would drop the question for it.
    if (words >= SAME_JOB) continue;
    (words > 0 ? near : far).push(key);
  }
  return [...near, ...far];
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

/** Each section's cards answered by a command, found once per section. */
const commandAnswersOf = sectionCardsOf((c) => c.facts.answerCommand !== null);
