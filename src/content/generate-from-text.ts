import { commandKey } from './command-key.ts';
import type { Question } from './question.ts';
import { buildQuestion, candidates, variantOf } from './question-builder.ts';
import { stripMarks, type TermFamilies } from './term-families.ts';
import { blankOut } from './term-mask.ts';
import { nearDuplicate, nearDuplicateKeys, normaliseKey } from './text-normalise.ts';
import type { Card, InlineTerm, ListFact } from './types.ts';
import { WORDING } from './wording.ts';

const MAX_CLOZES_PER_CARD = 3;

/** A key term (inline code, bold, a Latin term in Chinese text) blanked out of a sentence of the answer. */
export function clozeQuestions(card: Card, families: TermFamilies, seed: string): Question[] {
  const w = WORDING[card.lang];
  const out: Question[] = [];
  const usedTerms = new Set<string>();
  for (const sentence of card.facts.sentences) {
    if (out.length >= MAX_CLOZES_PER_CARD) break;
    const terms: InlineTerm[] = [];
    for (const t of sentence.terms) {
      terms.push(t);
      const text = stripMarks(t.text);
      // A one-word term is its own command key: only longer ones can name a shorter command.
      if (!/\s/.test(text)) continue;
      const { key } = commandKey(text);
      if (key !== text && key.includes(' ') && sentence.text.includes(key)) terms.push({ ...t, text: key });
    }
    // Keyed once per sentence: sentences are often too long for normaliseKey's memo.
    const plainSentence = sentence.text.replace(/\*\*/g, '');
    const sentenceKey = normaliseKey(plainSentence);
    for (const term of terms) {
      const text = stripMarks(term.text);
      const key = normaliseKey(text);
      if (key.length < 2 || usedTerms.has(key)) continue;
      const siblings = families.siblingsOf(text);
      if (siblings.length < 2) continue;
      // A term the note mentions everywhere ("Docker" in Docker notes) makes a poor blank.
      if (families.mentions(text, card.file) * 4 > Math.max(8, families.cardsIn(card.file))) continue;
      const siblingKeys = families.siblingKeysOf(text);
      const pool: string[] = [];
      siblings.forEach((s, k) => {
        if (!sentenceKey.includes(siblingKeys[k] ?? '')) pool.push(s);
      });
      if (pool.length < 2) continue;
      const shown = term.kind === 'code' ? `\`${text}\`` : text;
      const blanked = blankOut(blankOut(plainSentence, shown, w.blank), text, w.blank);
      if (blanked === plainSentence || blanked.replaceAll(w.blank, '').trim().length < 8) continue;
      // "TERM: definition" lines are definition items; their questions come from definitionQuestions.
      if (blanked.startsWith(w.blank) && /^[\s*]*[:：–—-]/.test(blanked.slice(w.blank.length))) continue;
      const q = buildQuestion(
        card,
        {
          kind: 'cloze',
          variant: variantOf('blank', `${sentenceKey}|${key}`),
          stem: w.cloze(blanked),
          correct: text,
          distractors: candidates(pool, seed, `${card.id}:cloze:${key}`),
          answer: card.answer,
          line: sentence.line,
        },
        seed,
      );
      if (q) {
        out.push(q);
        usedTerms.add(key);
        break;
      }
    }
  }
  return out;
}

/**
 * "Which of these is / is NOT one of …": the list's own items against items of sibling lists (other lists
 * under the same top-level section of the same file).
 */
export function listQuestions(card: Card, siblingLists: readonly ListFact[], seed: string): Question[] {
  const w = WORDING[card.lang];
  const out: Question[] = [];
  for (const list of card.facts.lists) {
    const items = list.items.map((i) => i.text);
    if (items.some(isLabel)) continue;
    const shortest = Math.min(...items.map((i) => i.length));
    const longest = Math.max(...items.map((i) => i.length));
    const shape = shapeOf(items);
    // Outsiders from the nearest sibling lists, of the same shape and a similar length, so the odd one
    // out is not spotted by its looks.
    // Walked nearest list first and stopped at 12: a big section has many lists, each asking this.
    const nearest = siblingLists
      .filter((l) => l !== list)
      .sort((a, b) => Math.abs(a.line - list.line) - Math.abs(b.line - list.line));
    const outsiders: string[] = [];
    // The list's own keys once, not once per outsider it is compared with.
    const itemKeys = items.map(normaliseKey);
    scan: for (const l of nearest) {
      for (const { text: t } of l.items) {
        if (isLabel(t) || shapeOfOne(t) !== shape) continue;
        if (t.length < shortest / 2 || t.length > longest * 2 + 2) continue;
        const key = normaliseKey(t);
        if (itemKeys.some((i) => nearDuplicateKeys(i, key))) continue;
        outsiders.push(t);
        if (outsiders.length >= 12) break scan;
      }
    }
    const label = list.label ? list.label.replace(/[:：]\s*$/, '') : null;
    const context =
      label && !nearDuplicate(label, card.prompt) ? w.withLabel(card.prompt, label) : card.prompt;
    const listKey = normaliseKey(items.join('|'));
    const pick = candidates(items, seed, `${card.id}:in:${listKey}`);
    const correctIn = pick[0];
    if (correctIn && items.length >= 2) {
      const q = buildQuestion(
        card,
        {
          kind: 'list-membership',
          variant: variantOf('in', listKey),
          stem: w.isOneOf(context),
          correct: correctIn,
          distractors: candidates(outsiders, seed, `${card.id}:out:${listKey}`),
          answer: card.answer,
          line: list.line,
        },
        seed,
      );
      if (q) out.push(q);
    }
    const outsider = candidates(outsiders, seed, `${card.id}:not:${listKey}`)[0];
    if (outsider && items.length >= 3) {
      const q = buildQuestion(
        card,
        {
          kind: 'list-membership',
          variant: variantOf('not', listKey),
          stem: w.isNotOneOf(context),
          correct: outsider,
          distractors: pick,
          answer: card.answer,
          line: list.line,
          trusted: true,
        },
        seed,
      );
      if (q) out.push(q);
    }
  }
  return out;
}

const isLabel = (text: string): boolean => /[:：]\**$/.test(text.trim());

const shapeOfOne = (t: string): string =>
  t.startsWith('`') ? 'code' : t.startsWith('**') ? 'bold' : /\p{Script=Han}/u.test(t) ? 'han' : 'latin';

/** Code-led, bold-led, Chinese or Latin prose: options of one question share it. */
function shapeOf(items: readonly string[]): string {
  const shapes = items.map(shapeOfOne);
  const counts = new Map<string, number>();
  for (const s of shapes) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'latin';
}

/** Either/or questions ("tabs or spaces?"); the author's own options are asked by generate-author-choices. */
export function choiceQuestions(card: Card, seed: string): Question[] {
  const out: Question[] = [];
  const either = eitherOr(card.prompt, card.answer);
  if (either) {
    const q = buildQuestion(
      card,
      {
        kind: 'choice',
        variant: variantOf('or', normaliseKey(either.options.join('|'))),
        stem: card.prompt,
        correct: either.correct,
        distractors: either.options.filter((o) => o !== either.correct),
        want: 1,
        minOptions: 2,
        answer: card.answer,
        line: card.answerLines.start,
        trusted: true,
      },
      seed,
    );
    if (q) out.push(q);
  }
  return out;
}

/**
 * A question that names its own alternatives ("无状态或有状态更适合…？", "Should I use X or Y?") and an
 * answer whose first sentence names exactly one of them.
 */
export function eitherOr(prompt: string, answer: string): { options: string[]; correct: string } | null {
  const text = stripMarks(prompt).normalize('NFKC');
  // Only questions that ask the reader to pick ("…或…更适合？", "Should I use X or Y?").
  const picks =
    /还是|(?:或|或者).*(?:更|哪|选择|应该|适合)|^(?:which|should|is it better)\b|\b(?:better|prefer(?:red)?)\b/i;
  if (!picks.test(text)) return null;
  let left = '';
  let right = '';
  const zh = /^(.*?[^\s])\s*(?:或者|或|还是)\s*([^\s].*)$/u.exec(text);
  const en = /^(.*)\s+or\s+(.*)$/i.exec(text);
  if (en) {
    left = /([\w.-]+)\s*$/.exec(en[1] ?? '')?.[1] ?? '';
    right = /^([\w.-]+)/.exec(en[2] ?? '')?.[1] ?? '';
  } else if (zh) {
    left = (zh[1] ?? '').split(/[\s\-—–:：,，、]/).pop() ?? '';
    const rest = zh[2] ?? '';
    const lastChar = left[left.length - 1] ?? '';
    const end = rest.indexOf(lastChar);
    right = end >= 0 && end <= left.length + 2 ? rest.slice(0, end + 1) : rest.slice(0, left.length);
  }
  if (
    left === '' ||
    right === '' ||
    left.length > 20 ||
    right.length > 20 ||
    normaliseKey(left) === normaliseKey(right)
  )
    return null;
  const firstSentence = (answer.normalize('NFKC').split(/[。.!?！？\n]/)[0] ?? '').toLowerCase();
  let hasLeft = firstSentence.includes(left.toLowerCase());
  let hasRight = firstSentence.includes(right.toLowerCase());
  if (hasLeft && hasRight) {
    // Both named: the one the answer opens with ("Tabs are required: … spaces").
    const opening = firstSentence.slice(0, Math.max(left.length, right.length) + 4);
    hasLeft = opening.includes(left.toLowerCase());
    hasRight = opening.includes(right.toLowerCase());
  }
  if (hasLeft === hasRight) return null;
  return { options: [left, right], correct: hasLeft ? left : right };
}
