import { normaliseKey } from './text-normalise.ts';

/**
 * What each column of a headed glossary table holds, read from its header. A glossary of abbreviations
 * often gives a term several names beside what it means (`| 英文简称 | 英文全称 | 中文全称 | 定义/功能 | 年份 |`,
 * `| Abbr | Full name | Meaning |`): the term, other names of it (its expansion, its translation), one
 * description, and columns that are no facts about the term (the years an exam asked it, a page, a link).
 * Any header of another kind (`Command`, `TCP` beside `UDP`, `Example`) and the table is no glossary.
 */
export type ColumnRole = 'term' | 'name' | 'meaning' | 'aside';

/** Headers of a term column, compared as normalised keys. */
export const TERM_HEADERS: ReadonlySet<string> = new Set([
  'term',
  'terms',
  'acronym',
  'acronyms',
  'abbreviation',
  'abbreviations',
  'abbr',
  'shortform',
  'glossary',
  'jargon',
  '术语',
  '名词',
  '缩写',
  '缩写词',
  '缩略语',
  '缩略词',
  '简称',
  '简写',
  '英文缩写',
  '英文简称',
  // A vocabulary list's word column.
  'vocabulary',
  'word',
  'words',
  '词汇',
  '单词',
  '词语',
]);

/**
 * Headers of a column of named things that make a glossary only beside a meaning column (`| Topic | Key
 * Point |`, `| Component | Description |`): beside anything else (`| Service | Port |`) they are records.
 */
const THING_HEADERS: ReadonlySet<string> = new Set([
  'topic',
  'topics',
  'concept',
  'concepts',
  'keyconcept',
  'keyconcepts',
  'keyterm',
  'keyterms',
  'component',
  'components',
  'service',
  'services',
  '组件',
  '服务',
]);

/** A term column's header, or a named thing's beside a meaning's (two worded columns). */
export function headsTwoColumnGlossary(termHeader: string, meaningHeader: string): boolean {
  const term = normaliseKey(termHeader);
  return TERM_HEADERS.has(term) || (THING_HEADERS.has(term) && roleOf(meaningHeader) === 'meaning');
}

/** Another name of the term: its expansion, its translation. */
const NAME_HEADERS: ReadonlySet<string> = new Set([
  'name',
  'fullname',
  'fullform',
  'longform',
  'expansion',
  'expandedform',
  'standsfor',
  'english',
  'englishname',
  'chinese',
  'chinesename',
  'translation',
  '名称',
  '全称',
  '全名',
  '英文',
  '英语',
  '汉语',
  '日语',
  '英文全称',
  '英文全名',
  '英文名',
  '英文名称',
  '中文',
  '中文全称',
  '中文全名',
  '中文名',
  '中文名称',
  '中文翻译',
  '译名',
  '翻译',
]);

/** What the term means or does. */
const MEANING_HEADERS: ReadonlySet<string> = new Set([
  'meaning',
  'definition',
  'description',
  'explanation',
  'purpose',
  'function',
  'whatitis',
  'whatitdoes',
  'keypoint',
  'keypoints',
  '含义',
  '意思',
  '释义',
  '定义',
  '解释',
  '说明',
  '描述',
  '功能',
  '作用',
  '用途',
  '简介',
  '概念',
  '中文释义',
  '英文释义',
]);

/**
 * Columns about the note's use of the term, not the term: when an exam asked it, how often, where to read
 * more. A column that could hold a fact (a port, a frequency band, an example) is none of these.
 */
const ASIDE_HEADERS: ReadonlySet<string> = new Set([
  'year',
  'years',
  'page',
  'pages',
  'source',
  'sources',
  'link',
  'links',
  'reference',
  'references',
  'remark',
  'remarks',
  'comment',
  'comments',
  '年份',
  '出现年份',
  '考试年份',
  '真题年份',
  '考频',
  '频次',
  '出现次数',
  '考查次数',
  '页码',
  '来源',
  '出处',
  '链接',
  '参考',
  '参考资料',
  '备注',
  '注释',
  '特征',
  '特点',
  'features',
  // A vocabulary list's word read aloud, its part of speech, a sentence using it: they spell the word.
  '音标',
  '发音',
  '读音',
  '词性',
  '例句',
  '英文例句',
  '中文例句',
  'pronunciation',
  'phonetic',
  'phonetics',
  'ipa',
  'partofspeech',
  'pos',
  'examplesentence',
  'examplesentences',
]);

/**
 * The role one header names, or null. A header of several words of one kind ("定义/功能", "Meaning &
 * purpose") names that kind; one mixing kinds ("Name/Description") names none.
 */
export function roleOf(header: string): ColumnRole | null {
  const parts = header
    .split(/[/|、,，&＆]|\band\b/i)
    .map((p) => normaliseKey(p))
    .filter((p) => p !== '');
  if (parts.length === 0) return null;
  const roles = new Set(parts.map(partRole));
  if (roles.size !== 1) return null;
  return [...roles][0] ?? null;
}

function partRole(key: string): ColumnRole | null {
  if (TERM_HEADERS.has(key)) return 'term';
  if (NAME_HEADERS.has(key)) return 'name';
  if (MEANING_HEADERS.has(key)) return 'meaning';
  if (ASIDE_HEADERS.has(key)) return 'aside';
  return null;
}

/** Where the parts of a glossary of several columns stand. */
export interface GlossaryColumns {
  readonly term: number;
  /** Other names of the term, in table order. */
  readonly names: readonly number[];
  readonly meaning: number | null;
}

/**
 * The parts of a table of three or more worded columns, given their headers: a term column first, then
 * only names, one meaning at most, and asides; at least one name or meaning. Null for any other table.
 */
export function glossaryColumns(
  headers: readonly string[],
  worded: readonly number[],
): GlossaryColumns | null {
  const [termAt, ...rest] = worded;
  // The first column may name the term by its language (`| 英语 | 汉语 | 说明 |`): the name written first is
  // the term, where a meaning column says what it is.
  const first = termAt === undefined ? null : roleOf(headers[termAt] ?? '');
  if (termAt === undefined || (first !== 'term' && first !== 'name')) return null;
  if (first === 'name' && !rest.some((j) => roleOf(headers[j] ?? '') === 'meaning')) return null;
  const names: number[] = [];
  let meaning: number | null = null;
  for (const j of rest) {
    const role = roleOf(headers[j] ?? '');
    if (role === 'name') names.push(j);
    else if (role === 'meaning' && meaning === null) meaning = j;
    else if (role !== 'aside') return null;
  }
  if (names.length === 0 && meaning === null) return null;
  return { term: termAt, names, meaning };
}
