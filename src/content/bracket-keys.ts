/**
 * Keys written in the question's blank (`【 D 】`, `（B）`), and the blanks authors type, shown as the chat's.
 */

/**
 * The key written in the question's own blank, as exam notes do: `下面关于Linux的描述错误的是【 D 】`,
 * `可按【 B 】键来实现`, `权限值为（B）`, `(C)`, `［A］`; several letters (`【ABD】`, `（A、C）`) are a
 * multi-select. Only a bracket holding nothing but capitals counts, never at the start of the line (`(A) …`
 * labels an option) nor typed half-width right after a name (`f(A)`, `arr[B]`); two such brackets name no
 * key. Whether it is a key at all depends on lettered options under the question (stated-key.ts):
 * `使用 (A) 类地址` is a name.
 */
export interface BracketKey {
  readonly letters: string[];
  /** Where the bracket starts in the text, and where it ends (after its closing mark). */
  readonly start: number;
  readonly end: number;
}

// Bounded inside, so a long run of spaces after an opening bracket costs no backtracking.
const BRACKETED = /[【［[（(]([^【】［］[\]（）()\n]{1,16})[】］\]）)]/g;
const KEY_INSIDE = /^[ \t\u3000]*[A-H](?:[ \t\u3000]*[、,，]?[ \t\u3000]*[A-H]){0,7}[ \t\u3000]*$/;
const PAIRS: Record<string, string> = { '【': '】', '［': '］]', '[': '］]', '（': '）)', '(': '）)' };
/**
 * An empty bracket is the question's blank: a letter in another bracket is then a name (`(CA)`), no key.
 * `main()` is a call, not a blank.
 */
const EMPTY_BRACKET = /(?:[【［（]|(?<![\w.])[[(])[ \t\u3000]*[】］\]）)]/;

export function bracketKey(text: string): BracketKey | null {
  const underlined = underlinedKey(text);
  if (underlined) return underlined;
  if (!/[【［[（(]/.test(text)) return null;
  // A bracket inside inline code is code (`arr[A]`); a key typed as code inside the bracket is a key
  // (`(\`D\`)`): its backticks become spaces, so every position still holds.
  const masked = text.replace(KEY_AS_CODE, ' $1 ').replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
  if (EMPTY_BRACKET.test(masked)) return null;
  const firstChar = masked.search(/\S/);
  let found: BracketKey | null = null;
  for (const m of masked.matchAll(BRACKETED)) {
    const [all, inside = ''] = m;
    const open = all[0] ?? '';
    if (!PAIRS[open]?.includes(all[all.length - 1] ?? '') || !KEY_INSIDE.test(inside)) continue;
    // Typed with full-width brackets, the blank may follow a name (`非空子目录/tmp（B）`).
    const afterName = (open === '(' || open === '[') && /[\w.]/.test(masked[m.index - 1] ?? '');
    if (m.index === firstChar || afterName) continue;
    if (found) return null;
    const letters = inside.match(/[A-H]/g) ?? [];
    // Authors list a multi-select key in order (`ABD`): `(CA)` and `(DB)` are names.
    if (letters.some((l, k) => k > 0 && l <= (letters[k - 1] ?? ''))) return null;
    found = { letters, start: m.index, end: m.index + all.length };
  }
  return found;
}

/**
 * The key written into the blank's underscores (`负责对字节代码解释执行的是 _____   B _____。`), as a filled-in
 * answer sheet has it: one such blank in the question, the letters alone between runs of three or more.
 */
function underlinedKey(text: string): BracketKey | null {
  if (!text.includes('___')) return null;
  const all = [...text.matchAll(UNDERLINED)];
  const m = all[0];
  if (all.length !== 1 || !m) return null;
  const letters = (m[1] ?? '').match(/[A-H]/g) ?? [];
  if (letters.some((l, k) => k > 0 && l <= (letters[k - 1] ?? ''))) return null;
  return { letters, start: m.index, end: m.index + m[0].length };
}

const UNDERLINED = /_{3,40}[ \t\u3000]{0,8}([A-H](?:[、,，]?[A-H]){0,3})[ \t\u3000]{0,8}_{3}/g;

const KEY_AS_CODE =
  /(?<=[【［[（(][ \t\u3000]{0,8})`([A-H](?:[、,，]?[A-H]){0,7})`(?=[ \t\u3000]{0,8}[】］\]）)])/g;

/**
 * The key written after the question, set apart by a run of spaces (`**2、逻辑文件…应组织成**        B`), as
 * exam notes typed from paper do: the letters and the spaces before them.
 */
export function trailingKey(text: string): BracketKey | null {
  const m = /(?:[ \t]{2,}|\u3000+)([A-H](?:[、,，]?[A-H]){0,7})[ \t]*$/.exec(text);
  if (!m || m.index === 0) return null;
  const letters = (m[1] as string).match(/[A-H]/g) ?? [];
  if (letters.some((l, k) => k > 0 && l <= (letters[k - 1] ?? ''))) return null;
  return { letters, start: m.index, end: text.length };
}

/** The question with its key bracket left as the blank it stands for (`【 D 】` → `【  】`). */
export function blankedBracket(text: string, key: BracketKey): string {
  if (text[key.start] === '_') return `${text.slice(0, key.start)}_____${text.slice(key.end)}`;
  const open = text[key.start] ?? '';
  const close = text[key.end - 1] ?? '';
  return `${text.slice(0, key.start)}${open}  ${close}${text.slice(key.end)}`;
}

/**
 * A blank the author typed into a question: underscores, escaped or not, perhaps in bold (`**\_**`,
 * `\_\_\_\_`, `__ __` aside), or in bold with stars around it that were escaped (`\***\*\_\*\***`,
 * `**\*\***\_**\*\***`, as a course platform's export writes its blank): standing alone between words,
 * never inside one (`snake_case`) or in code.
 */
// Chinese has no spaces between words: a Han character beside the blank still leaves it standing alone.
const TYPED_BLANK =
  /(?<!(?!\p{Script=Han})[\p{L}\p{N}\\_])\*{0,6}(?:\\?_)+\*{0,6}(?!(?!\p{Script=Han})[\p{L}\p{N}])/gu;
const HAN_CHAR = /\p{Script=Han}/u;

/** Whether the text holds a blank the author typed (one underscore in bold counts: `**\_**`). */
export function hasTypedBlank(text: string): boolean {
  TYPED_BLANK.lastIndex = 0;
  const found = TYPED_BLANK.test(text);
  TYPED_BLANK.lastIndex = 0;
  return found;
}

/** The question's typed blanks as the one blank the chat shows (＿＿＿ in Chinese, _____ otherwise). */
export function typedBlanksShown(stem: string): string {
  if (!stem.includes('_')) return stem;
  const blank = HAN_CHAR.test(stem) ? '＿＿＿' : '_____';
  let fenced = false;
  return stem
    .split('\n')
    .map((line) => {
      if (/^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
      if (fenced || /^\s*(?:```|~~~)/.test(line) || !line.includes('_')) return line;
      // Outside inline code: `a_b` and `__init__` are names.
      return line
        .split(/(`[^`]*`)/)
        .map((part, k) => (k % 2 === 1 ? part : part.replace(TYPED_BLANK, blank)))
        .join('');
    })
    .join('\n');
}
