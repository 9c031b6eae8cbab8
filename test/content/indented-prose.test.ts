import { describe, expect, it } from 'vitest';
import { buildDeck, type Card } from '../../src/content/build-deck.ts';
import { readNoteBlocks } from '../../src/content/markdown-blocks.ts';
import { isProseBlock } from '../../src/content/prose-lines.ts';
import { deckOf, readRepoFile, stylePath } from './deck-helpers.ts';

/**
 * Interview notes with a table of contents on top, a back-to-top link in every question heading, answers
 * typed indented under their headings (markdown-it reads them as code) and "todo" where an answer is still
 * to come. Indented prose is read as prose; commands, config, code and output stay code. The fixtures were
 * written for these tests; each rule has a case and a near miss.
 */
const units = (cards: readonly Card[]) =>
  cards.map((c) => [c.kind, c.prompt, c.answerLines.start, c.answerLines.end]);
const one = (text: string) => buildDeck([{ path: 'notes.md', text }]);
const FIXTURE = stylePath('anchored-headings.zh.md');

describe('a Chinese interview note with anchored headings', () => {
  const deck = deckOf(FIXTURE);

  it('asks each question without its [Top] link, and reports todo/TBD/待补充 answers as unanswered', () => {
    expect(units(deck.cards)).toEqual([
      ['question', 'TCP 三次握手的过程是什么？', 8, 11],
      ['question', 'TCP 和 UDP 有什么区别？', 15, 24],
      ['question', '怎么看某个端口被哪个进程占用？', 41, 42],
      ['question', 'Nginx 如何配置反向代理？', 46, 51],
      ['question', '站点配置里写了什么？', 55, 56],
      ['question', '怎么在 Java 里打印一行中文？', 60, 60],
      ['question', '服务启动后会输出什么？', 64, 66],
      ['explain', '输出示例', 70, 70],
      ['question', '什么是 top 命令？', 74, 74],
      ['question', 'Top K 问题怎么解？', 78, 78],
      ['question', 'TODO 注释有什么用？', 82, 82],
      ['question', '略读和精读有什么区别？', 86, 86],
      ['question', '哪里能找到 RFC 793 的原文？', 90, 90],
    ]);
    expect(deck.problems.map((p) => [p.line, p.code, p.message])).toEqual([
      [26, 'unanswered-question', 'question has no answer: "TIME_WAIT 状态"'],
      [30, 'unanswered-question', 'question has no answer: "HTTP/2 有哪些改进？"'],
      [35, 'unanswered-question', 'question has no answer: "拥塞控制有哪几种算法？"'],
    ]);
    for (const card of deck.cards) expect(card.sectionPath.join(' ')).not.toMatch(/Top\]|↑|⬆|返回顶部/);
  });

  it('reads indented prose under a heading as paragraphs and lists, and keeps commands, config and code as code', () => {
    const { blocks } = readNoteBlocks(readRepoFile(FIXTURE));
    const kinds = blocks.filter((b) => b.type !== 'heading').map((b) => [b.type, b.line]);
    expect(kinds).toEqual([
      ['paragraph', 1], // the table of contents
      ['paragraph', 8],
      ['paragraph', 11],
      ['paragraph', 15], // "连接:" over its more-indented lines
      ['paragraph', 22],
      ['list', 23],
      ['code', 28], // todo
      ['code', 32], // TBD over a URL
      ['code', 37], // 待补充
      ['code', 41], // a command and its output
      ['code', 46], // nginx config
      ['code', 55], // config whose values are Chinese
      ['code', 60], // Java printing Chinese
      ['paragraph', 64],
      ['code', 66], // output after the paragraph that introduces it
      ['code', 70], // under a heading that announces output
      ['paragraph', 74],
      ['paragraph', 78],
      ['paragraph', 82],
      ['paragraph', 86],
      ['paragraph', 90],
    ]);
  });

  it('shows the outdented answer as prose, its points still under their labels', () => {
    const tcpUdp = deck.cards[1] as Card;
    expect(tcpUdp.answer).toBe(
      '连接:\n   TCP 面向连接，通信前要先建立连接。\n   UDP 无连接，直接发送数据报。\n可靠性:\n' +
        '   TCP 通过确认和重传保证可靠交付。\n   UDP 尽最大努力交付，不保证可靠。\n\n两者的适用场景：\n' +
        '   1. 文件传输、网页浏览用 TCP。\n   2. 视频通话、DNS 查询多用 UDP。',
    );
  });
});

describe('indented prose or indented code', () => {
  it('reads English sentences indented under a question as a paragraph', () => {
    const deck = one(
      [
        '## How does a resolver find an address?',
        '',
        '    It asks a root server first, then the TLD server,',
        '    and last the authoritative server for the domain.',
        '',
        '## How do I list open ports?',
        '',
        '    netstat -tulpn',
        '',
      ].join('\n'),
    );
    const { blocks } = readNoteBlocks(
      '## How does a resolver find an address?\n\n    It asks a root server first, then the TLD server,\n    and last the authoritative server for the domain.\n',
    );
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph']);
    expect(deck.cards.map((c) => c.answer)).toEqual([
      'It asks a root server first, then the TLD server,\nand last the authoritative server for the domain.',
      'netstat -tulpn',
    ]);
  });

  it('reads prose under a picture that follows the heading, and not under an introducing paragraph', () => {
    const { blocks } = readNoteBlocks(
      [
        '## 消费者组是什么？',
        '',
        '![](group.png)',
        '',
        '    同一组内的消费者分摊一个主题的分区。',
        '',
        '## 消费者怎么拉取消息？',
        '',
        '示例：',
        '',
        '    调用 poll() 方法拉取一批消息。',
        '',
      ].join('\n'),
    );
    expect(blocks.filter((b) => b.type !== 'heading').map((b) => [b.type, b.line])).toEqual([
      ['paragraph', 3],
      ['paragraph', 5],
      ['paragraph', 9],
      ['code', 11],
    ]);
  });

  it.each([
    ['a shell session', '$ ls -la\ntotal 8'],
    ['a command with flags', 'kubectl get pods --all-namespaces'],
    ['a statement', 'int count = 0;'],
    ['a call', 'print(message)'],
    ['a path', '见 /etc/nginx/nginx.conf 里的配置。'],
    ['a comment in Chinese', '// 初始化连接池，大小为 10。'],
    ['a tag', '<div>页面内容。</div>'],
    ['key: value config', 'name: 示例服务'],
    ['aligned output', 'PID   USER   COMMAND\n4242  root   java'],
    ['a lone word', 'localhost'],
    ['English with an operator', 'Set retries = 3 for the producer.'],
    ['Chinese with no punctuation at all', '注册中心'],
    ['an assignment with a Chinese comment', 'data = fetch_all()  # 获取全部数据。'],
    ['a string in Chinese', 'name = "张三"'],
    ['a log line', '2024-03-01 12:00:00 INFO 服务启动成功。'],
  ])('keeps %s as code', (_name, content) => {
    expect(isProseBlock(content)).toBe(false);
  });

  it.each([
    ['Chinese sentences', '生产者把消息发到主题。\n消费者订阅主题。'],
    ['a label over indented points', '作用：\n    1. 注册中心\n    2. 负载均衡'],
    ['config named inside a Chinese sentence', '设置 acks = all 后，所有副本都确认才算成功。'],
    ['a term and its gloss in brackets', 'Partition(分区) 属于 Topic 的一部分。'],
    ['a method named in a Chinese sentence', '调用 poll() 方法拉取一批消息。'],
    ['English sentences', 'The leader replica takes every write.\nFollowers copy it.'],
  ])('reads %s as prose', (_name, content) => {
    expect(isProseBlock(content)).toBe(true);
  });
});
