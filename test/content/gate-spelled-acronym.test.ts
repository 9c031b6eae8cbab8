import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { spellsOut } from '../../src/content/gate-checks/spelled-acronym.ts';
import { judge, type Spec } from './gate-fixtures.ts';

/**
 * Glossaries of abbreviations write each acronym's English name into its definition; asked beside that
 * name, an acronym is found by its initials. Each case: the question dropped, then a near miss kept.
 */
const CASES: readonly (readonly [string, Spec, Spec])[] = [
  [
    'every description carries its English name in brackets, asked against an acronym (the note typed NVF)',
    {
      origin: 'definition-forward',
      stem: 'NVF',
      options: [
        '网络功能虚拟化 (英语: Network Functions Virtualization)',
        '无类别域间路由 (Classless inter-domain routing)',
        '网络端口地址转换 (Network Address Port Translation)',
        '高速分组接入 (英语: High Speed Packet Access)',
      ],
      lang: 'zh',
    },
    {
      origin: 'definition-forward',
      stem: 'NVF',
      options: ['网络功能虚拟化', '无类别域间路由', '网络端口地址转换', '高速分组接入'],
      lang: 'zh',
    },
  ],
  [
    'a word opening on the acronym in capitals (ACKnowledgment → ACK)',
    {
      origin: 'definition-reverse',
      stem: 'TCP首部中的确认标志 (ACKnowledgment)',
      options: ['ACK', 'IDF', 'IMT', 'MDF'],
      lang: 'zh',
    },
    {
      origin: 'definition-reverse',
      stem: 'TCP首部中的确认标志 (acknowledgment)',
      options: ['ACK', 'IDF', 'IMT', 'MDF'],
      lang: 'zh',
    },
  ],
  [
    'a name whose initials hold each letter of the key alone (China Internet Network Information Center → CNNIC)',
    {
      origin: 'definition-reverse',
      stem: '中国互联网络信息中心 (China Internet Network Information Center)',
      options: ['CNNIC', 'FCS', 'FTP', 'TTL'],
      lang: 'zh',
    },
    // Without the English name, the letters are no help.
    {
      origin: 'definition-reverse',
      stem: '中国互联网络信息中心，负责国内域名注册',
      options: ['CNNIC', 'FCS', 'FTP', 'TTL'],
      lang: 'zh',
    },
  ],
  [
    'an "ex-" word gives the x of the acronym (Mail exchanger → MX)',
    {
      origin: 'definition-forward',
      stem: 'MX',
      options: [
        'Mail exchanger record',
        'A Start Of Authority',
        'Name Server records',
        'Canonical Name records',
      ],
    },
    {
      origin: 'definition-forward',
      stem: 'MX',
      options: [
        'Mail routing record',
        'A Start Of Authority',
        'Name Server records',
        'Canonical Name records',
      ],
    },
  ],
  [
    'the description spells the key acronym (Chinese glossary)',
    {
      origin: 'definition-reverse',
      stem: 'Traffic Specification，流量规范（为 802.11 QoS 指明流量参数的一个结构）',
      options: ['TSPEC', 'TKIP', 'TXOP', 'TTL'],
      lang: 'zh',
    },
    {
      origin: 'definition-reverse',
      stem: '流量规范（为 802.11 QoS 指明流量参数的一个结构）',
      options: ['TSPEC', 'TKIP', 'TXOP', 'TTL'],
      lang: 'zh',
    },
  ],
  [
    'a lower-case expansion gives exactly the initials (per-hop behavior → PHB)',
    {
      origin: 'definition-reverse',
      stem: 'per-hop behavior，每跳行为（在路由器用于实现 DS 的抽象行为）',
      options: ['PHB', 'PDU', 'PSK', 'PAP'],
      lang: 'zh',
    },
    {
      origin: 'definition-reverse',
      stem: '每跳行为（在路由器用于实现 DS 的抽象行为）',
      options: ['PHB', 'PDU', 'PSK', 'PAP'],
      lang: 'zh',
    },
  ],
  [
    'the description names a part of the key acronym no other option has (IP of CSLIP)',
    {
      origin: 'definition-reverse',
      stem: '压缩串行线路 IP（一种来源于旧的点到点协议）',
      options: ['CSLIP', 'CRC', 'CBC', 'CTS'],
      lang: 'zh',
    },
    {
      origin: 'definition-reverse',
      stem: '压缩串行线路 IP（一种来源于旧的点到点协议）',
      options: ['CSLIP', 'SLIP', 'CRC', 'CTS'],
      lang: 'zh',
    },
  ],
  [
    'options that open on their English names sort themselves by initials (BSD)',
    {
      origin: 'definition-forward',
      stem: 'BSD',
      options: [
        '伯克利软件套件（加州大学伯克利分校的 UNIX 版本）',
        'Bandwidth Allocation Protocol，带宽分配协议（在 MPPP 绑定中配置链路）',
        'Bridge PDU，网桥协议数据单元（由 STP 使用的 PDU）',
        'basic service set，基本服务集合（802.11 接入点和相关站的术语）',
      ],
      lang: 'zh',
    },
    {
      origin: 'definition-forward',
      stem: 'BSD',
      options: [
        '伯克利软件套件（加州大学伯克利分校的 UNIX 版本）',
        '带宽分配协议（在 MPPP 绑定中配置链路）',
        '网桥协议数据单元（由 STP 使用的 PDU）',
        '基本服务集合（802.11 接入点和相关站的术语）',
      ],
      lang: 'zh',
    },
  ],
];

describe("an author's placeholder is no definition", () => {
  it('asks nothing of a term whose definition is a TODO, nor offers it as a distractor', () => {
    const text = [
      '# 缩写',
      '',
      '## I',
      '',
      '- **ICPC**：*// TODO：文章中并没有说明，不知道是什么意思*',
      '- **IANA**：Internet 号码分配机构（维护协议编号与字段值）',
      '- **IHL**：Internet 头部长度（IPv4 头部的字段，以 32 位字为单位指明头部长度）',
      '- **ISM**：工业、科学和医疗频段（世界上许多地区免许可证的频段，为 Wi-Fi 所用）',
      '- **ICMP**：Internet 控制报文协议（一种信息与错误报告协议，被视为 IP 协议的一部分）',
      '',
    ].join('\n');
    const questions = buildDeck([{ path: 'glossary.md', text }]).questions.filter(
      (q) => q.kind === 'definition',
    );
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) expect(`${q.stem}\n${q.options.join('\n')}`).not.toMatch(/ICPC|TODO/);
  });
});

describe('an acronym is not asked beside its own spelled-out name', () => {
  for (const [name, dropped, kept] of CASES) {
    it(name, () => {
      expect(judge(dropped)).toBe('spelled-acronym');
      expect(judge(kept)).not.toBe('spelled-acronym');
    });
  }

  it('reads a name whose words lend more letters, or whose small words lend one', () => {
    expect(spellsOut('Unequal Modulation，不平等调制', 'UEQM')).toBe(true);
    expect(spellsOut('Multilink Maximum Received Reconstructed Unit', 'MRRU')).toBe(true);
    expect(spellsOut('Quality of Service: traffic classes', 'QoS')).toBe(true);
    // Every way of lending is tried: Callback lends its B, not the C that Control needs.
    expect(spellsOut('Callback Control Protocol，回拨控制协议', 'CBCP')).toBe(true);
    expect(spellsOut('Type of Service，服务类型字段', 'Tos')).toBe(true);
    expect(spellsOut('Transmission Opportunity，传输机会', 'TXOP')).toBe(true);
    expect(spellsOut('modulation and coding scheme', 'MCS')).toBe(true);
    expect(spellsOut('a different modulation for each stream', 'UEQM')).toBe(false);
    // One word alone, or the acronym itself, is no expansion.
    expect(spellsOut('Industrial', 'IDS')).toBe(false);
    expect(spellsOut('VPC Peering', 'VPC')).toBe(false);
  });

  it('takes neither a lower-case phrase nor one capitalised word for a name (PATCH, PTR)', () => {
    expect(
      judge({
        origin: 'definition-forward',
        stem: 'What is “PATCH”?',
        options: [
          'applies a partial change to the resource',
          'replaces the resource at the URL',
          'removes the resource at the URL',
        ],
      }),
    ).not.toBe('spelled-acronym');
    expect(
      judge({
        origin: 'definition-reverse',
        stem: 'VPC Summary: connects thousands of VPC and on-premises networks',
        options: ['Transit Gateway', 'VPC Peering', 'NAT Gateway'],
      }),
    ).not.toBe('spelled-acronym');
  });
});
