import { describe, expect, it } from 'vitest';
import { buildDeck, type Card } from '../../src/content/build-deck.ts';
import { isAutoGraded } from '../../src/content/question.ts';
import { deckOf, stylePath } from './deck-helpers.ts';

/**
 * Glossary tables: one term card per entry, asked with the table's other entries as the family. The
 * fixtures were written for these tests.
 */
const units = (cards: readonly Card[]) => cards.map((c) => [c.kind, c.prompt, c.answer]);
const one = (text: string) => buildDeck([{ path: 'notes.md', text }]);

describe('a glossary table with no header, a link column and separator rows', () => {
  const deck = deckOf(stylePath('glossary-table.en.md'));

  it('makes one term card per entry, merges a term given twice and leaves out a row with no meaning', () => {
    const terms = deck.cards.filter((c) => c.kind === 'term');
    expect(terms.map((c) => c.prompt)).toEqual([
      'RAID',
      'SAN',
      'NAS',
      'SSD',
      'HDD',
      'NVMe',
      'IOPS',
      'LUN',
      'SDS',
      'SAS',
      'SATA',
      'DAS',
    ]);
    expect(terms[2]?.answer).toBe('Network Attached Storage\nNetwork Access Server');
    expect(terms[0]?.sectionPath).toEqual(['Storage acronyms', 'RAID']);
  });

  it('leaves tables with their own header, and tables answering a question, in their cards', () => {
    expect(
      units(deck.cards.filter((c) => c.kind !== 'term')).map(([kind, prompt]) => [kind, prompt]),
    ).toEqual([
      ['explain', 'Commands'],
      ['question', 'Which tools check a disk?'],
    ]);
  });

  it('asks an acronym for a word of its expansion among words of the table with the same first letter', () => {
    const asked = deck.questions.filter((q) => isAutoGraded(q) && q.source.line < 22);
    // Four of the fourteen single-meaning acronyms: the others' blanks have fewer than three words of
    // the same letter that can stand in that place of a name (see the next suite) and read as the key's
    // kind there: "Serial _____ Technology Attachment" among Array, Area and Access wants an adjective,
    // and only the key (Advanced) is one, so it is not asked (blind set AB, round 16).
    expect(asked.length).toBeGreaterThanOrEqual(4);
    expect(asked.find((q) => q.stem.startsWith('SATA: '))).toBeUndefined();
    for (const q of asked) {
      expect(q.kind).toBe('cloze');
      expect(q.frame).toEqual({ kind: 'cloze' });
      expect(q.stem.match(/_____/g)).toHaveLength(1);
      const key = q.options[q.correctIndex ?? -1] ?? '';
      expect(q.options.every((o) => o[0] === key[0])).toBe(true);
    }
    const raid = asked.find((q) => q.stem.startsWith('RAID: '));
    expect(raid?.answer).toBe('RAID: Redundant Array of Independent Disks');
    // A term with two meanings has no one right answer.
    expect(deck.questions.filter((q) => q.stem.startsWith('NAS') && isAutoGraded(q))).toEqual([]);
  });

  it('never asks an acronym by its whole meaning, which its initials give away', () => {
    expect(deck.questions.filter((q) => q.kind === 'definition')).toEqual([]);
  });

  it('asks the term card itself as "What is X?"', () => {
    const flashcard = deck.questions.find((q) => q.kind === 'flashcard' && q.stem === 'RAID');
    expect(flashcard?.frame).toEqual({ kind: 'what-is', context: '' });
    expect(flashcard?.answer).toBe('Redundant Array of Independent Disks');
  });

  it('offers no word the table puts beside the blank’s neighbour ("Differential Services")', () => {
    const glossary = one(
      [
        '| | |',
        '|-|-|',
        '| **DSCP** | Differentiated Services Code Point |',
        '| **DiffServ** | Differential Services |',
        '| **DHCP** | Dynamic Host Configuration Protocol |',
        '| **DNS** | Domain Name System |',
        '| **DSL** | Digital Subscriber Line |',
        '| **DMA** | Direct Memory Access |',
        '| **DES** | Data Encryption Standard |',
        // Adjectives of the letter D: the key (Differentiated) is one, so its distractors must be too.
        '| **DCE** | Distributed Computing Environment |',
      ].join('\n'),
    );
    const dscp = glossary.questions.find((q) => isAutoGraded(q) && q.stem.startsWith('DSCP'));
    expect(dscp?.stem).toBe('DSCP: _____ Services Code Point');
    expect(dscp?.options).not.toContain('Differential');
  });
});

describe('a glossary table with a 术语 header (Chinese meanings)', () => {
  const deck = deckOf(stylePath('glossary-table.zh.md'));

  it('makes term cards and asks each term against the other meanings of the table', () => {
    expect(deck.cards.map((c) => [c.kind, c.prompt])).toEqual([
      ['term', '`TCP`'],
      ['term', '`UDP`'],
      ['term', '`DNS`'],
      ['term', '`NAT`'],
      ['term', '`ARP`'],
    ]);
    const tcp = deck.questions.find(
      (q) => isAutoGraded(q) && q.frame?.kind === 'what-is' && q.stem === 'TCP',
    );
    expect(tcp?.options[tcp.correctIndex ?? -1]).toBe('面向连接、保证按序送达的传输协议');
    expect(tcp?.options).toHaveLength(4);
  });
});

describe('acronym blanks: one letter, and a word that can stand in that place', () => {
  const rows: [string, string][] = [
    ['DBMS', 'Database Management System'],
    ['DNS', 'Domain Name System'],
    ['DHCP', 'Dynamic Host Configuration Protocol'],
    ['DDoS', 'Distributed Denial of Service'],
    ['DSL', 'Digital Subscriber Line'],
    ['DMZ', 'Demilitarized Zone'],
    ['SSL', 'Secure Sockets Layer'],
    ['SMTP', 'Simple Mail Transfer Protocol'],
    ['SNMP', 'Simple Network Management Protocol'],
    ['SSH', 'Secure Shell'],
    ['STP', 'Spanning Tree Protocol'],
    ['SLA', 'Service Level Agreement'],
    ['SAN', 'Storage Area Network'],
    ['SDN', 'Software Defined Networking'],
    ['SIP', 'Session Initiation Protocol'],
    ['iSCSI', 'Internet Small Computer Systems Interface'],
    ['ICMP', 'Internet Control Message Protocol'],
    ['IDS', 'Intrusion Detection System'],
    ['IPS', 'Intrusion Prevention System'],
  ];
  const text = ['| Acronym | Meaning |', '|---|---|', ...rows.map(([t, m]) => `| **${t}** | ${m} |`)].join(
    '\n',
  );
  const deck = one(text);
  const asked = deck.questions.filter(isAutoGraded);
  const meaningOf = new Map(rows);
  const ends = new Set(rows.map(([, m]) => m.split(' ').at(-1)));
  const inside = new Set(rows.flatMap(([, m]) => m.split(' ').slice(0, -1)));

  it('fills a blank at the end of a name only with words that end names, and one inside with inner words', () => {
    expect(asked.length).toBeGreaterThanOrEqual(4);
    for (const q of asked) {
      const term = q.stem.split(':')[0] ?? '';
      const atEnd = q.stem.trimEnd().endsWith('_____');
      for (const option of q.options)
        expect((atEnd ? ends : inside).has(option), `${q.stem} / ${option}`).toBe(true);
      expect(meaningOf.has(term)).toBe(true);
    }
  });

  it('never blanks a word that stands for two letters ("Database" in DBMS)', () => {
    const dbms = asked.filter((q) => q.stem.startsWith('DBMS'));
    for (const q of dbms) expect(q.options[q.correctIndex ?? -1]).not.toBe('Database');
    expect(asked.some((q) => q.options[q.correctIndex ?? -1] === 'Database')).toBe(false);
  });

  it('reads a small letter before the capitals as part of the acronym ("iSCSI"), so its initials give nothing away', () => {
    expect(deck.questions.filter((q) => q.kind === 'definition')).toEqual([]);
  });
});

describe('a glossary mixing descriptions with acronyms spelled out', () => {
  const rows: [string, string][] = [
    ['Hypervisor', 'software that creates and runs virtual machines on one physical host'],
    ['Container', 'a package of application code with its libraries that runs the same anywhere'],
    ['Region', 'a geographic area holding several isolated data centres'],
    ['Elasticity', 'growing and shrinking resources automatically with demand'],
    ['Tenant', 'one customer sharing infrastructure with others in a public cloud'],
    ['VPC', 'Virtual Private Cloud'],
    ['IOPS', 'Input/Output Operations Per Second, the speed at which disks read and write'],
    ['SLA', 'Service Level Agreement'],
  ];
  const text = ['| Term | Definition |', '|---|---|', ...rows.map(([t, d]) => `| ${t} | ${d} |`)].join('\n');
  const asked = one(text).questions.filter((q) => isAutoGraded(q) && q.kind === 'definition');

  it('offers descriptions, never an acronym spelled out, as the other meanings of a term', () => {
    const expansions = ['Virtual Private Cloud', 'Service Level Agreement'];
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) for (const e of expansions) expect(q.options.join(' | ')).not.toContain(e);
    for (const q of asked) expect(q.options.join(' | ')).not.toMatch(/Input\/Output Operations/);
  });
});

describe('a glossary row that only points elsewhere', () => {
  const text = [
    '| Term | Definition |',
    '|---|---|',
    '| **Hypervisor** | software that creates and runs virtual machines |',
    '| **Container** | a package of code and its libraries that runs the same anywhere |',
    '| **Region** | a geographic area holding several data centres |',
    '| **Tenant** | one customer sharing infrastructure with others |',
    '| **API** | See General section; REST APIs are common on controllers. |',
    '| **Seed** | Seeding a database fills it with its first rows. |',
  ].join('\n');
  const deck = one(text);

  it('is neither asked nor offered as a meaning; a meaning that merely starts with "See…" in a word is kept', () => {
    expect(deck.cards.map((c) => c.prompt)).not.toContain('API');
    for (const q of deck.questions) expect(q.options.join(' | ')).not.toContain('See General');
    expect(deck.cards.map((c) => c.prompt)).toContain('Seed');
  });
});
