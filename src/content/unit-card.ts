import { findOptionGroup, type OptionGroup } from './author-choices.ts';
import { blankedBracket, bracketKey } from './bracket-keys.ts';
import { closingVerdict, judgedByVerdict, judgementCard, openingWords, verdictOf } from './judgements.ts';
import type { Block } from './markdown-blocks.ts';
import type { LocalProblem, RawCard } from './raw-card.ts';
import { withStemKey } from './stated-key.ts';
import { answers, short, trimAnswer, unanswered } from './unit-answer.ts';

/** The note's own text between two lines (1-based, inclusive), dedented and trimmed. */
export type NoteText = (start: number, end: number) => string;

export interface UnitInput {
  /** The question as the note asks it (a heading, a summary, a paragraph). */
  readonly prompt: string;
  readonly line: number;
  readonly sectionPath: readonly string[];
  /** The unit's blocks after the question: its answer, or its options with what surrounds them. */
  readonly scope: readonly Block[];
  /** First line that can belong to the stem (the line after the question). */
  readonly stemFrom: number;
  /** Pictures the question's own item shows above its words (`1. Question 6`, a picture, the question). */
  readonly pictures?: string;
  readonly note: NoteText;
  readonly explicitId: string | null;
}

export type UnitOutcome = { readonly card: RawCard } | { readonly problem: LocalProblem };

/**
 * One unit (a question heading with its body, a `<details>`, a numbered question item) as exactly one card:
 * a choice card when the author wrote options with a key under it, else a question with its answer.
 */
export function unitCard(unit: UnitInput): UnitOutcome {
  return authorChoiceCard(unit) ?? judgedUnitCard(unit) ?? answeredCard(unit);
}

/**
 * A statement to judge whose answer is its verdict (`**Answer:** False`, `错误。因为…`), or that closes with it
 * (`#### 12. …表示结果正溢。（✖）`, what is under it the reason), as a True / False choice (judgements.ts).
 */
function judgedUnitCard(unit: UnitInput): UnitOutcome | null {
  const answer = trimAnswer(unit.scope).filter((b) => b.type !== 'heading');
  const closing = closingVerdict(unit.prompt);
  if (closing) {
    const { statement, truth } = closing;
    const sectionPath = [...unit.sectionPath.slice(0, -1), statement];
    const end = answer[answer.length - 1]?.end ?? unit.line;
    const explanation = answer[0] ? unit.note(answer[0].line, end) : '';
    const at = { verdictLine: unit.line, answerEnd: end, explanation };
    return {
      card: judgementCard({
        ...at,
        statement,
        line: unit.line,
        sectionPath,
        truth,
        explicitId: unit.explicitId,
      }),
    };
  }
  const [first, ...rest] = answer;
  const verdict = first ? verdictOf(openingWords(first)) : null;
  if (!first || !verdict || !judgedByVerdict(unit.prompt)) return null;
  const last = answer[answer.length - 1] as Block;
  const below = rest[0] ? unit.note(rest[0].line, last.end) : '';
  return {
    card: judgementCard({
      statement: unit.prompt,
      line: unit.line,
      sectionPath: unit.sectionPath,
      truth: verdict.truth,
      verdictLine: first.line,
      answerEnd: last.end,
      explanation: [verdict.explanation, below].filter((t) => t !== '').join('\n\n'),
      explicitId: unit.explicitId,
    }),
  };
}

/** The unit as a choice card when the author wrote options under it with their key, else null. */
export function authorChoiceCard(unit: UnitInput): UnitOutcome | null {
  const found = findOptionGroup(unit.scope, (line) => unit.note(line, line));
  // The key may stand in the question's blank (`### 3. 下列哪个命令…（C）`): it asks with the blank empty.
  const stem = found ? withStemKey(found, unit.prompt) : null;
  const group = stem?.group;
  if (
    stem &&
    group &&
    !group.todo &&
    (group.keyStated || group.correct.length > 0 || opensAnswer(unit, group))
  ) {
    const path = unit.sectionPath;
    const asked =
      stem.prompt === unit.prompt ? unit : { ...unit, prompt: stem.prompt, sectionPath: blankedLast(path) };
    return choiceCard(asked, group, unit.scope.length);
  }
  return null;
}

/** The unit as a question whose answer is its scope, or a warning when the scope says nothing. */
export function answeredCard(unit: UnitInput): UnitOutcome {
  const answer = trimAnswer(unit.scope);
  const content = answer.filter((b) => b.type !== 'heading');
  if (!answers(content)) return { problem: unanswered(unit.line, unit.prompt) };
  const first = answer[0] as Block;
  const last = answer[answer.length - 1] as Block;
  return {
    card: {
      kind: 'question',
      prompt: unit.prompt,
      line: unit.line,
      answerStart: first.line,
      answerEnd: last.end,
      answerText: null,
      sectionPath: unit.sectionPath,
      blocks: content,
      explicitId: unit.explicitId,
      choice: null,
    },
  };
}

/** A paragraph that is only a link or a bare address. */
const isReferenceLink = (b: Block): boolean =>
  b.type === 'paragraph' && (b.inline.linkOnly || /^<?https?:\/\/\S+>?$/.test(b.inline.plain.trim()));

/** The path with its last title's key bracket left blank: the question's own title names no key. */
function blankedLast(path: readonly string[]): readonly string[] {
  const last = path[path.length - 1] ?? '';
  const key = bracketKey(last);
  return key ? [...path.slice(0, -1), blankedBracket(last, key)] : path;
}

/**
 * Options with no key are the question's own (to be reported as unkeyed) only where they open its answer,
 * after nothing but the stem (code, a line or two of text); further in, "a) … b) …" are points of the answer.
 */
function opensAnswer(unit: UnitInput, group: OptionGroup): boolean {
  return unit.scope
    .slice(0, group.firstBlock)
    .every(
      (b) => b.type === 'code' || b.type === 'html' || (b.type === 'paragraph' && b.inline.lines.length <= 3),
    );
}

/**
 * The author's options as one choice card: the stem is the question with what stands between it and the
 * options (the code it asks about); the reveal is the key and the explanation after it, up to `scopeEnd`.
 */
/** A label over a question's options: `**选项：**`, "Options:", "Choices". */
const OPTIONS_LABEL =
  /^(?:\*\*|__)?(?:选项|备选答案|options?|choices?)(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?$/i;

export function choiceCard(unit: UnitInput, group: OptionGroup, scopeEnd: number): UnitOutcome {
  if (group.correct.length === 0) {
    return {
      problem: {
        line: group.line,
        severity: 'warning',
        code: 'choice-without-answer',
        message: group.keyConflict
          ? `the key in the question's blank names no option, or not the one marked below, for "${short(unit.prompt)}"`
          : group.letters && group.keyStated
            ? `the stated key names none of the options of "${short(unit.prompt)}"`
            : group.letters
              ? `no stated answer (e.g. "Answer: B") for "${short(unit.prompt)}"`
              : `no option is marked [x] for "${short(unit.prompt)}"`,
      },
    };
  }
  const { scope, note } = unit;
  const before = scope.slice(0, group.firstBlock).filter((b) => b.line >= unit.stemFrom);
  // A reference link right under the question (the docs page it comes from) is no part of what it asks.
  while (before[0] && isReferenceLink(before[0])) before.shift();
  // The context ends where the options' block starts (a fenced block's opening fence is no part of it).
  let optionsStart = Math.min(group.line, scope[group.firstBlock]?.line ?? group.line);
  // So does a label over the options (`**选项：**`, "Options:").
  const last = before[before.length - 1];
  if (last?.type === 'paragraph' && OPTIONS_LABEL.test(last.inline.text.trim())) {
    before.pop();
    optionsStart = last.line;
  }
  const contextStart = before[0]?.line ?? optionsStart;
  const context = contextStart < optionsStart ? note(contextStart, optionsStart - 1) : '';
  const stem = [unit.prompt, unit.pictures ?? '', context].filter((t) => t !== '').join('\n\n');

  const keyBlock = scope[group.lastBlock] as Block;
  const after = trimAnswer(scope.slice(group.lastBlock + 1, scopeEnd), true);
  const lastAfter = after[after.length - 1];
  // Code blocks inside the option items come after the list among the blocks, yet end inside it.
  const explanationEnd = Math.max(lastAfter?.end ?? 0, keyBlock.end, group.endLine);
  const below = explanationEnd > group.endLine ? note(group.endLine + 1, explanationEnd) : '';
  const explanation = [group.keyNote ?? '', below].filter((t) => t !== '').join('\n\n');
  const key = group.correct
    .map((k) => {
      const text = group.options[k] ?? '';
      const letter = group.letters?.[k];
      if (letter) return `**${letter}.** ${text}`;
      // A listing stays a listing: bold around a code fence would break it.
      return text.includes('\n') ? text : `**${text}**`;
    })
    .join('\n');
  return {
    card: {
      kind: 'choice',
      prompt: unit.prompt,
      line: unit.line,
      answerStart: group.line,
      answerEnd: Math.max(group.endLine, explanationEnd),
      answerText: explanation === '' ? key : `${key}\n\n${explanation}`,
      sectionPath: unit.sectionPath,
      blocks: [],
      explicitId: unit.explicitId,
      choice: {
        line: group.line,
        options: group.options,
        correct: withAlsoRight(group.correct, group.letters, explanation),
        stem,
        letters: group.letters,
      },
    },
  };
}

/**
 * The key with the options its explanation calls right too (`Answer: C (also acceptable: B)`, `B 也正确`):
 * two right answers, so no one-answer question is asked of it.
 */
function withAlsoRight(
  correct: readonly number[],
  letters: readonly string[] | null,
  explanation: string,
): number[] {
  const out = [...correct];
  if (!letters) return out;
  for (const m of explanation.matchAll(ALSO_RIGHT)) {
    const k = letters.indexOf((m[1] ?? m[2] ?? m[3] ?? '').toUpperCase());
    if (k >= 0 && !out.includes(k)) out.push(k);
  }
  return out.sort((a, b) => a - b);
}

const ALSO_RIGHT =
  /\balso (?:acceptable|correct|right|valid)\s*[:：]?\s*\(?([A-H])\b|\b([A-H])\)? (?:is|are) also (?:acceptable|correct|right|valid)\b|\b([A-H])\s*(?:选项)?也(?:对|正确|可以|算对)/g;
