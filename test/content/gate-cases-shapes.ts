import type { DropReason } from '../../src/content/quality-gate.ts';
import type { TableFact } from '../../src/content/types.ts';
import { NO_FACTS, type Spec } from './gate-fixtures.ts';

/**
 * The shapes a generated kind is kept in (gate-checks/shapes.ts): a dropped candidate and a near miss,
 * from small hand-made notes in English and Chinese.
 */

const rowsOf = (names: readonly string[], width: number): TableFact['rows'] =>
  names.map((n, k) => ({ line: 4 + k, cells: [n, ...Array.from({ length: width - 1 }, () => 'cell')] }));

/** Aspects down the first column, the things compared across the top. */
const COMPARISON: TableFact = {
  line: 3,
  header: ['Aspect', 'Tabs', 'Spaces'],
  rows: rowsOf(['Width', 'Typing', 'Alignment'], 3),
};
/** Names down the first column, their attributes across the top. */
const ATTRIBUTES: TableFact = {
  line: 3,
  header: ['Type', 'Bits', 'Range'],
  rows: [
    { line: 4, cells: ['byte', '8', '-128 to 127'] },
    { line: 5, cells: ['short', '16', '-32768 to 32767'] },
    { line: 6, cells: ['int', '32', '-2^31 to 2^31-1'] },
  ],
};
/** The things compared are named by the card's question, whatever the first header says. */
const NAMED_IN_PROMPT: TableFact = {
  line: 3,
  header: ['指标', '进程', '线程'],
  rows: rowsOf(['资源', '切换开销', '通信'], 3),
};

export const SHAPE_CASES: readonly (readonly [DropReason, Spec, Spec])[] = [
  [
    'masked-description',
    // The term masked out of its own description: a sentence with a hole the player reads as a puzzle.
    {
      origin: 'definition-reverse',
      stem: 'Keeps a _____ of the last commands typed in the shell.',
      options: ['history', 'alias', 'export'],
    },
    {
      origin: 'definition-reverse',
      stem: 'Keeps a list of the last commands typed in the shell.',
      options: ['history', 'alias', 'export'],
    },
  ],
  [
    'masked-description',
    {
      origin: 'table-row',
      stem: '把＿＿＿的变更写入磁盘',
      frame: { kind: 'which-row', header: '命令' },
      options: ['sync', 'mount', 'df'],
      lang: 'zh',
    },
    {
      origin: 'table-row',
      stem: '把内存中的变更写入磁盘',
      frame: { kind: 'which-row', header: '命令' },
      options: ['sync', 'mount', 'df'],
      lang: 'zh',
    },
  ],
  [
    'blank-in-option',
    // Every option masked alike shows no tell, but each still reads with a hole in it.
    {
      origin: 'definition-forward',
      stem: '`fork()`',
      options: ['creates a new _____', 'waits for a child _____', 'replaces the _____ image'],
    },
    {
      origin: 'definition-forward',
      stem: '`fork()`',
      options: ['creates a copy of the caller', 'waits for a child to end', 'replaces the program image'],
    },
  ],
  [
    'comparison-table',
    {
      origin: 'table-row',
      stem: 'Tabs: one character; Spaces: one per column',
      frame: { kind: 'which-row', header: 'Aspect' },
      options: ['Width', 'Typing', 'Alignment'],
      table: COMPARISON,
    },
    {
      origin: 'table-row',
      stem: 'Bits: 16; Range: -32768 to 32767',
      frame: { kind: 'which-row', header: 'Type' },
      options: ['short', 'byte', 'int'],
      table: ATTRIBUTES,
    },
  ],
  [
    'comparison-table',
    {
      origin: 'table-row',
      stem: '进程：较大；线程：较小',
      frame: { kind: 'which-row', header: '指标' },
      options: ['切换开销', '资源', '通信'],
      lang: 'zh',
      table: NAMED_IN_PROMPT,
      card: { prompt: '进程和线程有什么区别？' },
    },
    {
      origin: 'table-row',
      stem: '进程：较大；线程：较小',
      frame: { kind: 'which-row', header: '指标' },
      options: ['切换开销', '资源', '通信'],
      lang: 'zh',
      table: NAMED_IN_PROMPT,
      card: { prompt: '操作系统的调度单位' },
    },
  ],
  [
    'aspect-labels',
    // The bold labels of a comparison are the points compared, not terms to define.
    {
      origin: 'definition-reverse',
      stem: '一个只占 2 个字节，另一个占若干个字节。',
      options: ['占内存大小', '形式', '含义'],
      lang: 'zh',
      card: { prompt: '字符和字符串的区别？' },
    },
    {
      origin: 'definition-reverse',
      stem: '可被工具提取成 API 说明页面。',
      options: ['文档注释', '单行注释', '多行注释'],
      lang: 'zh',
      card: { prompt: '注释有哪几种？' },
    },
  ],
  [
    'aspect-labels',
    // Benefits listed under "what does X improve": labels whose descriptions overlap.
    {
      origin: 'definition-reverse',
      stem: 'Pages appear piece by piece instead of all at once.',
      options: ['Smoother loading', 'Fewer round trips', 'Safer defaults'],
      card: { prompt: 'How does HTTP/2 improve page loads?' },
    },
    {
      origin: 'definition-reverse',
      stem: 'Sends several requests over one connection at once.',
      options: ['Multiplexing', 'Prioritization', 'Compression'],
      card: { prompt: 'What are the main features of HTTP/2?' },
    },
  ],
  [
    'not-a-term',
    // Versions: what holds at one often holds at the next.
    {
      origin: 'definition-reverse',
      stem: 'The old syntax is removed.',
      options: ['v3', 'v2', 'v4'],
      card: {
        facts: {
          ...NO_FACTS,
          definitions: [
            ['v2', 'v3', 'v4'].map((term, k) => ({ term, definition: 'text', line: 4 + k, source: term })),
          ],
        },
      },
    },
    {
      origin: 'definition-reverse',
      stem: 'The old syntax is removed.',
      options: ['Cleanup', 'Migration', 'Deprecation'],
      card: {
        facts: {
          ...NO_FACTS,
          definitions: [
            ['Cleanup', 'Migration', 'Deprecation'].map((term, k) => ({
              term,
              definition: 'text',
              line: 4 + k,
              source: term,
            })),
          ],
        },
      },
    },
  ],
  [
    'not-a-term',
    // "What is X?" about a plain phrase has several defensible answers; about a name it has one.
    {
      origin: 'definition-forward',
      stem: 'Makes compact syntax',
      options: ['Collects any number of arguments', 'Copies every own property', 'Binds a name to a value'],
    },
    {
      origin: 'definition-forward',
      stem: 'Rest Parameters',
      options: ['Collects any number of arguments', 'Copies every own property', 'Binds a name to a value'],
    },
  ],
  [
    'aspect-labels',
    // Lists of benefits: an item could sit in either list.
    {
      origin: 'list-in',
      stem: '持续集成有哪些优势？',
      frame: { kind: 'one-of', list: '技术优势' },
      options: ['更快地解决问题', '更稳定的环境', '更低的成本'],
      lang: 'zh',
      card: { prompt: '持续集成有哪些优势？' },
    },
    {
      origin: 'list-in',
      stem: '持续集成有哪些优缺点？',
      frame: { kind: 'one-of', list: '优点' },
      options: ['更快地发现问题', '配置复杂', '构建耗时'],
      lang: 'zh',
      card: { prompt: '持续集成有哪些优缺点？' },
    },
  ],
  [
    'fragment',
    // The subject was cut off its sentence rather than masked.
    {
      origin: 'definition-reverse',
      stem: 'are servers that answer for a zone they do not own.',
      options: ['Forwarders', 'Resolvers', 'Root servers'],
    },
    {
      origin: 'definition-reverse',
      stem: 'Servers that answer for a zone they do not own.',
      options: ['Forwarders', 'Resolvers', 'Root servers'],
    },
  ],
  [
    'spelled-acronym',
    // The capitals of the expansion spell the acronym (Canonical lends its N: every way of lending is tried).
    {
      origin: 'definition-forward',
      stem: 'CNAME',
      options: ['Canonical Name records', 'Start Of Authority records', 'Mail exchanger records'],
    },
    {
      origin: 'definition-forward',
      stem: 'CNAME',
      options: ['An alias from one name to another', 'Who owns the zone', 'Where mail is delivered'],
    },
  ],
  [
    'spelled-acronym',
    // An acronym inside the key ("Spring MVC") that the description spells out, and no other option holds.
    {
      origin: 'definition-reverse',
      stem: '提供面向Web应用的Model-View-Controller实现。',
      options: ['Spring MVC', 'Spring DAO', 'Spring AOP'],
    },
    {
      origin: 'definition-reverse',
      stem: '提供面向Web应用的请求分发与视图渲染。',
      options: ['Spring MVC', 'Spring DAO', 'Spring AOP'],
    },
  ],
  [
    'not-a-term',
    // A list of plain-phrase labels: neither direction has one defensible answer.
    {
      origin: 'definition-reverse',
      stem: 'Keeps the page usable on a slow network.',
      options: ['Graceful loading', 'Smaller bundles', 'Fewer requests'],
      card: {
        facts: {
          ...NO_FACTS,
          definitions: [
            ['Graceful loading', 'Smaller bundles', 'Fewer requests'].map((term, k) => ({
              term,
              definition: 'text',
              line: 4 + k,
              source: term,
            })),
          ],
        },
      },
    },
    {
      origin: 'definition-reverse',
      stem: 'Keeps the page usable on a slow network.',
      options: ['Service Worker', 'Web Worker', 'Shared Worker'],
      card: {
        facts: {
          ...NO_FACTS,
          definitions: [
            ['Service Worker', 'Web Worker', 'Shared Worker'].map((term, k) => ({
              term,
              definition: 'text',
              line: 4 + k,
              source: term,
            })),
          ],
        },
      },
    },
  ],
];
