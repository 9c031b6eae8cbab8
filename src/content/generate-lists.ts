import { namesAList } from './gate-checks/siblings.ts';
import { candidates, type GeneratedDraft, variantOf } from './question-builder.ts';
import { nearDuplicateKeys, normaliseKey } from './text-normalise.ts';
import type { Card, ListFact } from './types.ts';

/**
 * "Which of these belongs to 优点 / does NOT belong to 优点": one labelled list of an answer against the
 * other labelled lists of the same answer ("特点：…" beside "应用场景：…", "Features:" beside "Use cases:").
 * Those are the key's siblings: items of the same kind that the note itself sorts apart. A list of faults
 * ("缺点：…", "Cons:") is asked only against other faults: beside strengths or uses its items are told
 * apart by their tone. Lists from elsewhere in the notes are another topic, so an answer with a single list
 * gives no list question; nor does an answer that gives two lists one label (the strengths of each of
 * several things).
 */
export function listDrafts(card: Card, seed: string): GeneratedDraft[] {
  const labelled = card.facts.lists.filter((l) => l.label !== null && l.items.every((i) => !isLabel(i.text)));
  if (labelled.length < 2) return [];
  // "优点：" under each of five ways to inherit, in one answer: the label names no one list, and an item
  // of the second way's strengths is one of the third's strengths too.
  const labels = labelled.map((l) => normaliseKey(labelOf(l)));
  if (new Set(labels).size < labels.length) return [];
  const out: GeneratedDraft[] = [];
  for (const list of labelled) {
    const items = list.items.map((i) => i.text);
    const itemKeys = items.map(normaliseKey);
    const outsiders: string[] = [];
    for (const other of labelled) {
      // "Key Points:" beside "Components:": a list the note does not say the kind of may hold components too.
      if (other === list || toneOf(other) !== toneOf(list) || !namesAList(other.label ?? '')) continue;
      for (const { text } of other.items) {
        const key = normaliseKey(text);
        if (!itemKeys.some((i) => nearDuplicateKeys(i, key))) outsiders.push(text);
      }
    }
    const label = labelOf(list);
    const listKey = normaliseKey(items.join('|'));
    const pick = candidates(items, seed, `${card.id}:in:${listKey}`);
    const correctIn = pick[0];
    if (correctIn) {
      out.push({
        kind: 'list-membership',
        origin: 'list-in',
        distractorSource: 'same-answer-lists',
        variant: variantOf('in', listKey),
        stem: card.prompt,
        frame: { kind: 'one-of', list: label },
        correct: correctIn,
        distractors: () => candidates(outsiders, seed, `${card.id}:out:${listKey}`),
        answer: card.answer,
        line: list.line,
      });
    }
    const outsider = candidates(outsiders, seed, `${card.id}:not:${listKey}`)[0];
    if (outsider && items.length >= 3) {
      out.push({
        kind: 'list-membership',
        origin: 'list-out',
        distractorSource: 'same-answer-lists',
        variant: variantOf('not', listKey),
        stem: card.prompt,
        frame: { kind: 'not-one-of', list: label },
        correct: outsider,
        distractors: pick,
        answer: card.answer,
        line: list.line,
      });
    }
  }
  return out;
}

/**
 * A list of faults ("缺点", "Drawbacks", "Cons"), of troubles ("原因", "Causes", "问题") or of remedies ("解决方案",
 * "Fixes"): its items say so ("反射性能差", "大事务", "使用并行复制"), so beside another tone they are told apart by
 * it alone, the note not needed. Each is asked only among lists of its own tone.
 */
const FAULTS =
  /缺点|缺陷|不足|劣势|弊端|坏处|局限|drawbacks?|disadvantages?|\bcons\b|downsides?|limitations?|weakness(?:es)?|pitfalls?/i;
const TROUBLES =
  /原因|问题|症状|现象|风险|挑战|难点|causes?|reasons?|problems?|issues?|symptoms?|risks?|challenges?/i;
const REMEDIES =
  /解决|方案|措施|办法|对策|优化|避免|处理方法|应对|fix(?:es)?|solutions?|remed(?:y|ies)|mitigations?|workarounds?|how to (?:fix|avoid|prevent)/i;
function toneOf(list: ListFact): 'fault' | 'trouble' | 'remedy' | 'plain' {
  const label = list.label ?? '';
  if (FAULTS.test(label)) return 'fault';
  // "解决问题的方法": the remedy is what the label names, the trouble only its object.
  if (REMEDIES.test(label)) return 'remedy';
  return TROUBLES.test(label) ? 'trouble' : 'plain';
}

const isLabel = (text: string): boolean => /[:：]\**$/.test(text.trim());

/** The list's lead-in without its colon and bold marks ("**优点：**" → "优点"). */
function labelOf(list: ListFact): string {
  return (list.label ?? '')
    .replace(/\*\*/g, '')
    .replace(/[:：]\s*$/, '')
    .trim();
}
