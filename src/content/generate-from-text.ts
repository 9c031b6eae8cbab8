import type { Question } from './question.ts';
import { buildQuestion, variantOf } from './question-builder.ts';
import { stripMarks } from './term-families.ts';
import { normaliseKey } from './text-normalise.ts';
import type { Card } from './types.ts';

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
function eitherOr(prompt: string, answer: string): { options: string[]; correct: string } | null {
  const text = stripMarks(prompt).normalize('NFKC');
  // Only questions that ask the reader to pick ("…或…更适合？", "Should I use X or Y?").
  const picks =
    /还是|(?:或|或者).*(?:更|哪|选择|应该|适合)|^(?:which|should|is it better)\b|\b(?:better|prefer(?:red)?)\b/i;
  if (!picks.test(text) || ASKS_WHEN.test(text)) return null;
  let left = '';
  let right = '';
  const zh = /^(.*?[^\s])\s*(?:或者|或|还是)\s*([^\s].*)$/u.exec(text);
  const en = /^(.*)\s+or\s+(.*)$/i.exec(text);
  if (en) {
    const pair = englishAlternatives(en[1] ?? '', en[2] ?? '');
    if (pair === null) return null;
    [left, right] = pair;
  } else if (zh) {
    left = (zh[1] ?? '').split(/[\s\-—–:：,，、]/).pop() ?? '';
    const rest = zh[2] ?? '';
    // A third alternative ("使用+还是StringBuilder或者StringBuffer") is no either/or.
    if (/或者|或|还是/.test(rest)) return null;
    const lastChar = left[left.length - 1] ?? '';
    const end = rest.indexOf(lastChar);
    right = end >= 0 && end <= left.length + 2 ? rest.slice(0, end + 1) : rest.slice(0, left.length);
    // Never half a word: "StringBuilder" cut to "Str".
    if (/[A-Za-z0-9]$/.test(right) && /^[A-Za-z0-9]/.test(rest.slice(right.length))) return null;
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
  if (dependsOnTheCase(answer, hasLeft ? right : left)) return null;
  return { options: [left, right], correct: hasLeft ? left : right };
}

/** At most this many words in an alternative named after a colon ("…: Security Group or NACL?"). */
const MAX_PHRASE_WORDS = 3;

/**
 * The two alternatives around " or ". After a colon they are the whole phrases ("Which can deny: Security
 * Group or NACL?"); elsewhere the words next to "or" ("Should I use tabs or spaces?"), unless a name of
 * several capitalised words runs on past them ("Is a Security Group or a NACL stateful?"): cutting it
 * would ask "Group", so no question.
 */
function englishAlternatives(before: string, after: string): [string, string] | null {
  const article = /^(?:an?|the)\s+/i;
  const colon = /[:：]\s*([^:：]+)$/.exec(before);
  if (colon) {
    const left = (colon[1] ?? '').trim().replace(article, '');
    const right = after
      .replace(/[?？.!\s]+$/, '')
      .trim()
      .replace(article, '');
    const words = (phrase: string) => phrase.split(/\s+/).length;
    if (words(left) > MAX_PHRASE_WORDS || words(right) > MAX_PHRASE_WORDS) return null;
    return [left, right];
  }
  const leftWords = before.trim().split(/\s+/);
  const left = /([\w.-]+)$/.exec(leftWords[leftWords.length - 1] ?? '')?.[1] ?? '';
  const rightWords = after.trim().replace(article, '').split(/\s+/);
  const right = /^([\w.-]+)/.exec(rightWords[0] ?? '')?.[1] ?? '';
  const capital = (word: string | undefined) => word !== undefined && /^[A-Z][a-z]/.test(word);
  const previous = leftWords.length > 2 ? leftWords[leftWords.length - 2] : undefined;
  if ((capital(left) && capital(previous)) || (capital(right) && capital(rightWords[1]))) return null;
  return [left, right];
}

/** "How do you decide between X and Y?", "如何决定使用 X 还是 Y": the answer is a rule for choosing, not one of them. */
const ASKS_WHEN =
  /如何(?:决定|选择|取舍)|怎么(?:选|决定)|什么(?:时候|情况下?|场景)|何时|\bhow\s+(?:do|would|should|to)\s+(?:you\s+|i\s+|we\s+)?(?:decide|choose|pick)|\bwhen\s+(?:to|should|would|do)\b/i;

/**
 * An answer that recommends the other one too, under a condition ("…HashMap 是最好的选择。然而，如果你需要
 * 有序遍历，TreeMap 是更好的选择", "X by default, but Y when …"): both are right, each in its case.
 */
function dependsOnTheCase(answer: string, other: string): boolean {
  const text = answer.normalize('NFKC').toLowerCase();
  const at = text.indexOf(other.toLowerCase());
  if (at < 0) return false;
  const before = text.slice(0, at);
  return /然而|但是|但|不过|如果|假如|若|否则|取决于|however|\bbut\b|\bif\b|\bwhen\b|otherwise|unless|depends/.test(
    before.slice(Math.max(0, before.length - 60)),
  );
}
