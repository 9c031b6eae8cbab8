import { optionGroupAt } from './author-choices.ts';
import { TASK_MARK } from './choice-syntax.ts';
import { closesFence, fenceOf } from './code-fences.ts';
import { type ContainerPair, isTagMarker } from './html-containers.ts';
import { joinLines } from './html-text.ts';
import type { Block } from './markdown-blocks.ts';
import { unanswered } from './unit-answer.ts';
import { choiceCard, type NoteText, type UnitOutcome } from './unit-card.ts';

/**
 * The `<quiz>` blocks of the mkdocs-quiz plugin, as its documentation writes them:
 *
 *     <quiz>
 *     Which command prints the working directory?     the question: everything before the first option
 *     - [ ] `ls`                                      `- [x]`, `* [X]`: a key; `- [ ]`, `- []`: not
 *     - [x] `pwd`
 *     > Right.                                        per-answer feedback (left out: the reveal is shared)
 *
 *     `pwd` stands for print working directory.       the content section: the reveal
 *     </quiz>
 *
 * and its fill-in-the-blank form (`The capital of France is [[Paris]].`, content after a `---` line).
 * html-containers.ts finds the pair and lets its inside be read as Markdown; the options are read as
 * every `- [x]` question's are (author-choices.ts), and make a choice card as theirs do (unit-card.ts).
 */
export interface QuizUnit {
  readonly pair: ContainerPair;
  /** The blocks between the tags. */
  readonly blocks: readonly Block[];
  /** The sections the quiz stands in. */
  readonly path: readonly string[];
  readonly note: NoteText;
}

const OPTION_LINE = /^\s*[-*+]\s*\[[ xX]?\](?:\s|$)/;
const EMPTY_BOX = /^(\s*[-*+]\s*)\[\](?=\s|$)/;
const FEEDBACK_LINE = /^\s*>/;

/**
 * The quizzes' option lines as Markdown reads task items: `- []` (the plugin's wrong option without a
 * space) becomes `- [ ]`, and the `>` feedback lines right under an option become blank, since a quote
 * there would end the list and cut the options in two (same lines: every line number stays true).
 */
export function withQuizOptionLines(
  lines: readonly string[],
  pairs: readonly ContainerPair[],
): readonly string[] {
  let out: string[] | null = null;
  const set = (k: number, text: string): void => {
    out ??= lines.slice();
    out[k] = text;
  };
  for (const pair of pairs) {
    if (pair.tag !== 'quiz') continue;
    let fence: { char: string; length: number } | null = null;
    let underOption = false;
    for (let k = pair.contentFrom - 1; k < pair.contentTo; k++) {
      const line = (out ?? lines)[k] ?? '';
      if (fence) {
        if (closesFence(line, fence)) fence = null;
        continue;
      }
      fence = fenceOf(line);
      if (underOption && !fence && FEEDBACK_LINE.test(line)) {
        set(k, '');
        continue;
      }
      underOption = !fence && OPTION_LINE.test(line);
      if (underOption && EMPTY_BOX.test(line)) set(k, line.replace(EMPTY_BOX, '$1[ ]'));
    }
  }
  return out ?? lines;
}

/** One quiz as one card: a choice card from its options, a flashcard from its blanks, else a problem. */
export function quizCard(unit: QuizUnit): UnitOutcome {
  const { pair, note } = unit;
  const blocks = unit.blocks.filter((b) => !(b.type === 'html' && isTagMarker(b.content)));
  const optionsAt = blocks.findIndex(
    (b) => b.type === 'list' && b.items.some((item) => TASK_MARK.test(item.inlines[0]?.text ?? '')),
  );
  if (optionsAt < 0) return blankCard(unit) ?? { problem: unanswered(pair.open, '') };
  // The question is the first paragraph (or heading) before the options; code around it is its stem.
  const questionAt = blocks
    .slice(0, optionsAt)
    .findIndex((b) => b.type === 'paragraph' || b.type === 'heading');
  const question = blocks[questionAt];
  if (!question || (question.type !== 'paragraph' && question.type !== 'heading'))
    return { problem: unanswered(pair.open, '') };
  const prompt = joinLines(question.inline.text).trim();
  const scope = blocks.slice(questionAt + 1);
  const group = optionGroupAt(scope, optionsAt - questionAt - 1, (line) => note(line, line));
  if (!group) return { problem: unanswered(question.line, prompt) };
  const made = choiceCard(
    {
      prompt,
      line: question.line,
      sectionPath: [...unit.path, prompt],
      scope,
      stemFrom: question.end + 1,
      note,
      explicitId: null,
    },
    group,
    scope.length,
  );
  const lead = blocks[0];
  if (questionAt === 0 || !lead || !('card' in made) || !made.card.choice) return made;
  // Code the author put above the question belongs to the stem too, shown after the question's words.
  const { choice } = made.card;
  const above = note(lead.line, question.line - 1);
  return { card: { ...made.card, choice: { ...choice, stem: withAfterPrompt(choice.stem, prompt, above) } } };
}

function withAfterPrompt(stem: string, prompt: string, text: string): string {
  return `${prompt}\n\n${text}${stem.slice(prompt.length)}`;
}

/** `[[answer]]`: a blank the player types (the plugin's fill-in-the-blank quiz). */
const BLANK = /\[\[([^\]\n]+)\]\]/g;
const HAS_BLANK = new RegExp(BLANK.source);
/** Code, where `[[…]]` is what it says: fences and inline code spans. */
const CODE = /(```[\s\S]*?```|~~~[\s\S]*?~~~|`[^`\n]*`)/;
const CONTENT_RULE = /^\s*-{3,}\s*$/;

/** A fill-in-the-blank quiz as a flashcard: every blank asked at once, as the plugin grades them. */
function blankCard(unit: QuizUnit): UnitOutcome | null {
  const { pair, note } = unit;
  const lines = note(pair.contentFrom, pair.contentTo).split('\n');
  let fence: { char: string; length: number } | null = null;
  let rule = lines.length;
  for (let k = 0; k < lines.length && rule === lines.length; k++) {
    const line = lines[k] ?? '';
    if (fence) {
      if (closesFence(line, fence)) fence = null;
    } else {
      fence = fenceOf(line);
      if (!fence && CONTENT_RULE.test(line)) rule = k;
    }
  }
  const asked = lines.slice(0, rule).join('\n').trim();
  const parts = asked.split(CODE);
  const outsideCode = (to: string): string =>
    parts.map((part, k) => (k % 2 === 1 ? part : part.replace(BLANK, to))).join('');
  if (!parts.some((part, k) => k % 2 === 0 && HAS_BLANK.test(part))) return null;
  const front = outsideCode('[...]');
  const back = outsideCode('**$1**');
  const content = lines
    .slice(rule + 1)
    .join('\n')
    .trim();
  const prompt = asked.includes('```') || asked.includes('~~~') ? front : joinLines(front);
  const line = unit.blocks.find((b) => !(b.type === 'html' && isTagMarker(b.content)))?.line ?? pair.open;
  return {
    card: {
      kind: 'flashcard',
      prompt,
      line,
      answerStart: line,
      answerEnd: pair.contentTo,
      answerText: content === '' ? back : `${back}\n\n${content}`,
      sectionPath: [...unit.path, prompt],
      blocks: [],
      explicitId: null,
      choice: null,
    },
  };
}
