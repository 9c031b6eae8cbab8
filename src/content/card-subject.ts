import { isTrimmed } from './inline-text.ts';
import type { Block } from './markdown-blocks.ts';
import { splitSentences } from './sentence-facts.ts';
import { normaliseKey } from './text-normalise.ts';
import type { DefinitionItem } from './types.ts';

const WHAT_IS_ZH = /^什么是\s*(.+?)\s*[？?]?$/u;
const WHAT_IS_EN = /^what (?:is|are) (?:an? |the )?(.+?)\s*\??$/i;
const NOT_A_SUBJECT =
  /^(?:difference|differences|purpose|use|uses|benefit|benefits|advantage|advantages|way|ways|reason|major|main|impact|role|best|recommended|output|result)\b|\bbetween\b/i;

/**
 * The term a card is about, with the sentence that defines it: "什么是X？", "What is X?", or a topic
 * titled X whose first sentence names X. Sibling subjects make a definition family.
 */
export function subjectOf(prompt: string, blocks: readonly Block[]): DefinitionItem | null {
  const title = prompt.replace(/\*\*|`/g, '').trim();
  const asked = WHAT_IS_ZH.exec(title)?.[1] ?? WHAT_IS_EN.exec(title)?.[1] ?? null;
  const term = asked ?? (looksLikeTerm(title) ? title : null);
  if (!term || term.length > 40 || NOT_A_SUBJECT.test(term)) return null;
  const first = blocks.find((b) => b.type === 'paragraph' || b.type === 'list');
  const inline =
    first?.type === 'paragraph'
      ? first.inline
      : first?.type === 'list'
        ? first.items[0]?.inlines[0]
        : undefined;
  if (!inline) return null;
  const sentence = splitSentences(inline.lines[0]?.text ?? '')[0]?.trim() ?? '';
  if (sentence.length < 10) return null;
  // An asked term with nothing to take off is the term as asked: no need to look for it in the sentence.
  const plain = asked !== null && first?.type !== 'list' && !mayNameOtherwise(term);
  const named = plain ? term : namedForm(term, sentence);
  // A list's first item is a definition only when it names the subject ("- Redis is …"), not a point
  // of the answer ("- ACID compliance" under "What are some key features of PostgreSQL?").
  if (!named && (!asked || (first?.type === 'list' && !definesAlone(title, first, sentence)))) return null;
  const subject = named ?? term;
  return {
    term: subject,
    definition: withoutArticle(sentence, subject),
    line: inline.line,
    source: inline.text,
  };
}

/**
 * "What is a Docker image?" over a list of one item, a noun phrase ("- A read-only template used to create
 * containers."): the item is the definition, written as a bullet. Several items, or one that does not open
 * as a noun phrase, are points of an answer ("- ACID compliance").
 */
function definesAlone(title: string, list: Extract<Block, { type: 'list' }>, sentence: string): boolean {
  return /^what is\b/i.test(title) && list.items.length === 1 && /^(?:an?|the)\s+\S+\s+\S+/i.test(sentence);
}

/**
 * "A **schema** is a namespace…" → "schema is a namespace…": the article belongs to the sentence's grammar
 * and the bold only marks the term being defined; without them the sentence opens with its subject, as
 * "Redis 是一个…" does.
 */
function withoutArticle(sentence: string, term: string): string {
  const m = /^(?:a|an|the)\s+(?:(\*\*|__)([^*_]+)\1|)/i.exec(sentence);
  if (!m) return sentence;
  const rest = m[2] !== undefined ? `${m[2]}${sentence.slice(m[0].length)}` : sentence.slice(m[0].length);
  return rest.toLowerCase().startsWith(term.toLowerCase()) ? rest : sentence;
}

/** "schema in PostgreSQL" → "schema": the system a question asks within is context, not the term. */
const CONTEXT_QUALIFIER =
  /^(.+?)\s+(?:in|of|for|on|with|within)\s+(?:the\s+)?[A-Z][\w.+#-]*(?:\s+[A-Z][\w.+#-]*)*$/;
/** "Redis 中的 AOF" → "AOF". */
const ZH_CONTEXT_QUALIFIER = /^.+?\s*(?:中|里|内)的\s*(.+)$/u;
/** "CTEs (Common Table Expressions)" → "CTEs": a gloss in brackets after the term. */
const BRACKET_GLOSS = /^(.+?)\s*[（(][^()（）]+[)）]$/;

/** A qualifier, a gloss in brackets or a plural: the sentence may name the term in a shorter form. */
const mayNameOtherwise = (term: string): boolean =>
  /[A-Za-z]s$/.test(term) ||
  CONTEXT_QUALIFIER.test(term) ||
  ZH_CONTEXT_QUALIFIER.test(term) ||
  BRACKET_GLOSS.test(term);

/**
 * The asked term as its defining sentence names it: the asked words, or the words without the system they
 * are asked within or their gloss in brackets, also in the singular ("triggers" → "A **trigger** is…").
 * Null when the sentence names none of them.
 */
function namedForm(term: string, sentence: string): string | null {
  const text = normaliseKey(sentence);
  const bare = term
    .replace(CONTEXT_QUALIFIER, '$1')
    .replace(ZH_CONTEXT_QUALIFIER, '$1')
    .replace(BRACKET_GLOSS, '$1')
    .trim();
  for (const candidate of [term, bare]) {
    const key = normaliseKey(candidate);
    if (key === '') continue;
    if (text.includes(key)) return candidate;
    const singular = candidate.replace(/(?<=[A-Za-z])s$/, '');
    if (singular !== candidate && text.includes(normaliseKey(singular))) return singular;
  }
  return null;
}

/** A topic title that names a thing ("Cgroup", "UnionFS") rather than a task ("下载镜像"). */
function looksLikeTerm(title: string): boolean {
  if (title.length > 30) return false;
  // Counted by character code: Latin letters against the characters that are not whitespace.
  let latin = 0;
  let shown = 0;
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    if (!isTrimmed(c)) shown++;
  }
  return latin * 2 >= shown;
}
