import type { Candidate } from '../candidate.ts';
import { type GateCheck, isAuthored } from './gate-check.ts';

/**
 * The author's own options are kept as written, but some read right only where the author put them: "all
 * of the above" / "以上都是" before the options it sums up points at nothing, so the question is asked as a
 * flashcard only.
 */

const CATCH_ALL_EN =
  /^\W*(?:all|none|any|both|neither)\s+(?:of\s+)?(?:the\s+)?(?:above|these|those|them|(?:options|answers|choices)\s+above)\b/i;
const CATCH_ALL_ZH =
  /^\W*(?:以上|上述|上面)|^\W*(?:都不(?:是|对|正确)|全部(?:都)?(?:是|对|正确)|都(?:是|对|正确)$)/u;

/** "All of the above", "None of these", "以上所有答案", "以上都不是". */
export function isCatchAll(option: string): boolean {
  const plain = option.replace(/[*_`]/g, '').trim();
  return CATCH_ALL_EN.test(plain) || CATCH_ALL_ZH.test(plain);
}

/** An author's quiz (not a generated either/or) with a catch-all anywhere but last. */
function catchAllNotLast(candidate: Candidate): boolean {
  if (!authorQuiz(candidate)) return false;
  return candidate.question.options.slice(0, -1).some(isCatchAll);
}

/**
 * A stem as a reader compares two: no numbering ("Q12.", "12)"), no case, spacing or punctuation, so a
 * question copied twice into one deck is seen as one.
 */
export function questionKey(stem: string, key: string): string {
  const squeeze = (text: string): string =>
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s\p{P}\p{S}]+/gu, '');
  const unnumbered = stem.replace(/^\s*(?:#+\s*)?(?:q(?:uestion)?\s*)?\d+\s*[.):：、]\s*/i, '');
  return `${squeeze(unnumbered)}\u0000${squeeze(key)}`;
}

/** An option that is only a link, an image or a bare address: there is nothing to choose by. */
const LINK_ONLY = /^\s*(?:!?\[[^\]]*\]\([^)]*\)|<?https?:\/\/\S+>?|<img\b[^>]*>)\s*$/i;

/** A stem that points at a picture ("this image", "如图"). */
const POINTS_AT_IMAGE =
  /\b(?:this|the following|the below|the above) (?:image|picture|diagram|figure|screenshot)\b|如图|下图|上图|图中|这张图/iu;

const holdsImage = (stem: string): boolean => /!\[[^\]]*\]\(|<img\b/i.test(stem);

const authorQuiz = (c: Candidate): boolean => isAuthored(c) && c.card.facts.choice !== null;

export const AUTHOR_OPTION_CHECKS: readonly GateCheck[] = [
  {
    code: 'image-question',
    reads: 'stem',
    fails: (c) => authorQuiz(c) && POINTS_AT_IMAGE.test(c.question.stem) && !holdsImage(c.question.stem),
  },
  {
    code: 'link-option',
    reads: 'options',
    fails: (c) => authorQuiz(c) && c.question.options.some((o) => LINK_ONLY.test(o)),
  },
  { code: 'catch-all-not-last', reads: 'options', fails: catchAllNotLast },
];
