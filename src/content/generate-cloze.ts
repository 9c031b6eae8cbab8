import { commandKey } from './command-key.ts';
import { definesWhatPrecedes } from './gate-checks/one-right.ts';
import { looksLikeName } from './gate-checks/siblings.ts';
import { consider, type QualityGate } from './quality-gate.ts';
import type { Question } from './question.ts';
import { candidates, variantOf } from './question-builder.ts';
import {
  cardsIn,
  mentions,
  siblingKeysOf,
  siblingsOf,
  stripMarks,
  type TermFamilies,
} from './term-families.ts';
import { blankFor, blankOut } from './term-mask.ts';
import { normaliseKey } from './text-normalise.ts';
import type { Card, InlineTerm } from './types.ts';

const MAX_CLOZES_PER_CARD = 3;

/**
 * A key term (inline code, bold, a Latin term in Chinese text) blanked out of a sentence of the answer,
 * with distractors from the term's families. One per sentence: the first term whose question passes the
 * quality gate.
 */
export function clozeQuestions(
  card: Card,
  families: TermFamilies,
  seed: string,
  gate: QualityGate,
): Question[] {
  const blank = blankFor(card.lang);
  const out: Question[] = [];
  const usedTerms = new Set<string>();
  for (const sentence of card.facts.sentences) {
    if (out.length >= MAX_CLOZES_PER_CARD) break;
    // Each term's text without its marks, made once: the loop below reads it for every term.
    const terms: InlineTerm[] = [];
    const texts: string[] = [];
    for (const t of sentence.terms) {
      const text = stripMarks(t.text);
      terms.push(t);
      texts.push(text);
      // A one-word term is its own command key: only longer ones can name a shorter command.
      if (!/\s/.test(text)) continue;
      const { key } = commandKey(text);
      if (key !== text && key.includes(' ') && sentence.text.includes(key)) {
        terms.push({ ...t, text: key });
        texts.push(stripMarks(key));
      }
    }
    const plainSentence = sentence.text.includes('**') ? sentence.text.replace(/\*\*/g, '') : sentence.text;
    // Keyed once per sentence, and only for a sentence that defines one of its terms.
    let sentenceKey: string | null = null;
    let paragraphKey: string | null = null;
    for (let n = 0; n < terms.length; n++) {
      const term = terms[n] as InlineTerm;
      const text = texts[n] as string;
      // A term mentioned in passing makes no cloze (the gate's cloze-not-defining rule): the sentence
      // must say what it is or does right after it. Checked first: most terms fail it.
      const shown = term.kind === 'code' ? `\`${text}\`` : text;
      const at = plainSentence.indexOf(shown);
      if (at < 0 || !definesWhatPrecedes(plainSentence.slice(at + shown.length, at + shown.length + 24)))
        continue;
      const key = normaliseKey(text);
      if (key.length < 2 || usedTerms.has(key)) continue;
      const siblings = siblingsOf(families, text);
      if (siblings.length < 2) continue;
      // A term the note mentions everywhere ("Docker" in Docker notes) makes a poor blank.
      if (mentions(families, text, card.file) * 4 > Math.max(8, cardsIn(families, card.file))) continue;
      sentenceKey ??= normaliseKey(plainSentence);
      paragraphKey ??= sentence.paragraph === sentence.text ? sentenceKey : normaliseKey(sentence.paragraph);
      const inSentence = sentenceKey;
      const inParagraph = paragraphKey;
      const siblingKeys = siblingKeysOf(families, text);
      const pool: string[] = [];
      let neighbour = false;
      siblings.forEach((s, k) => {
        const sibling = siblingKeys[k] ?? '';
        // Not a sibling the sentence names itself, and only names ("在 Windows" is a scrap of a sentence).
        if (!inSentence.includes(sibling) && looksLikeName(s)) pool.push(s);
        // A sibling the sentences around it name ("…JIT 所需要编译的部分。JVM 会根据…"): the paragraph speaks of
        // both, and what this sentence says of one may hold of the other.
        if (!neighbour && sibling !== '' && !inSentence.includes(sibling) && inParagraph.includes(sibling))
          neighbour = true;
      });
      if (neighbour || pool.length < 2) continue;
      const blanked = blankOut(blankOut(plainSentence, shown, blank), text, blank);
      if (blanked === plainSentence || blanked.replaceAll(blank, '').trim().length < 8) continue;
      // "TERM: definition" lines are definition items; their questions come from definitionQuestions.
      if (blanked.startsWith(blank) && /^[\s*]*[:：–—-]/.test(blanked.slice(blank.length))) continue;
      const q = consider(gate, card, {
        kind: 'cloze',
        origin: 'cloze',
        distractorSource: 'term-family',
        variant: variantOf('blank', `${inSentence}|${key}`),
        stem: blanked,
        frame: { kind: 'cloze' },
        correct: text,
        // Shuffled only for a stem that passes the gate's first checks: most blanks fail them.
        distractors: () => candidates(pool, seed, `${card.id}:cloze:${key}`),
        answer: card.answer,
        line: sentence.line,
      });
      if (q) {
        out.push(q);
        usedTerms.add(key);
        break;
      }
    }
  }
  return out;
}
