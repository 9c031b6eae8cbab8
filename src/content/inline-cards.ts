import type { InlineLine } from './inline-text.ts';
import type { Block } from './markdown-blocks.ts';
import { looksLikeQuestion } from './question-cues.ts';
import type { LocalProblem, RawCard } from './raw-card.ts';

/**
 * Cards that live inside a section's body rather than in a heading: `<details><summary>`, `question::answer`
 * flashcards, a `?` line between question and answer, and explicit choices (`- [x]` items, or `A.`…`D.`
 * with a stated answer). Blocks they use are returned as consumed so the section does not reuse them.
 */
export interface InlineCardsResult {
  readonly cards: RawCard[];
  readonly consumed: Set<Block>;
  readonly problems: LocalProblem[];
}

export type PathAt = (line: number) => readonly string[];

const stripTags = (html: string): string =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();

const count = (text: string, needle: RegExp): number => (text.match(needle) ?? []).length;

const TASK = /^\[( |x|X)\]\s+/;
const OPTION = /^([A-Ha-h])\s*[.、)．:：]\s*(\S.*)$/;
const STATED =
  /^(?:\*\*)?(?:答案|正确答案|参考答案|correct answer|answer)(?:\*\*)?\s*[:：]?\s*(?:\*\*)?\s*([A-Ha-h])(?![A-Za-z])/i;

export function findInlineCards(blocks: readonly Block[], pathAt: PathAt): InlineCardsResult {
  const cards: RawCard[] = [];
  const consumed = new Set<Block>();
  const problems: LocalProblem[] = [];
  const card = (c: Omit<RawCard, 'explicitId' | 'choice' | 'sectionPath'> & Partial<RawCard>): void => {
    cards.push({ explicitId: null, choice: null, sectionPath: [...pathAt(c.line), c.prompt], ...c });
  };

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (consumed.has(block)) continue;

    if (block.type === 'html' && /<details[\s>]/i.test(block.content)) {
      const summary = /<summary[^>]*>([\s\S]*?)<\/summary>/i.exec(block.content);
      const prompt = summary ? stripTags(summary[1] ?? '') : '';
      if (!summary || !looksLikeQuestion(prompt)) continue;
      const afterSummary = block.content.slice((summary.index ?? 0) + summary[0].length);
      if (/<\/details>/i.test(afterSummary)) {
        const answer = stripTags(afterSummary.replace(/<\/details>[\s\S]*$/i, ''));
        consumed.add(block);
        if (answer === '') problems.push(unanswered(block.line, prompt));
        else
          card({
            kind: 'question',
            prompt,
            line: block.line,
            answerStart: block.line,
            answerEnd: block.end,
            answerText: answer,
            blocks: [],
          });
        continue;
      }
      let depth = count(block.content, /<details[\s>]/gi) - count(block.content, /<\/details>/gi);
      const inner: Block[] = [];
      let closeAt = -1;
      for (let j = i + 1; j < blocks.length; j++) {
        const b = blocks[j] as Block;
        if (b.type === 'heading') break;
        if (b.type === 'html') {
          depth += count(b.content, /<details[\s>]/gi) - count(b.content, /<\/details>/gi);
          if (depth <= 0) {
            closeAt = j;
            break;
          }
        }
        inner.push(b);
      }
      if (closeAt < 0) continue;
      consumed.add(block);
      consumed.add(blocks[closeAt] as Block);
      for (const b of inner) consumed.add(b);
      const lead = stripTags(afterSummary);
      if (inner.length === 0 && lead === '') {
        problems.push(unanswered(block.line, prompt));
        continue;
      }
      const first = inner[0];
      const last = inner[inner.length - 1];
      card({
        kind: 'question',
        prompt,
        line: block.line,
        answerStart: lead !== '' || !first ? block.line + 1 : first.line,
        answerEnd: last ? last.end : block.end,
        answerText: null,
        blocks: inner,
      });
      continue;
    }

    if (block.type === 'list' && block.items.length >= 2) {
      const texts = block.items.map((item) => item.inlines[0]?.text ?? '');
      if (texts.every((t) => TASK.test(t))) {
        consumed.add(block);
        const options = texts.map((t) => t.replace(TASK, '').trim());
        const correct = texts.flatMap((t, k) => (/^\[(x|X)\]/.test(t) ? [k] : []));
        const previous = blocks[i - 1];
        const asked = previous?.type === 'paragraph' && !consumed.has(previous) ? previous : null;
        const path = pathAt(block.line);
        const prompt = asked ? asked.inline.text : (path[path.length - 1] ?? '');
        if (asked) consumed.add(asked);
        if (correct.length === 0) {
          problems.push({
            line: block.line,
            severity: 'warning',
            code: 'choice-without-answer',
            message: `no option is marked [x] for "${short(prompt)}"`,
          });
          continue;
        }
        cards.push({
          kind: 'choice',
          prompt,
          line: asked ? asked.line : block.line,
          answerStart: block.line,
          answerEnd: block.end,
          answerText: correct.map((k) => options[k]).join('\n'),
          sectionPath: asked ? [...path, prompt] : path,
          blocks: [],
          explicitId: null,
          choice: { line: block.line, options, correct },
        });
        continue;
      }
    }

    if (block.type !== 'paragraph') continue;
    const lines = block.inline.lines;

    // `?` on a line of its own: question above, answer below (in the paragraph, or the next block).
    const mark = lines.findIndex((l) => l.plain === '?' || l.plain === '？');
    if (mark >= 0) {
      let question = lines.slice(0, mark);
      let answerLines = lines.slice(mark + 1);
      let answerBlock: Block | null = null;
      if (question.length === 0) {
        const previous = blocks[i - 1];
        if (previous?.type === 'paragraph' && !consumed.has(previous)) {
          question = [...previous.inline.lines];
          consumed.add(previous);
        }
      }
      if (answerLines.length === 0) {
        const next = blocks[i + 1];
        if (next && next.type !== 'heading' && next.type !== 'html') {
          answerBlock = next;
          consumed.add(next);
        }
      }
      consumed.add(block);
      const prompt = question
        .map((l) => l.text)
        .join(' ')
        .trim();
      if (prompt === '') continue;
      if (answerLines.length === 0 && !answerBlock) {
        problems.push(unanswered(question[0]?.line ?? block.line, prompt));
        continue;
      }
      answerLines = answerLines.filter((l) => l.text !== '');
      card({
        kind: 'flashcard',
        prompt,
        line: question[0]?.line ?? block.line,
        answerStart: answerBlock ? answerBlock.line : (answerLines[0]?.line ?? block.line),
        answerEnd: answerBlock ? answerBlock.end : (answerLines[answerLines.length - 1]?.line ?? block.end),
        answerText: answerBlock ? null : answerLines.map((l) => l.text).join('\n'),
        blocks: answerBlock ? [answerBlock] : [],
      });
      continue;
    }

    // question::answer, one per line.
    const flash = lines.map(splitFlashcard);
    if (flash.some((f) => f !== null)) {
      consumed.add(block);
      flash.forEach((f, k) => {
        const l = lines[k] as InlineLine;
        if (!f) return;
        if (f.answer === '') problems.push(unanswered(l.line, f.question));
        else
          card({
            kind: 'flashcard',
            prompt: f.question,
            line: l.line,
            answerStart: l.line,
            answerEnd: l.line,
            answerText: f.answer,
            blocks: [],
          });
      });
      continue;
    }

    // A. … B. … with "答案：B" / "Answer: B".
    const choice = findLetteredChoice(blocks, i, consumed);
    if (choice) {
      for (const b of choice.used) consumed.add(b);
      const path = pathAt(choice.line);
      const prompt = choice.prompt ?? path[path.length - 1] ?? '';
      if (choice.correct === null) {
        problems.push({
          line: choice.line,
          severity: 'warning',
          code: 'choice-without-answer',
          message: `no stated answer (e.g. "Answer: B") for "${short(prompt)}"`,
        });
        continue;
      }
      cards.push({
        kind: 'choice',
        prompt,
        line: choice.line,
        answerStart: choice.optionsLine,
        answerEnd: choice.end,
        answerText: choice.options[choice.correct] ?? '',
        sectionPath: choice.prompt ? [...path, prompt] : path,
        blocks: [],
        explicitId: null,
        choice: { line: choice.optionsLine, options: choice.options, correct: [choice.correct] },
      });
    }
  }
  return { cards, consumed, problems };
}

function splitFlashcard(line: InlineLine): { question: string; answer: string } | null {
  const text = line.text;
  let inCode = false;
  for (let k = 0; k < text.length - 1; k++) {
    const ch = text[k];
    if (ch === '`') inCode = !inCode;
    if (
      !inCode &&
      ch === ':' &&
      text[k + 1] === ':' &&
      text[k + 2] !== ':' &&
      (k === 0 || text[k - 1] !== ':')
    ) {
      const question = text.slice(0, k).trim();
      const answer = text.slice(k + 2).trim();
      const asks = /[\s\p{Script=Han}]/u.test(question) || /[?？]$/.test(question);
      if (question.length < 3 || !asks) return null;
      return { question, answer };
    }
  }
  return null;
}

interface LetteredChoice {
  line: number;
  optionsLine: number;
  end: number;
  prompt: string | null;
  options: string[];
  correct: number | null;
  used: Block[];
}

/** The cheap test first: most paragraphs start no "A." option within the run the full search reads. */
function hasOptionA(blocks: readonly Block[], start: number, consumed: Set<Block>): boolean {
  let seen = 0;
  for (let j = start; j < blocks.length && seen < 20; j++) {
    const b = blocks[j] as Block;
    if (b.type !== 'paragraph' || consumed.has(b)) break;
    for (const l of b.inline.lines) {
      seen++;
      if (/^[Aa]$/.test(OPTION.exec(l.text)?.[1] ?? '')) return true;
    }
  }
  return false;
}

function findLetteredChoice(
  blocks: readonly Block[],
  start: number,
  consumed: Set<Block>,
): LetteredChoice | null {
  const first = blocks[start];
  if (first?.type !== 'paragraph') return null;
  if (!hasOptionA(blocks, start, consumed)) return null;
  // Lines of this paragraph and the following paragraphs, as one run.
  const run: { line: InlineLine; block: Block }[] = [];
  for (let j = start; j < blocks.length && run.length < 20; j++) {
    const b = blocks[j] as Block;
    if (b.type !== 'paragraph' || consumed.has(b)) break;
    for (const l of b.inline.lines) run.push({ line: l, block: b });
  }
  const aIndex = run.findIndex((r) => /^[Aa]$/.test(OPTION.exec(r.line.text)?.[1] ?? ''));
  if (aIndex < 0 || (run[aIndex]?.block !== first && aIndex > 0 && run[aIndex - 1]?.block !== first))
    return null;
  const options: string[] = [];
  let k = aIndex;
  for (; k < run.length; k++) {
    const m = OPTION.exec((run[k] as { line: InlineLine }).line.text);
    const letter = m?.[1]?.toUpperCase();
    if (!m || letter !== String.fromCharCode(65 + options.length)) break;
    options.push((m[2] ?? '').trim());
  }
  if (options.length < 2) return null;
  const stated = run
    .slice(k, k + 2)
    .map((r) => STATED.exec(r.line.text)?.[1]?.toUpperCase())
    .find((x) => x !== undefined);
  const promptLines = run.slice(0, aIndex).map((r) => r.line.text);
  const lastUsed =
    run[
      Math.min(
        run.length - 1,
        stated !== undefined ? k + (STATED.test(run[k]?.line.text ?? '') ? 0 : 1) : k - 1,
      )
    ];
  const used = [...new Set(run.slice(0, (lastUsed ? run.indexOf(lastUsed) : k - 1) + 1).map((r) => r.block))];
  const correct = stated === undefined ? null : stated.charCodeAt(0) - 65;
  return {
    line: run[0]?.line.line ?? first.line,
    optionsLine: run[aIndex]?.line.line ?? first.line,
    end: lastUsed?.line.line ?? first.end,
    prompt: promptLines.length > 0 ? promptLines.join(' ') : null,
    options,
    correct: correct !== null && correct < options.length ? correct : null,
    used,
  };
}

function unanswered(line: number, prompt: string): LocalProblem {
  return {
    line,
    severity: 'warning',
    code: 'unanswered-question',
    message: `question has no answer: "${short(prompt)}"`,
  };
}

export function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}
