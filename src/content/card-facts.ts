import { definedAbove, isLinkTable, leadInOf, listOf, surveysTheNote, tableOf } from './block-facts.ts';
import { subjectOf } from './card-subject.ts';
import { answerCommandOf, commandsInCode, commandsInInline } from './command-facts.ts';
import { commentedCommandLines, commentedCommandTable } from './commented-commands.ts';
import { dashedListItems, MAX_TERM_CHARS, MAX_TERM_WORDS } from './dashed-split.ts';
import { askable } from './definition-values.ts';
import { joinLines } from './html-text.ts';
import type { InlineInfo, InlineLine } from './inline-text.ts';
import type { Block } from './markdown-blocks.ts';
import { sentencesOf } from './sentence-facts.ts';
import { isExampleLead } from './table-alignment.ts';
import { taskCommandTables } from './task-command-lines.ts';
import type {
  CardFacts,
  ChoiceFact,
  CommandFact,
  DefinitionItem,
  ListFact,
  SentenceFact,
  TableFact,
} from './types.ts';

/** A run of two or more definitions is a group of them; a new run starts either way. */
function flushed(definitions: DefinitionItem[][], run: DefinitionItem[]): DefinitionItem[] {
  if (run.length >= 2) definitions.push(run);
  return [];
}

/**
 * What an answer holds that questions can be built from, read from its blocks: definition items
 * (`term：definition`, `**term**: definition`, `1.Term(English)` then a description), tables, commands,
 * lists and sentences with key terms.
 */
export function readFacts(
  prompt: string,
  blocks: readonly Block[],
  choice: ChoiceFact | null,
  answerText: string | null,
): CardFacts {
  const definitions: DefinitionItem[][] = [];
  const tables: TableFact[] = [];
  const commands: CommandFact[] = [];
  const lists: ListFact[] = [];
  const sentences: SentenceFact[] = [];
  const definitionLists = new Set<Block>();
  const worked = workedLists(blocks);

  // Definitions spread over consecutive paragraphs ("Image：…" / "Layer：…", "1.Docker 镜像(Images)" + text).
  let run: DefinitionItem[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (block.type === 'paragraph') {
      const lines = block.inline.lines;
      const own = definitionItemsOf(block);
      if (lines.length >= 2 && own.length >= 2) {
        run = flushed(definitions, run);
        for (const group of titledGroups(lines, own)) if (group.length >= 2) definitions.push(group);
        continue;
      }
      if (lines.length === 1 && own[0]) {
        run.push(own[0]);
        continue;
      }
      // `**TCP (Transmission Control Protocol)**` alone on its line, the definition on the lines under it.
      const underBold = own.length === 0 && lines.length >= 2 ? boldTermOver(block.inline) : null;
      if (underBold) {
        run.push(underBold);
        continue;
      }
      const numbered = numberedTerm(block.inline);
      const next = blocks[i + 1];
      if (numbered && next?.type === 'paragraph' && !numberedTerm(next.inline)) {
        run.push({
          term: numbered,
          definition: next.inline.text,
          line: block.line,
          source: `${block.inline.text}\n\n${next.inline.text}`,
        });
        i++;
        continue;
      }
    }
    if (block.type === 'list' && block.ordered && block.items.length === 1) {
      const only = block.items[0]?.inlines;
      const next = blocks[i + 1];
      const term = only?.length === 1 ? only[0]?.plain.trim() : undefined;
      if (term && term.length <= 30 && !/[。，,.;；]/.test(term) && next?.type === 'paragraph') {
        run.push({
          term,
          definition: next.inline.text,
          line: block.line,
          source: `${term}\n\n${next.inline.text}`,
        });
        definitionLists.add(block);
        i++;
        continue;
      }
    }
    run = flushed(definitions, run);
    if (block.type === 'deflist') {
      const items = block.items.flatMap((entry): DefinitionItem[] => {
        const definition = joinLines(entry.definitions[0]?.text ?? '').trim();
        const term = entry.term.text.trim();
        if (term === '' || definition.length < 2 || isSingleLetter(term)) return [];
        // A first paragraph that leads in ("The CPU will often need to run more than one program…") with the
        // term defined in a later one ("A **process** is …"): the lead-in is no definition.
        if (
          leadsIn(
            term,
            entry.definitions.map((d) => d.text),
          )
        )
          return [];
        return [{ term, definition, line: entry.line, source: `${term}\n: ${definition}` }];
      });
      if (items.length >= 2) definitions.push(items);
      continue;
    }
    if (block.type === 'list' && !worked.has(block)) {
      const colon = definitionItemsOf(block);
      const found = colon.length === 0 ? (dashedListItems(block) ?? colon) : colon;
      if (found.length >= 2 && found.length * 2 >= block.items.length) {
        // "解决竞争条件：" over `* 硬件：…` / `* 软件：…`: what the terms are, when the heading only numbers a chapter.
        const lead = leadInOf(blocks[i - 1]) ?? definedAbove(blocks[i - 1]);
        definitionLists.add(block);
        if (lead !== null && surveysTheNote(lead)) continue;
        definitions.push(lead ? found.map((d) => ({ ...d, lead })) : found);
      }
    }
  }
  run = flushed(definitions, run);

  let previous: Block | null = null;
  const linkTables: number[] = [];
  tables.push(...taskCommandTables(blocks));
  for (const block of blocks) {
    if (block.type === 'table') {
      const example = previous?.type === 'paragraph' && isExampleLead(previous.inline.plain);
      tables.push(example ? { ...tableOf(block), example } : tableOf(block));
      if (isLinkTable(block)) linkTables.push(block.line);
    }
    if (block.type === 'code') {
      const commented = commentedCommandTable(block);
      if (commented) tables.push(commented);
      else commands.push(...commandsInCode(block));
    }
    if (block.type === 'paragraph') {
      const commented = commentedCommandLines(block.inline.lines);
      if (commented) {
        tables.push(commented);
        previous = block;
        continue;
      }
      commands.push(...commandsInInline(block.inline));
      if (sentences.length < MAX_SENTENCES) sentences.push(...sentencesOf(block.inline));
    }
    if (block.type === 'list') {
      for (const item of block.items)
        for (const inline of item.inlines) {
          commands.push(...commandsInInline(inline));
          if (sentences.length < MAX_SENTENCES) sentences.push(...sentencesOf(inline));
        }
      if (!definitionLists.has(block) && !worked.has(block)) {
        const list = listOf(block, previous);
        if (list) lists.push(list);
      }
    }
    previous = block;
  }
  if (answerText !== null && blocks.length === 0) {
    sentences.push(...sentencesOf({ line: 0, text: answerText, terms: [], lines: [] }));
  }
  return {
    definitions,
    tables,
    commands,
    lists,
    sentences,
    choice,
    answerCommand: answerCommandOf(prompt, blocks, commands),
    subject: subjectOf(prompt, blocks),
    linkTables,
  };
}

/** The first paragraph does not name the term and a later one does. */
function leadsIn(term: string, paragraphs: readonly string[]): boolean {
  const name = term.toLowerCase();
  const names = (text: string): boolean => text.toLowerCase().includes(name);
  return paragraphs.length >= 2 && !names(paragraphs[0] ?? '') && paragraphs.slice(1).some(names);
}

/** Sentences with key terms kept per card: enough for its clozes and enumerations, bounded on long answers. */
const MAX_SENTENCES = 16;

/**
 * A "term" that stops where its sentence goes on: at a linking word (是, 包括…), or at a count waiting for its noun
 * (`1954 年人大一届通过第一部：**《宪法》**`: the first what?).
 */
const NOT_A_TERM_END =
  /(?:是|为|有|如下|包括|例如|比如|即|如|的|第[一二三四五六七八九十\d]+[个部位条种项次名座本篇])$/;

/** The verb joining a bold term to the sentence that defines it: not part of the definition. */
const DEFINING_VERBS = 'is|are|refers to|means|stands for';
const LINKING_VERB = new RegExp(`^(?:${DEFINING_VERBS})\\s+(?=\\S)`, 'i');

/**
 * A term in code and an arrow or a spaced dash before its definition (`` `Alpha` --> *Measures…* ``,
 * `` `git add` - stage changes ``): the separator a colon is elsewhere. An arrow after plain words is a flow
 * ("render -> vnode -> patch"), never read so.
 */
const CODE_TERM = /^(`[^`\n]{1,60}`)\s*(?:-->|->|→|=>|⇒|\s[-—–]\s)\s*(\S.*)$/s;

function splitDefinition(text: string): { term: string; definition: string } | null {
  if (text.charCodeAt(0) === 0x60) {
    const code = CODE_TERM.exec(text);
    if (code) return { term: code[1] ?? '', definition: (code[2] ?? '').trim() };
  }
  const bold = /^\*\*([^*]{1,60})\*\*\s*[:：\-—–]?\s*(.*)$/s.exec(text);
  if (bold) {
    const term = (bold[1] ?? '').replace(/[\s:：\-—–]+$/, '').trim();
    // "**顶点代表事件**，**边表示活动**，…": bold phrases of a sentence, no term over its definition.
    if (isSingleLetter(term) || /^[，,、。；;]/.test(bold[2] ?? '')) return null;
    // "**Race Condition** is a situation …": the definition is what follows the verb, as an option reads.
    // "**XSS**（跨站脚本攻击）是指…": the bracket is the term's other name, no words of its definition.
    const definition = (bold[2] ?? '')
      .replace(/^[（(][^（()）\n]{1,24}[)）]\s*(?:是指|指的是|就是|是|指)?/, '')
      .replace(/^[:：\-—–=]\s*/, '')
      .replace(LINKING_VERB, '')
      .trim();
    if (term !== '' && definition.length >= 2) return { term, definition };
    return null;
  }
  let at = -1;
  let width = 1;
  let inCode = false;
  // By character code: `text[k]` makes a string of each Chinese character it reads.
  for (let k = 0; k < text.length; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 0x60) inCode = !inCode;
    if (inCode) continue;
    if (ch === 0xff1a) {
      at = k;
      break;
    }
    if (ch === 0x3a && (text.charCodeAt(k + 1) === 0x20 || text.charCodeAt(k + 1) === 0x09)) {
      at = k;
      width = 1;
      break;
    }
  }
  if (at <= 0) return null;
  const term = text.slice(0, at).replace(/\*\*/g, '').trim();
  // "A: option" is a lettered option, never a term.
  if (isSingleLetter(term)) return null;
  const definition = text.slice(at + width).trim();
  if (term.length > MAX_TERM_CHARS || definition.length < 2) return null;
  if (/[。，；;]/.test(term) || (term.includes(',') && !term.startsWith('-'))) return null;
  if (NOT_A_TERM_END.test(term) || /^(?:如|例如|比如|注意|提示|note|tip|e\.g)/i.test(term)) return null;
  if (term.split(/\s+/).length > MAX_TERM_WORDS) return null;
  return { term, definition };
}

/** One letter (or a lettered option's label): "A", "(b)". */
const isSingleLetter = (term: string): boolean =>
  term.length <= 5 && /^[(（]?[A-Za-z][)）]?$/.test(term.trim());

/**
 * A worked problem's label (`**【解题】**`, `【解题模板】`, `解：`, `Solution:`) on a paragraph's last line: the lists
 * under it are the steps of one calculation (`**Byte Offset**: 2位 → 10`), their labels no terms to ask about.
 */
const WORKED_LABEL =
  /【\s*解(?:题|答|析)[^】\n]{0,6}】|^[\s*_[(（]*(?:解题(?:过程|思路|步骤)?|解答过程|解|worked\s+solution|solution)[\s*_\])）]*[:：]?[\s*_]*$/i;

/** The lists right after a worked problem's label, and the lists nested in them. */
function workedLists(blocks: readonly Block[]): Set<Block> {
  const worked = new Set<Block>();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (block.type !== 'paragraph' || !WORKED_LABEL.test(block.inline.lines.at(-1)?.plain ?? '')) continue;
    for (let k = i + 1; blocks[k]?.type === 'list'; k++) worked.add(blocks[k] as Block);
  }
  return worked;
}

/**
 * The terms one block defines on its own, item by item or line by line (a list of one `- **OAuth**: …`
 * included): an A–Z glossary's letter holds as few as one.
 */
export function definitionItemsOf(block: Block): DefinitionItem[] {
  if (block.type === 'paragraph') return block.inline.lines.map(definitionOf).filter(isDefinition);
  if (block.type !== 'list') return [];
  const found = block.items.map((item) => (item.inlines[0] ? definitionOfInline(item.inlines[0]) : null));
  const defined = found.filter(isDefinition);
  if (defined.length < 2) return defined;
  // "**Low Na+** Diet and **Fluid Restrictions**" among `**Inotropic Agents**: …` items: where the list
  // marks its definitions, an item without the mark is a phrase with a word in bold, not a term defined.
  const marked = defined.filter((d) => !isBoldPhrase(d));
  return marked.length < defined.length && marked.length >= 2 ? marked : defined;
}

const isDefinition = (d: DefinitionItem | null): d is DefinitionItem => d !== null;
const BOLD_OPENS = /^\*\*[^*]{1,60}\*\*/;

/**
 * A bold run opening a phrase that goes on in capitals or more bold (`**Low Na+** Diet and **Fluid
 * Restrictions**`), with no colon or defining verb anywhere: "**Isolation** keeps transactions apart" defines.
 */
function isBoldPhrase(d: DefinitionItem): boolean {
  const opening = BOLD_OPENS.exec(d.source);
  if (!opening || SEPARATED.test(d.source)) return false;
  const rest = d.source.slice(opening[0].length);
  return !/[:：]/.test(rest) && (/^\s*[A-Z]/.test(rest) || rest.includes('**'));
}
/**
 * A bold term and what sets it off: a colon or dash after it (past its other name in brackets) or inside
 * it, or the verb that defines it.
 */
const SEPARATED = new RegExp(
  String.raw`^\*\*[^*]{1,60}\*\*\s*(?:[（(][^（()）\n]{1,40}[)）]\s*)?(?:[:：\-—–=]|(?:${DEFINING_VERBS})\s|是|指)|^\*\*[^*]{0,59}[:：]\s*\*\*`,
  'i',
);

function definitionOf(line: InlineLine): DefinitionItem | null {
  const split = splitDefinition(line.text);
  return askable(split, line.line, line.text);
}

function definitionOfInline(inline: InlineInfo): DefinitionItem | null {
  const text = withoutTrailingLabel(inline.text);
  const split = splitDefinition(text.replace(/\n/g, ' '));
  // The colon on a later line (`**固定窗口**限流算法` over a picture, then `缺点：会遇到临界问题`): a label of
  // what the item says about its name, not a term over its definition.
  const firstLine = text.split('\n')[0] ?? '';
  if (split && !firstLine.replace(/\*\*/g, '').includes(split.term)) return null;
  return askable(split, inline.line, inline.text);
}

/**
 * An item's text without a label run into its last line (`…资源消耗较少` then `按锁级别分类：`, typed with no blank
 * line before the list it opens): the label is the next list's, no words of this definition.
 */
function withoutTrailingLabel(text: string): string {
  const cut = text.lastIndexOf('\n');
  if (cut < 0) return text;
  const last = text.slice(cut + 1).trim();
  return last.length <= 30 && /[:：]$/.test(last) ? text.slice(0, cut) : text;
}

/**
 * A paragraph's definitions in the groups its author set apart: a line left blank (`<br>` alone), then a line
 * that defines nothing ("什么时候生成ReadView？", "ReadView") titles the next group. The Undo log's kinds
 * above it and the isolation levels under it are no siblings of each other.
 */
function titledGroups(lines: readonly InlineLine[], own: readonly DefinitionItem[]): DefinitionItem[][] {
  const starts: number[] = [];
  lines.forEach((l, k) => {
    const before = lines[k - 1];
    if (before && before.text.trim() === '' && l.text.trim() !== '' && definitionOf(l) === null)
      starts.push(l.line);
  });
  if (starts.length === 0) return [[...own]];
  const groups: DefinitionItem[][] = [[]];
  let next = 0;
  for (const d of own) {
    while (next < starts.length && (starts[next] as number) <= d.line) {
      groups.push([]);
      next++;
    }
    groups[groups.length - 1]?.push(d);
  }
  return groups;
}

/** A term wholly in bold on a line of its own, short and no sentence. */
const BOLD_TERM_LINE = /^(?:\*\*[^*]{1,60}\*\*|__[^_]{1,60}__)\s*$/;

/** A paragraph opening with a bold term alone on its line: the lines under it define it. */
function boldTermOver(inline: InlineInfo): DefinitionItem | null {
  const [first, ...rest] = inline.lines;
  if (!first || !BOLD_TERM_LINE.test(first.text.trim()) || /[。，；;.!?]\s*\**\s*$/.test(first.text.trim()))
    return null;
  const text = [first.text.trim().replace(/^__|__$/g, '**'), ...rest.map((l) => l.text.trim())].join(' ');
  const split = splitDefinition(text);
  return askable(split, first.line, inline.text);
}

/** "1.Docker 镜像(Images)": a short numbered line with no sentence punctuation. */
function numberedTerm(inline: InlineInfo): string | null {
  if (inline.lines.length !== 1) return null;
  const m = /^\d{1,2}\s*[.、．]\s*(\S.*)$/.exec(inline.plain.trim());
  const term = m?.[1]?.trim();
  if (!term || term.length > 40 || /[。，,；;：:]/.test(term)) return null;
  return term;
}
