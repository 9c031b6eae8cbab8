import { letteredOption } from './choice-syntax.ts';
import { saysTrue, verdictWords } from './judgements.ts';
import { isNumberingOnly } from './question-numbering.ts';

/**
 * A true-or-false question pasted in a code block, as exam banks export their 判断题: a number line perhaps,
 * the statement, and the key as a field with a judgement for its value.
 *
 *     ```java
 *     题库中第6题:
 *     Java源文件中只能有一个类。
 *     {correctAnswer='错误'}
 *     ```
 *
 * It is written out as the choice it is, in the block's own lines (fences included, so line numbers stay):
 * the statement, `A. 正确`, `B. 错误`, and the key, `答案：B`, read as other lettered questions are.
 */

const JUDGEMENT_FIELD =
  /^\{?\s*["']?(?:correct_?answer|answer|答案)["']?\s*[:=]\s*["']?(正确|错误|对|错|√|×|✓|✗|true|false|t|f)["']?\s*\}?[,;]?$/i;

const MAX_STEM_LINES = 3;

/** The lines the block becomes (as many as it has, fences included), or null when it is no such question. */
export function judgementLines(lines: readonly string[], open: number, close: number): string[] | null {
  const stem: string[] = [];
  let truth: boolean | null = null;
  let han = false;
  for (let k = open + 1; k < close; k++) {
    const line = (lines[k] as string).trim();
    if (line === '') continue;
    if (truth !== null) return null;
    const key = JUDGEMENT_FIELD.exec(line);
    if (key) {
      const word = (key[1] as string).toLowerCase();
      truth = saysTrue(word);
      han ||= /[正错对]/.test(word);
      continue;
    }
    if (stem.length === 0 && isNumberingOnly(line)) continue;
    if (letteredOption(line) || stem.length >= MAX_STEM_LINES) return null;
    stem.push(line);
    han ||= /\p{Script=Han}/u.test(line);
  }
  if (truth === null || stem.length === 0) return null;
  const [yes, no] = verdictWords(han);
  const label = han ? '答案：' : 'Answer: ';
  const written = [...stem, `A. ${yes}`, `B. ${no}`, `${label}${truth ? 'A' : 'B'}`];
  const size = close - open + 1;
  if (written.length > size) return null;
  return [...written, ...Array<string>(size - written.length).fill('')];
}
