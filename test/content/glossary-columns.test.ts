import { describe, expect, it } from 'vitest';
import { buildDeck, type Deck } from '../../src/content/build-deck.ts';
import { roleOf } from '../../src/content/glossary-columns.ts';
import { isAutoGraded, type Question } from '../../src/content/question.ts';
import { deckOf } from './deck-helpers.ts';

/**
 * Glossaries that give a term several names beside what it means (`| Abbr | Full name | Meaning | Year |`,
 * `| 缩写 | 全称 | 中文 | 说明 |`): one term card per row, the meaning asked both ways and the spelled-out
 * name for one word, the names never asked against the term whole. The fixtures were written for these
 * tests.
 */
const EN = 'test/fixtures/content/glossary-columns/abbreviations.en.md';
const ZH = 'test/fixtures/content/glossary-columns/abbreviations.zh.md';

const terms = (deck: Deck) => deck.cards.filter((c) => c.kind === 'term').map((c) => c.prompt);
const graded = (deck: Deck, prompt: string): Question[] => {
  const card = deck.cards.find((c) => c.kind === 'term' && c.prompt === prompt);
  return deck.questions.filter((q) => isAutoGraded(q) && q.cardId === card?.id);
};
const keyOf = (q: Question): string => q.options[q.correctIndex ?? -1] ?? '';

describe('column roles read from the headers', () => {
  it('names a term, other names, a meaning and asides; a header of another kind names none', () => {
    expect(roleOf('英文简称')).toBe('term');
    expect(roleOf('Abbr')).toBe('term');
    expect(roleOf('英文全称')).toBe('name');
    expect(roleOf('Full name')).toBe('name');
    expect(roleOf('中文')).toBe('name');
    expect(roleOf('定义/功能')).toBe('meaning');
    expect(roleOf('Meaning & purpose')).toBe('meaning');
    expect(roleOf('年份')).toBe('aside');
    expect(roleOf('Year')).toBe('aside');
    expect(roleOf('Name/Description')).toBeNull();
    expect(roleOf('Example')).toBeNull();
    expect(roleOf('Port')).toBeNull();
    expect(roleOf('TCP')).toBeNull();
  });
});

describe('a glossary of abbreviations, full names, meanings and years (English)', () => {
  const deck = deckOf(EN);

  it('makes one term card per row, its answer the names and the meaning without the year', () => {
    expect(terms(deck)).toEqual([
      'ACL',
      'ARP',
      'ATM',
      'BGP',
      'DHCP',
      'DNS',
      'NAT',
      'OSPF',
      'RIP',
      'STP',
      'VLAN',
    ]);
    const arp = deck.cards.find((c) => c.prompt === 'ARP');
    expect(arp?.answer).toBe(
      'Full name: Address Resolution Protocol\nMeaning: Finds the hardware address that belongs to an IP address on a link',
    );
  });

  it('leaves a table of commands, a comparison and a table with a column of facts (ports) in their cards', () => {
    expect(deck.cards.filter((c) => c.kind !== 'term').map((c) => [c.kind, c.prompt])).toEqual([
      ['explain', 'Shell commands'],
      ['explain', 'TCP or UDP'],
      ['explain', 'Well-known ports'],
    ]);
  });

  it('asks an acronym for a word of its full name, among the column’s words of the same letter', () => {
    const [acl] = graded(deck, 'ACL').filter((q) => q.kind === 'cloze');
    expect(acl?.stem).toBe('ACL: _____ Control List');
    expect(keyOf(acl as Question)).toBe('Access');
    expect(acl?.options.every((o) => o.startsWith('A'))).toBe(true);
  });

  it('asks the meaning both ways among the other rows', () => {
    const bgp = graded(deck, 'BGP');
    const forward = bgp.find((q) => q.frame?.kind === 'what-is');
    const reverse = bgp.find((q) => q.frame?.kind === 'which-term');
    expect(keyOf(forward as Question)).toBe('Exchanges reachability between autonomous systems');
    expect(reverse?.stem).toBe('Exchanges reachability between autonomous systems');
    expect(keyOf(reverse as Question)).toBe('BGP');
  });

  it('never offers a full name whole, never shows one beside its acronym, and never asks the year', () => {
    const names = deck.cards.flatMap((c) => c.facts.glossary?.entry.names ?? []);
    const asked = deck.questions.filter((q) => isAutoGraded(q) && q.kind !== 'table-row');
    for (const q of asked) {
      for (const name of names) {
        expect(q.options).not.toContain(name);
        expect(q.stem).not.toContain(name);
      }
      expect(`${q.stem} ${q.options.join(' ')}`).not.toMatch(/20\d\d/);
    }
    for (const prompt of terms(deck)) expect(graded(deck, prompt).length).toBeLessThanOrEqual(3);
  });

  it('drops a meaning that names its own acronym, and one that says a word of its full name', () => {
    expect(graded(deck, 'NAT').filter((q) => q.kind === 'definition')).toEqual([]);
    const nat = deck.cards.find((c) => c.prompt === 'NAT');
    expect(deck.dropped.filter((d) => d.id.startsWith(`${nat?.id}:definition`)).map((d) => d.reason)).toEqual(
      expect.arrayContaining(['masked-description']),
    );
    // "Finds the hardware address…": Address is ARP's A.
    expect(graded(deck, 'ARP').filter((q) => q.kind === 'definition')).toEqual([]);
    const arp = deck.cards.find((c) => c.prompt === 'ARP');
    expect(deck.dropped.filter((d) => d.id.startsWith(`${arp?.id}:definition`)).map((d) => d.reason)).toEqual(
      ['translated-term', 'translated-term'],
    );
  });
});

describe('a glossary of abbreviations, English and Chinese names and descriptions (Chinese)', () => {
  const deck = deckOf(ZH);

  it('makes one term card per row with every name in its answer', () => {
    expect(terms(deck)).toEqual(['TCP', 'UDP', 'ARP', 'ICMP', 'OSPF', 'RIP', 'HTTP', 'SMTP', 'PPP']);
    expect(deck.cards.find((c) => c.prompt === 'UDP')?.answer).toBe(
      '全称: User Datagram Protocol\n中文: 用户数据报协议\n说明: 无连接、不保证送达，首部只有 8 字节',
    );
  });

  it('leaves the commands under 命令 and the comparison under 术语 | TCP | UDP in their cards', () => {
    expect(deck.cards.filter((c) => c.kind !== 'term').map((c) => c.prompt)).toEqual(['常用命令', '对比']);
  });

  it('asks a description among terms of the key’s own kind (protocols), where 协议 then tells nothing', () => {
    const http = graded(deck, 'HTTP').find((q) => q.frame?.kind === 'which-term');
    expect(http?.stem).toBe('浏览器与服务器之间一问一答，本身无状态');
    expect(keyOf(http as Question)).toBe('HTTP');
    const protocols = new Set(['TCP', 'UDP', 'ARP', 'ICMP', 'RIP', 'HTTP', 'SMTP', 'PPP']);
    expect(http?.options.every((o) => protocols.has(o))).toBe(true);
  });

  it('drops a description that renders the term’s Chinese name (地址解析 for ARP, 邮件 for SMTP)', () => {
    for (const prompt of ['ARP', 'SMTP', 'RIP'])
      expect(graded(deck, prompt).filter((q) => q.kind === 'definition')).toEqual([]);
    expect(graded(deck, 'TCP').filter((q) => q.kind === 'definition')).toHaveLength(2);
  });

  it('never offers a Chinese or English name as an option', () => {
    const names = new Set(deck.cards.flatMap((c) => c.facts.glossary?.entry.names ?? []));
    for (const q of deck.questions.filter(isAutoGraded))
      for (const o of q.options) expect(names.has(o)).toBe(false);
  });
});

describe('a glossary of names without a meaning column', () => {
  const deck = buildDeck([
    {
      path: 'notes.md',
      text: [
        '| Abbr | Full name | 中文 | Year |',
        '|---|---|---|---|',
        '| ARP | Address Resolution Protocol | 地址解析协议 | 2019 |',
        '| ACL | Access Control List | 访问控制列表 | 2019 |',
        '| ATM | Asynchronous Transfer Mode | 异步传输模式 | 2018 |',
        '| VLAN | Virtual Local Area Network | 虚拟局域网 | 2020 |',
        '| NAT | Network Address Translation | 网络地址转换 | 2021 |',
      ].join('\n'),
    },
  ]);

  it('asks the full name as the meaning is asked in a table of two columns: one word of it', () => {
    expect(deck.cards.find((c) => c.prompt === 'ATM')?.answer).toBe(
      'Full name: Asynchronous Transfer Mode\n中文: 异步传输模式',
    );
    const asked = deck.questions.filter(isAutoGraded);
    expect(asked.length).toBeGreaterThanOrEqual(3);
    for (const q of asked) {
      expect(q.kind).toBe('cloze');
      expect(q.options.join(' ')).not.toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('a two-column glossary reads as before', () => {
  it('keeps a term column of 英文简称 with a meaning column a glossary', () => {
    const deck = buildDeck([
      {
        path: 'notes.md',
        text: [
          '| 英文简称 | 含义 |',
          '|---|---|',
          '| TCP | 面向连接的可靠传输 |',
          '| UDP | 无连接的数据报传输 |',
          '| DNS | 把域名解析为地址 |',
        ].join('\n'),
      },
    ]);
    expect(deck.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      ['term', 'TCP', '面向连接的可靠传输'],
      ['term', 'UDP', '无连接的数据报传输'],
      ['term', 'DNS', '把域名解析为地址'],
    ]);
  });
});

describe('an A–Z glossary with a letter column and remarks', () => {
  const note = (letters: readonly string[]): string =>
    [
      '| 字母 | 英文缩写 | 英文全称 | 中文全称 | 备注 |',
      '|---|---|---|---|---|',
      `|${letters[0]}||||||`,
      '||AES|Advanced Encryption Standard|高级加密标准|对称加密|',
      '||ARP|Address Resolution Protocol|地址解析协议||',
      `|${letters[1]}||||||`,
      '||CDN|Content Delivery Network|内容分发网络||',
      '||CRC|Cyclic Redundancy Check|循环冗余校验|校验|',
      `|${letters[2]}||||||`,
      '||DNS|Domain Name System|域名系统||',
      '||DHCP|Dynamic Host Configuration Protocol|动态主机配置协议||',
    ].join('\n');

  it('reads a column of lone letters as an index, not a part of the entries, and remarks as an aside', () => {
    const deck = buildDeck([{ path: 'abbr.md', text: note(['A', 'C', 'D']) }]);
    expect(terms(deck)).toEqual(['AES', 'ARP', 'CDN', 'CRC', 'DNS', 'DHCP']);
    expect(roleOf('备注')).toBe('aside');
    expect(roleOf('Remarks')).toBe('aside');
  });

  it('keeps a sparse column of words as a column of its own, so a table of unknown headers is no glossary (near miss)', () => {
    const deck = buildDeck([{ path: 'words.md', text: note(['Crypto', 'Network', 'Naming']) }]);
    expect(terms(deck)).toEqual([]);
  });
});

describe('a glossary whose first column names the term by its language', () => {
  const note = (headers: string): string =>
    [
      '# Cloud services',
      '',
      `| ${headers} |`,
      '| ---- | ---- | ---- | ---- |',
      '| Cloud Identity | 云身份 | 统一的身份与访问管理平台。 | 单点登录 |',
      '| Cloud Run | 云运行 | 在全代管平台上运行容器化应用。 | 略 |',
      '| ---- | ---- | ---- | ---- |',
      '| Cloud Spanner | 云扳手 | 全球一致的关系型数据库服务。 | 略 |',
      '| Cloud Storage | 云存储 | 存放任意数量对象的存储服务。 | 略 |',
      '| Cloud Build | 云构建 | 在云上执行构建的持续集成服务。 | 略 |',
    ].join('\n');

  it('takes the name written first as the term where a column says what it is; dash rows say nothing', () => {
    const deck = buildDeck([{ path: 'cloud.md', text: note('英语 | 汉语 | 说明 | 特征') }]);
    expect(terms(deck)).toEqual([
      'Cloud Identity',
      'Cloud Run',
      'Cloud Spanner',
      'Cloud Storage',
      'Cloud Build',
    ]);
  });

  it('reads a table of names only, with no meaning column, as no glossary (near miss)', () => {
    const deck = buildDeck([{ path: 'names.md', text: note('英语 | 汉语 | 日语 | 法语') }]);
    expect(terms(deck)).toEqual([]);
  });
});
