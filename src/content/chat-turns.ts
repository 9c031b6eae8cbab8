import { fenceTracker } from './code-fences.ts';
import { joinedLines, linesOf } from './text-lines.ts';

/**
 * A conversation with an AI assistant saved as a note (ChatGPT and Claude exporters, "Save to Obsidian"):
 * each turn under its speaker's name, as a heading or a bold label. Flashcard apps export a card's two
 * sides the same way, under `### Front` and `### Back`.
 *
 *     ## User:                         **You:** 如何确保容器自动重启？
 *     如何确保容器自动重启？
 *                                      **ChatGPT:** 使用 `--restart` 策略…
 *     ## ChatGPT:
 *     使用 `--restart` 策略…
 *
 * A reader sees a question and its answer, not two topics called "User" and "ChatGPT": the speakers'
 * names become the `Q:` and `A:` labels the Q&A reader pairs (every line keeps its number). Only in a note
 * where both speakers talk, the person first: "User" alone is a heading like the rest.
 */

const PERSON = `(?:user|you|me|human|prompt|front|我|用户|提问|问|正面)`;
const ASSISTANT = `(?:back|背面|chatgpt|gpt-?[0-9][0-9a-z.-]*|assistant|ai|claude|gemini|bard|copilot|bing|deepseek|kimi|llm|bot|助手|回答|通义千问|文心一言|豆包)`;
/** A heading that is only a speaker's name (`## User:`, `### ChatGPT`). */
const HEADING_TURN = new RegExp(
  String.raw`^ {0,3}#{1,6}[ \t]+(?:\*\*)?(${PERSON}|${ASSISTANT})(?:\*\*)?[ \t]*[:：]?[ \t]*(?:\*\*)?[ \t]*#*[ \t]*$`,
  'i',
);
/** A line opening with a speaker's name in bold (`**User:** …`, `**ChatGPT**: …`). */
const LABEL_TURN = new RegExp(
  String.raw`^ {0,3}\*\*(${PERSON}|${ASSISTANT})[ \t]*(?:[:：][ \t]*\*\*|\*\*[ \t]*[:：])[ \t]*`,
  'i',
);
const IS_PERSON = new RegExp(`^${PERSON}$`, 'i');
/**
 * A card's sides as headings: `### Question` over the question and `### Answer` over the answer, or a
 * deck's `#### :Q What is a JVM?` and `#### :A`. The question's words may stand in its heading when they ask.
 */
const SIDE_HEADING =
  /^ {0,3}#{1,6}[ \t]+(?:\*\*)?(question|问题|:q|answer|答案|:a)(?:\*\*)?[ \t]*[:：]?[ \t]*(\S[^\n]*[?？])?[ \t]*$/i;
const IS_QUESTION_SIDE = /^(?:question|问题|:q)$/i;
/** An answering speaker's name (or a card's back) where a turn can open: a heading or a bold label. */
const ANSWER_TURN = new RegExp(
  String.raw`^ {0,3}(?:#{1,6}[ \t]+(?:\*\*)?(?:answer|答案|:a)\b|(?:#{1,6}[ \t]+|\*\*)(?:\*\*)?${ASSISTANT}\b)`,
  'i',
);

/**
 * Cheap first: only a line opening with `#` or `**` (after up to three spaces) can be a turn. A bullet's
 * `* ` is neither, and spared the pattern.
 */
function mayOpenAnswer(line: string): boolean {
  let at = 0;
  while (at < 3 && line.charCodeAt(at) === 0x20) at++;
  const c = line.charCodeAt(at);
  return (c === 0x23 || (c === 0x2a && line.charCodeAt(at + 1) === 0x2a)) && ANSWER_TURN.test(line);
}

interface Turn {
  readonly line: number;
  readonly person: boolean;
  /** The words after a bold label on its line ("" for a heading). */
  readonly rest: string;
}

export function withChatTurnsLabelled(text: string): string {
  const lines = linesOf(text);
  if (!lines.some(mayOpenAnswer)) return text;
  const turns: Turn[] = [];
  const inCode = fenceTracker();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (inCode(line)) continue;
    const heading = HEADING_TURN.exec(line);
    const side = heading ? null : SIDE_HEADING.exec(line);
    if (side) {
      const asks = IS_QUESTION_SIDE.test(side[1] as string);
      // An answer's heading with words after it is a heading of the answer ("### Answer: why it fails?").
      if (asks || side[2] === undefined) turns.push({ line: i, person: asks, rest: side[2] ?? '' });
      continue;
    }
    const label = heading ? null : LABEL_TURN.exec(line);
    const name = heading?.[1] ?? label?.[1];
    if (name === undefined) continue;
    turns.push({ line: i, person: IS_PERSON.test(name), rest: label ? line.slice(label[0].length) : '' });
  }
  // A person's turn answered by the assistant's right after it, at least once.
  const answered = turns.some((t, k) => t.person && turns[k + 1]?.person === false);
  if (!answered || turns[0]?.person !== true) return text;
  const out = [...lines];
  for (const t of turns) out[t.line] = `${t.person ? 'Q:' : 'A:'}${t.rest === '' ? '' : ` ${t.rest}`}`;
  return joinedLines(out);
}
