import { type Candidate, distractorsOf } from '../candidate.ts';
import { commandKey } from '../command-key.ts';
import { stripMarks } from '../term-families.ts';
import type { Card } from '../types.ts';
import type { GateContext } from './gate-check.ts';

/**
 * Two tasks the notes answer with different commands can still be one job ("如何批量清理临时镜像文件？"
 * answered by `docker rmi …`, "清理镜像" by `docker image prune`): then either command is right, and a
 * command question offering both has two keys.
 */

/** Words of a task that say nothing of the job. */
const STOP_WORDS = new Set(
  'how what which can you use the and for with from into that this does command commands run'.split(' '),
);
/** Han pairs that say nothing of the job ("如何", "命令"). */
const STOP_PAIRS = new Set([
  '如何',
  '怎么',
  '怎样',
  '什么',
  '哪个',
  '哪些',
  '可以',
  '使用',
  '命令',
  '通过',
  '一个',
]);

/** The words (Latin) and character pairs (Han) that name a task's job. */
export function taskTokens(task: string): Set<string> {
  const out = new Set<string>();
  for (const w of task.toLowerCase().match(/[a-z][a-z0-9-]{2,}/g) ?? []) if (!STOP_WORDS.has(w)) out.add(w);
  for (const run of task.match(/\p{Script=Han}+/gu) ?? [])
    for (let k = 0; k + 1 < run.length; k++) {
      const pair = run.slice(k, k + 2);
      if (!STOP_PAIRS.has(pair)) out.add(pair);
    }
  return out;
}

/** Per command key, the tasks (card prompts) of the cards it answers. */
export function tasksByCommand(cards: readonly Card[]): Map<string, Set<string>[]> {
  const out = new Map<string, Set<string>[]>();
  for (const card of cards) {
    const answer = card.facts.answerCommand;
    if (!answer) continue;
    const { key } = commandKey(answer.command.replace(/^sudo\s+/, ''));
    const list = out.get(key) ?? [];
    list.push(taskTokens(card.prompt));
    out.set(key, list);
  }
  return out;
}

/** How many job words two tasks share before they count as one job. */
export const SAME_JOB = 2;

/** A distractor command answers, elsewhere in the notes, a task that shares the asked task's job. */
export function answersSameTask(candidate: Candidate, context: GateContext): boolean {
  if (candidate.origin !== 'command') return false;
  const asked = taskTokens(candidate.question.stem);
  // A command the asked card's own answer runs too does (part of) the same job: `docker inspect` shown
  // beside `docker logs` under one question.
  const ownKeys = new Set(
    candidate.card.facts.commands.map((c) => commandKey(c.command.replace(/^sudo\s+/, '')).key),
  );
  return distractorsOf(candidate).some((d) => {
    const key = commandKey(stripMarks(d)).key;
    if (ownKeys.has(key)) return true;
    return (context.commandTasks.get(key) ?? []).some(
      (task) => [...task].filter((t) => asked.has(t)).length >= SAME_JOB,
    );
  });
}
